import { T4_NOTE_CARRYOVER } from "./table4/T4-NOTE-CARRYOVER.js";
import { T4_ROWSUM } from "./table4/T4-ROWSUM.js";
import type { Rule } from "./types.js";

/** The table 四 rules, one file each under rules/table4/. */
export const table4Rules: readonly Rule[] = [T4_ROWSUM, T4_NOTE_CARRYOVER];
