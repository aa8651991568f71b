import { NAR_DUP_ORDINALS } from "./narrative/NAR-DUP-ORDINALS.js";
import { NAR_SEC1_PARTS } from "./narrative/NAR-SEC1-PARTS.js";
import { NAR_SEC5_NONEMPTY } from "./narrative/NAR-SEC5-NONEMPTY.js";
import { NAR_SEC6_FEE } from "./narrative/NAR-SEC6-FEE.js";
import { NAR_SEC6_OTHER } from "./narrative/NAR-SEC6-OTHER.js";
import type { Rule } from "./types.js";

/** The narrative rules, one file each under rules/narrative/. */
export const narrativeRules: readonly Rule[] = [
  NAR_SEC1_PARTS,
  NAR_SEC5_NONEMPTY,
  NAR_SEC6_FEE,
  NAR_SEC6_OTHER,
  NAR_DUP_ORDINALS,
];
