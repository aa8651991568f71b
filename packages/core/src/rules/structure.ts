import { STR_HEADING_ORDINAL } from "./structure/STR-HEADING-ORDINAL.js";
import { STR_ROW_LABELS } from "./structure/STR-ROW-LABELS.js";
import { STR_SECTIONS } from "./structure/STR-SECTIONS.js";
import { STR_TABLE_PRESENT } from "./structure/STR-TABLE-PRESENT.js";
import { STR_TABLE_SHAPE } from "./structure/STR-TABLE-SHAPE.js";
import { STR_TEMPLATE_VERSION } from "./structure/STR-TEMPLATE-VERSION.js";
import { STR_TITLE } from "./structure/STR-TITLE.js";
import type { Rule } from "./types.js";

/** The structure rules, one file each under rules/structure/. */
export const structureRules: readonly Rule[] = [
  STR_SECTIONS,
  STR_HEADING_ORDINAL,
  STR_TABLE_PRESENT,
  STR_TEMPLATE_VERSION,
  STR_ROW_LABELS,
  STR_TABLE_SHAPE,
  STR_TITLE,
];
