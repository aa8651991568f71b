import type { Rule } from "./types.js";

/** The crossyear rules, one file each under rules/crossyear/. */
export const crossyearRules: readonly Rule[] = [];
