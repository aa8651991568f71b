import type { Rule } from "./types.js";
import { VAL_ANNOTATION } from "./values/VAL-ANNOTATION.js";
import { VAL_BLANK } from "./values/VAL-BLANK.js";
import { VAL_INTEGER } from "./values/VAL-INTEGER.js";
import { VAL_NONNEG } from "./values/VAL-NONNEG.js";
import { VAL_NUMERIC } from "./values/VAL-NUMERIC.js";
import { VAL_REQUIRED } from "./values/VAL-REQUIRED.js";
import { VAL_TABLE_NOTE } from "./values/VAL-TABLE-NOTE.js";

/** The values rules, one file each under rules/values/. */
export const valuesRules: readonly Rule[] = [
  VAL_NUMERIC,
  VAL_INTEGER,
  VAL_NONNEG,
  VAL_BLANK,
  VAL_ANNOTATION,
  VAL_TABLE_NOTE,
  VAL_REQUIRED,
];
