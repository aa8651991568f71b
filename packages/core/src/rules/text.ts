import type { Rule } from "./types.js";

/** The text rules, one file each under rules/text/. */
export const textRules: readonly Rule[] = [];
