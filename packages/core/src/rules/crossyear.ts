import { T2_JUMP } from "./crossyear/T2-JUMP.js";
import { T2_REPEAL_BOUND } from "./crossyear/T2-REPEAL-BOUND.js";
import { T2_STOCKFLOW } from "./crossyear/T2-STOCKFLOW.js";
import { XY_CARRY } from "./crossyear/XY-CARRY.js";
import { XY_SEC5_FOLLOWUP } from "./crossyear/XY-SEC5-FOLLOWUP.js";
import { XY_SIMILARITY } from "./crossyear/XY-SIMILARITY.js";
import { XY_UNPAIRED } from "./crossyear/XY-UNPAIRED.js";
import type { Rule } from "./types.js";

/** The crossyear rules, one file each under rules/crossyear/. */
export const crossyearRules: readonly Rule[] = [
  XY_CARRY,
  T2_STOCKFLOW,
  T2_REPEAL_BOUND,
  T2_JUMP,
  XY_SIMILARITY,
  XY_SEC5_FOLLOWUP,
  XY_UNPAIRED,
];
