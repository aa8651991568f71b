import type { Rule } from "./types.js";

/** The values rules, one file each under rules/values/. */
export const valuesRules: readonly Rule[] = [];
