import { FORMS, laidOutOnce, table3Leaves } from "../form/index.js";
import type { FormDef } from "../form/types.js";
import type { Cell, Report } from "../model/index.js";
import type { TextEdit } from "../findings/index.js";
import type { SourceEntry } from "../source/index.js";
import { countOf } from "./cells.js";

/**
 * The derived cells of tables 三 and 四 and how to compute them. Shared by the arithmetic rules and
 * by editor actions ("recompute all totals"), so both agree on what a total is. Every sum is null
 * when one of its cells is not assessable (blank, '/', text, missing, a fraction): an unknown cell
 * is never read as 0.
 */

/** Reads a count of table 三 by row id and column index; null when not assessable. */
export type Table3Counts = (rowId: string, col: number) => number | null;

/** Σ of counts, or null when any is null or the sum leaves the range of exact integers. */
export function sumExact(values: readonly (number | null)[]): number | null {
  return sumExactOf(values.length, (i) => values[i]!);
}

/** The same over `count` values read by index, without an array of them (sums run for every row of every report). */
function sumExactOf(count: number, valueAt: (i: number) => number | null): number | null {
  let s = 0;
  for (let i = 0; i < count; i++) {
    const v = valueAt(i);
    if (v === null) return null;
    s += v;
  }
  return Number.isSafeInteger(s) ? s : null;
}

/** The index of 总计 in table 三 (the last of the seven columns). */
export function table3TotalColumn(form: FormDef): number {
  return form.table3.columns.length - 1;
}

/** The index of 总计 in table 四 (the last of the five columns). */
export function table4TotalColumn(form: FormDef): number {
  return form.table4.columns.length - 1;
}

/**
 * The result rows that feed （七）总计 in this report, in printed order. They are the form's result
 * leaves, except that a report may carry the other form's （六）其他处理: a 2021 report with 2019's
 * single row (洪泽区 2023/2024), or a 2019 report with 2021's three rows. When the report holds none
 * of its own form's （六） rows but does hold the other form's, those stand in for them.
 */
export function table3ResultRowIds(form: FormDef, requests: Report["requests"]): string[] {
  const { own, ownOnly, otherOnly } = resultRowsOf(form);
  const has = (id: string) => requests[id as keyof Report["requests"]] !== undefined;
  if (ownOnly.some(has) || !otherOnly.some(has)) return [...own];
  const at = own.indexOf(ownOnly[0]!);
  return [...own.slice(0, at), ...otherOnly, ...own.slice(at + ownOnly.length)];
}

/** A form's result rows, and those it does not share with the other form (its （六） rows). */
interface ResultRows {
  readonly own: readonly string[];
  readonly ownOnly: readonly string[];
  readonly otherOnly: readonly string[];
}

function resultRows(form: FormDef): ResultRows {
  const own = table3Leaves(form)
    .filter((l) => l.row.role === "result")
    .map((l) => l.row.id);
  const other = table3Leaves(FORMS[form.year === 2021 ? 2019 : 2021])
    .filter((l) => l.row.role === "result")
    .map((l) => l.row.id);
  return { own, ownOnly: own.filter((id) => !other.includes(id)), otherOnly: other.filter((id) => !own.includes(id)) };
}

/** Laid out once per form: every sum of （七）总计 asks for them. */
const resultRowsOf = laidOutOnce(resultRows);

/** Every row of table 三 in printed order (一, 二, the result leaves, （七）总计, 四), as this report writes them. */
export function table3RowIds(form: FormDef, requests: Report["requests"]): string[] {
  const { before, after } = outerRowsOf(form);
  return [...before, ...table3ResultRowIds(form, requests), ...after];
}

/** The rows of table 三 before its results (一, 二) and after them (（七）总计, 四). */
function outerRows(form: FormDef): { readonly before: readonly string[]; readonly after: readonly string[] } {
  const leaves = table3Leaves(form);
  const before = leaves.filter((l) => l.row.role === "new" || l.row.role === "carriedIn").map((l) => l.row.id);
  const after = leaves.filter((l) => l.row.role === "total" || l.row.role === "carriedOut").map((l) => l.row.id);
  return { before, after };
}

/** Laid out once per form: several rules walk every row of table 三 of every report. */
const outerRowsOf = laidOutOnce(outerRows);

/** The id of the row that plays `role` (new, carriedIn, total, carriedOut) in the form. */
export function table3RoleRow(form: FormDef, role: "new" | "carriedIn" | "total" | "carriedOut"): string {
  return roleRowsOf(form)[role];
}

type RoleRows = Readonly<Record<"new" | "carriedIn" | "total" | "carriedOut", string>>;

function roleRows(form: FormDef): RoleRows {
  const row = (role: string) => table3Leaves(form).find((l) => l.row.role === role)!.row.id;
  return { new: row("new"), carriedIn: row("carriedIn"), total: row("total"), carriedOut: row("carriedOut") };
}

const roleRowsOf = laidOutOnce(roleRows);

/** Reads table 三 counts straight from the report. */
export function table3Counts(requests: Report["requests"]): Table3Counts {
  return (rowId, col) => countOf(requests[rowId as keyof Report["requests"]]?.[col]);
}

/** A row's 总计 as the six applicant columns add it up (FORMAT I1), or null. */
export function table3RowSum(form: FormDef, counts: Table3Counts, rowId: string): number | null {
  return sumExactOf(table3TotalColumn(form), (c) => counts(rowId, c));
}

/** （七）总计 of column `col` as the result rows add it up (FORMAT I2), or null. */
export function table3ResultsSum(
  form: FormDef,
  requests: Report["requests"],
  counts: Table3Counts,
  col: number,
): number | null {
  return sumExact(table3ResultRowIds(form, requests).map((id) => counts(id, col)));
}

/** A block's 总计 in table 四 as its four results add it up (FORMAT I4), or null. */
export function table4RowSum(form: FormDef, cells: readonly Cell[] | undefined): number | null {
  if (!cells) return null;
  return sumExact(cells.slice(0, table4TotalColumn(form)).map(countOf));
}

/** A cell whose value follows from other cells, with the value it should hold (null when not computable). */
export interface DerivedTotal {
  /** Model path, e.g. `requests.granted.6`, `requests.total.0`, `litigation.review.4`. */
  readonly path: string;
  readonly table: "requests" | "litigation";
  readonly rowId: string;
  readonly col: number;
  readonly value: number | null;
  /** The cell as written. */
  readonly current: Cell | undefined;
}

/**
 * Every derived cell of tables 三 and 四, computed bottom-up so that recomputing all of them yields
 * a consistent table: each row's 总计 from its six applicant cells; （七）总计 of each applicant
 * column from the result rows; （七）总计's own 总计 from the recomputed （七） row (or, when one of
 * those is unknown, from the result rows' totals); each 总计 of table 四 from its four results.
 * Where a derived value cannot be computed, later sums fall back to the value as written.
 */
export function derivedTotals(form: FormDef, report: Report): DerivedTotal[] {
  const { requests, litigation } = report;
  const tot = table3TotalColumn(form);
  const totalRow = table3RoleRow(form, "total");
  const written = table3Counts(requests);
  const out: DerivedTotal[] = [];
  const cellOf = (rowId: string, col: number) => requests[rowId as keyof Report["requests"]]?.[col];
  const push = (rowId: string, col: number, value: number | null) =>
    out.push({ path: `requests.${rowId}.${col}`, table: "requests", rowId, col, value, current: cellOf(rowId, col) });

  const rowTotals = new Map<string, number | null>();
  for (const rowId of table3RowIds(form, requests)) {
    if (rowId === totalRow || !requests[rowId as keyof Report["requests"]]) continue;
    const v = table3RowSum(form, written, rowId);
    rowTotals.set(rowId, v);
    push(rowId, tot, v);
  }
  if (requests[totalRow as keyof Report["requests"]]) {
    const resultIds = table3ResultRowIds(form, requests);
    const columnTotals: (number | null)[] = [];
    for (let c = 0; c < tot; c++) {
      const v = table3ResultsSum(form, requests, written, c);
      columnTotals.push(v ?? written(totalRow, c));
      push(totalRow, c, v);
    }
    const fromRow = sumExact(columnTotals);
    const fromResults = sumExact(resultIds.map((id) => rowTotals.get(id) ?? written(id, tot)));
    push(totalRow, tot, fromRow ?? fromResults);
  }
  const t4tot = table4TotalColumn(form);
  for (const row of form.table4.rows) {
    const cells = litigation[row.id as keyof Report["litigation"]];
    out.push({
      path: `litigation.${row.id}.${t4tot}`,
      table: "litigation",
      rowId: row.id,
      col: t4tot,
      value: table4RowSum(form, cells),
      current: cells?.[t4tot],
    });
  }
  return out;
}

/**
 * Text edits that set every derived cell written in the file to its computed value, touching only
 * the cells whose value differs (comments and layout stay as they are).
 */
export function recomputeTotalsEdits(
  form: FormDef,
  report: Report,
  sourceMap: ReadonlyMap<string, SourceEntry>,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const d of derivedTotals(form, report)) {
    const range = sourceMap.get(d.path)?.value;
    if (d.value === null || !range) continue;
    if (countOf(d.current) === d.value) continue;
    edits.push({ range, newText: String(d.value) });
  }
  return edits;
}
