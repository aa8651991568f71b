import type { FixApplicability } from "../findings/index.js";

/**
 * A total recomputed from its addends: the form prints the relation, so the sum is the one right
 * value. (When a stray number in an addend is the likelier mistake, table 三's analysis withholds
 * the total's finding and its fix; see table3/analysis.ts.)
 */
export const RECOMPUTE_TOTAL: Readonly<Record<string, FixApplicability>> = { "fix.recomputeTotal": "auto" };

/**
 * A figure in the text set to the table's (or a percentage recomputed from it): the text or the
 * table may be the wrong one, which only the author knows.
 */
export const TEXT_FIXES: Readonly<Record<string, FixApplicability>> = {
  "text.fix.useTable": "suggestion",
  "text.fix.usePercent": "suggestion",
};
