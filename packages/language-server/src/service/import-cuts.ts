/**
 * The cuts an import listed for a glued row it could not read (the row's YAML comment:
 * 「可能的拆分：[34, 0, 89]（与正文相符）；[3, 40, 89]」), offered as quick fixes: one per cut, writing its
 * numbers into the row's cells. The file is all the editor has of the import, so the cuts are read
 * back from the comment (core's cutsInComment); the comment stays for the author to delete.
 */
import { cutsInComment, type FormDef, type Range, type SourceEntry, type TextEdit as CoreEdit } from "@nianbao/core";

export interface CutFix {
  readonly values: readonly number[];
  /** One edit per cell of the row. */
  readonly edits: readonly CoreEdit[];
  /** The row, key to end of line (offsets). */
  readonly row: Range;
}

const TABLES = ["proactive", "requests", "litigation"];

/** Every cut listed on the rows that `span` touches, in the order listed (best first). */
export function importCutFixes(
  text: string,
  sourceMap: ReadonlyMap<string, SourceEntry>,
  form: FormDef,
  span: Range,
): CutFix[] {
  const out: CutFix[] = [];
  for (const [path, entry] of sourceMap) {
    const [table, rowId, more] = path.split(".");
    if (more !== undefined || !rowId || !TABLES.includes(table!) || !entry.key || !entry.value) continue;
    const lineEnd = endOfLine(text, entry.value.end);
    const row = { start: entry.key.start, end: lineEnd };
    if (!(row.start <= span.end && span.start <= row.end)) continue;
    const hash = text.indexOf("#", entry.value.end);
    if (hash < 0 || hash > lineEnd) continue;
    const cells = cellsOf(path, table!, rowId, sourceMap, form);
    if (!cells) continue;
    for (const values of cutsInComment(text.slice(hash + 1, lineEnd))) {
      if (values.length !== cells.length) continue;
      out.push({ values, row, edits: cells.map((cell, i) => ({ range: cell, newText: String(values[i]) })) });
    }
  }
  return out;
}

function endOfLine(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
}

/** Where each cell of a row is written, in the form's column order; null when one is missing. */
function cellsOf(
  path: string,
  table: string,
  rowId: string,
  sourceMap: ReadonlyMap<string, SourceEntry>,
  form: FormDef,
): Range[] | null {
  const columns =
    table === "proactive"
      ? (form.table2.blocks.find((b) => b.rows.some((r) => r.id === rowId))?.columns.map((c) => c.id) ?? [])
      : Array.from({ length: table === "requests" ? form.table3.columns.length : form.table4.columns.length }, (_, i) =>
          String(i),
        );
  const cells = columns.map((c) => sourceMap.get(`${path}.${c}`)?.value);
  return cells.length > 0 && cells.every((c) => c !== undefined) ? (cells as Range[]) : null;
}
