import type { Rule } from "./types.js";

/** The narrative rules, one file each under rules/narrative/. */
export const narrativeRules: readonly Rule[] = [];
