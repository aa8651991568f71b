import { countOf } from "../../arith/cells.js";
import type { FormDef } from "../../form/types.js";
import type { Bilingual } from "../../messages/format.js";
import type { Cell } from "../../model/index.js";
import { quoted } from "../labels.js";
import type { CrossYearContext } from "../types.js";

/**
 * Whether the two reports can be compared year on year. The caller pairs a report with "the same
 * agency's report for the year before"; when both years are written and are not consecutive
 * (last year's file picked twice, or a gap year), every relation between them would be
 * meaningless, so the cross-year rules say nothing. Unknown years are compared: the author still
 * gets the check while the 年度 key is being written.
 */
export function isPreviousYear(ctx: CrossYearContext): boolean {
  const cur = ctx.report.year;
  const prev = ctx.previous.report.year;
  return cur === null || prev === null || prev === cur - 1;
}

/** Both reports follow the 2021 form (table 二 of the 2019 trial form counts other things). */
export function both2021(ctx: CrossYearContext): boolean {
  return ctx.form.year === 2021 && ctx.previous.form.year === 2021;
}

/** A count of table 二, or null when the cell is not a whole number (other rules report why). */
export function table2Count(
  proactive: Record<string, Record<string, Cell>>,
  rowId: string,
  colId: string,
): number | null {
  return countOf(proactive[rowId]?.[colId]);
}

/** The rows of table 二 counted as a stock with flows (规章, 行政规范性文件): those with 本年制发, 本年废止 and 现行有效. */
export function stockRows(ctx: CrossYearContext): readonly string[] {
  return ctx.form.table2.blocks
    .filter((b) => ["made", "repealed", "valid"].every((id) => b.columns.some((c) => c.id === id)))
    .flatMap((b) => b.rows.map((r) => r.id));
}

/** A column of table 二 as printed, e.g. 「现行有效件数」. */
export function table2ColumnLabel(form: FormDef, colId: string): Bilingual {
  const col = form.table2.blocks.flatMap((b) => b.columns).find((c) => c.id === colId);
  return col ? quoted(col.label, col.en) : { zh: colId, en: colId };
}
