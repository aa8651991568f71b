import type { Rule } from "./types.js";

/** The meta rules, one file each under rules/meta/. */
export const metaRules: readonly Rule[] = [];
