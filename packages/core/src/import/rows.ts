/**
 * A row of a published table as the interpreter sees it: the label text around it and the value
 * cells in order. Which cells are values is decided by their text, not their position: merged
 * cells leave empty cells before the numbers (web-page text) and wrapped labels add cells after
 * them (pdftotext), so the values are the span from the first to the last value-like cell.
 */
import type { SourceCell, SourceLine, SourceLocation, SourceRow } from "./source.js";
import { isValueText, splitTrailingValues } from "./text.js";

export interface LabelPiece {
  readonly text: string;
  readonly loc: SourceLocation;
  /** On the row's own line (not a fragment of a wrapped label from the lines around it). */
  readonly own: boolean;
  /** Index of the label's cell in `cells` of its row. */
  readonly index: number;
}

export interface DataRow {
  readonly loc: SourceLocation;
  readonly labels: readonly LabelPiece[];
  /** From the first to the last value-like cell; empty cells in between are blank cells. */
  readonly values: readonly SourceCell[];
  /** Empty cells right after the last value: blank cells or merged-cell filler, the row's width decides. */
  readonly trailingBlanks: readonly SourceCell[];
  /** Every text of the row, for finding where a table starts. */
  readonly text: string;
  /** Every cell of the row in order, labels included. */
  readonly cells: readonly SourceCell[];
  /** The source delimits each cell (see SourceRow.explicit): an empty cell is a cell of the row. */
  readonly explicit: boolean;
}

/** A number written with its unit (「251000元」, 「12件」): a cell of the table, though not a plain number. */
const WITH_UNIT = /^[+-]?\d+(?:[.,]\d+)*\s*[^\d\s.,、．]{1,4}$/u;
export const isValueCell = (c: SourceCell) => c.glued === true || isValueText(c.text) || WITH_UNIT.test(c.text.trim());

export function rowFromSource(row: SourceRow): DataRow {
  const cells = row.cells;
  let first = cells.findIndex(isValueCell);
  let last = first < 0 ? -1 : cells.length - 1 - [...cells].reverse().findIndex(isValueCell);
  if (first < 0) {
    first = cells.length;
    last = cells.length - 1;
  }
  const labels: LabelPiece[] = [];
  cells.forEach((c, i) => {
    if ((i < first || i > last) && c.text.trim())
      labels.push({ text: c.text, loc: c.loc, own: c.loc.line === row.loc.line, index: i });
  });
  const trailingBlanks: SourceCell[] = [];
  for (let i = last + 1; i < cells.length && cells[i]!.text.trim() === "" && cells[i]!.loc.line === row.loc.line; i++)
    trailingBlanks.push(cells[i]!);
  const values = cells.slice(first, last + 1);
  return {
    loc: row.loc,
    labels,
    values,
    trailingBlanks: first < cells.length ? trailingBlanks : [],
    text: cells.map((c) => c.text).join(" "),
    cells,
    explicit: row.explicit === true,
  };
}

/**
 * A prose line that is a row of a table written as text ("行政许可 97", 上海科委 2024): its label
 * and the numbers that end it, separated by spaces. Null when it ends in no number.
 */
export function rowFromLine(line: SourceLine): DataRow | null {
  const split = splitTrailingValues(line.text);
  if (!split) return null;
  const labels: LabelPiece[] = split.label ? [{ text: split.label, loc: line.loc, own: true, index: 0 }] : [];
  // Offsets of the value tokens, so a finding can point at the number itself.
  const values: SourceCell[] = [];
  let at = split.label.length;
  for (const v of split.values) {
    const i = line.text.indexOf(v, at);
    values.push({ text: v, loc: { ...line.loc, column: line.loc.column + Math.max(0, i) } });
    at = i + v.length;
  }
  return {
    loc: line.loc,
    labels,
    values,
    trailingBlanks: [],
    text: line.text,
    cells: [...(split.label ? [{ text: split.label, loc: line.loc }] : []), ...values],
    explicit: false,
  };
}

/** The label text of a row, pieces joined in reading order. */
export function labelText(row: DataRow): string {
  return row.labels.map((l) => l.text).join("");
}

/** The values of a row for messages: "3 0 0 …". */
export function valuesText(row: DataRow): string {
  return row.values.map((v) => (v.text === "" ? "（空）" : v.text)).join(" ");
}
