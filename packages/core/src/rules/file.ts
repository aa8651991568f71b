import type { Rule } from "./types.js";

/** The file rules, one file each under rules/file/. */
export const fileRules: readonly Rule[] = [];
