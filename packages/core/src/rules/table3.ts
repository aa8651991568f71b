import type { Rule } from "./types.js";

/** The table3 rules, one file each under rules/table3/. */
export const table3Rules: readonly Rule[] = [];
