import { configRules } from "./config.js";
import { crossyearRules } from "./crossyear.js";
import { fileRules } from "./file.js";
import { importRules } from "./import.js";
import { metaRules } from "./meta.js";
import { narrativeRules } from "./narrative.js";
import { structureRules } from "./structure.js";
import { table2Rules } from "./table2.js";
import { table3Rules } from "./table3.js";
import { table4Rules } from "./table4.js";
import { textRules } from "./text.js";
import type { Rule } from "./types.js";
import { valuesRules } from "./values.js";

export type * from "./types.js";

/** The rule registry: every check Nianbao makes, in the order of the rules reference. */
export const RULES: readonly Rule[] = [
  ...fileRules,
  ...structureRules,
  ...valuesRules,
  ...table2Rules,
  ...table3Rules,
  ...table4Rules,
  ...textRules,
  ...narrativeRules,
  ...metaRules,
  ...crossyearRules,
  ...importRules,
  ...configRules,
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
