import {
  table3Counts,
  table3ResultRowIds,
  table3RoleRow,
  table3RowIds,
  table3RowSum,
  table3TotalColumn,
  type Table3Counts,
} from "../../arith/totals.js";
import type { FormDef } from "../../form/types.js";
import type { Report } from "../../model/index.js";
import type { RuleContext } from "../types.js";

/**
 * What the four arithmetic rules of table 三 share: the counts as written, and the cells that zero
 * propagation (FORMAT I7) proves wrong.
 *
 * De-duplication. One stray number breaks several equations at once: a 5 in a column whose 一 and 二
 * are 0 breaks （七）总计 = Σ results (T3-RESULTS), often the row's 总计 (T3-ROWTOTAL), and 一+二 =
 * 七+四 (T3-IDENTITY). T3-ZERO-PROPAGATION names that cell itself, which is the better message, and
 * the totals' fixes would be wrong (they would copy the stray 5 into the totals). So a finding of
 * T3-IDENTITY, T3-RESULTS or T3-ROWTOTAL is withheld when its equation holds once the cells flagged
 * by the column part of zero propagation are read as 0: the flagged cell is then reported exactly
 * once, and every equation that fails for another reason as well is still reported. "Read as 0"
 * is tried two ways, because an author who typed the stray number may or may not have added it to
 * the row's 总计 too: the flagged cells alone set to 0, or also taken off their row's 总计.
 *
 * Nothing needed is lost: a withheld equation always has a flagged cell in it, and that cell gets
 * its own finding. The column part also waits until 一 and 二 add up across their row: a 0 in a row
 * that does not add up may be the forgotten value, and T3-ROWTOTAL reports that row instead.
 *
 * The row part of zero propagation (总计 0, yet a positive applicant cell) speaks only where
 * T3-ROWTOTAL cannot, because another cell of the row is not assessable; where the row can be added
 * up, T3-ROWTOTAL says it better and offers the fix. Row-part flags withhold nothing.
 */
export interface Table3Analysis {
  readonly form: FormDef;
  readonly requests: Report["requests"];
  readonly counts: Table3Counts;
  /**
   * Whether a failing equation is only the echo of the column part's flagged cells: it holds once
   * they are read as 0 (with or without their row totals reduced to match).
   */
  explains(mismatch: (counts: Table3Counts) => boolean): boolean;
  readonly flags: readonly ZeroFlag[];
  readonly tot: number;
  readonly rows: {
    readonly new: string;
    readonly carriedIn: string;
    readonly total: string;
    readonly carriedOut: string;
  };
}

export interface ZeroFlag {
  readonly rowId: string;
  readonly col: number;
  readonly value: number;
  /** column: 一 and 二 are 0 in this column; row: the row's 总计 is 0. */
  readonly cause: "column" | "row";
}

export function analyseTable3(form: FormDef, report: Report): Table3Analysis {
  const { requests } = report;
  const counts = table3Counts(requests);
  const tot = table3TotalColumn(form);
  const rows = {
    new: table3RoleRow(form, "new"),
    carriedIn: table3RoleRow(form, "carriedIn"),
    total: table3RoleRow(form, "total"),
    carriedOut: table3RoleRow(form, "carriedOut"),
  };
  const flags: ZeroFlag[] = [];
  // Only the column part's cells are read as 0 by `zeroed`; the row part withholds nothing.
  const columnFlagged = new Set<string>();

  // A 0 in 一 or 二 proves nothing while that row does not add up itself: its 0 may be the
  // forgotten total rather than a true count, and T3-ROWTOTAL reports that row first.
  const contradicts = (rowId: string) => {
    const sum = table3RowSum(form, counts, rowId);
    const total = counts(rowId, tot);
    return sum !== null && total !== null && sum !== total;
  };
  if (!contradicts(rows.new) && !contradicts(rows.carriedIn)) {
    const concluded = [...table3ResultRowIds(form, requests), rows.total, rows.carriedOut];
    for (let c = 0; c <= tot; c++) {
      if (counts(rows.new, c) !== 0 || counts(rows.carriedIn, c) !== 0) continue;
      for (const rowId of concluded) {
        const v = counts(rowId, c);
        if (v === null || v <= 0) continue;
        flags.push({ rowId, col: c, value: v, cause: "column" });
        columnFlagged.add(`${rowId}.${c}`);
      }
    }
  }
  const zeroed: Table3Counts = (rowId, col) => (columnFlagged.has(`${rowId}.${col}`) ? 0 : counts(rowId, col));
  const strayInRow = new Map<string, number>();
  for (const f of flags) if (f.col !== tot) strayInRow.set(f.rowId, (strayInRow.get(f.rowId) ?? 0) + f.value);
  const zeroedWithTotals: Table3Counts = (rowId, col) => {
    const v = zeroed(rowId, col);
    return col === tot && v !== null ? v - (strayInRow.get(rowId) ?? 0) : v;
  };
  const explains = (mismatch: (counts: Table3Counts) => boolean) =>
    columnFlagged.size > 0 && (!mismatch(zeroed) || !mismatch(zeroedWithTotals));

  for (const rowId of table3RowIds(form, requests)) {
    if (counts(rowId, tot) !== 0 || table3RowSum(form, counts, rowId) !== null) continue;
    for (let c = 0; c < tot; c++) {
      const v = counts(rowId, c);
      if (v !== null && v > 0 && !columnFlagged.has(`${rowId}.${c}`))
        flags.push({ rowId, col: c, value: v, cause: "row" });
    }
  }
  return { form, requests, counts, explains, flags, tot, rows };
}

/** The analysis of this check's report, made once and shared by the four rules of table 三. */
export function checkedTable3(ctx: RuleContext): Table3Analysis {
  return ctx.memo("table3.analysis", () => analyseTable3(ctx.form, ctx.report));
}
