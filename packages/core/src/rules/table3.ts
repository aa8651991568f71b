import { T3_IDENTITY } from "./table3/T3-IDENTITY.js";
import { T3_RESULTS } from "./table3/T3-RESULTS.js";
import { T3_ROWTOTAL } from "./table3/T3-ROWTOTAL.js";
import { T3_ZERO_PROPAGATION } from "./table3/T3-ZERO-PROPAGATION.js";
import type { Rule } from "./types.js";

/** The table 三 rules, one file each under rules/table3/. */
export const table3Rules: readonly Rule[] = [T3_IDENTITY, T3_RESULTS, T3_ROWTOTAL, T3_ZERO_PROPAGATION];
