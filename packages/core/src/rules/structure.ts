import type { Rule } from "./types.js";

/** The structure rules, one file each under rules/structure/. */
export const structureRules: readonly Rule[] = [];
