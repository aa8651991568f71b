import type { Rule } from "./types.js";

/** The table2 rules, one file each under rules/table2/. */
export const table2Rules: readonly Rule[] = [];
