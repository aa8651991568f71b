/**
 * Text copied from a web page (石龙区): a browser writes each table row on a line and separates its
 * cells with tabs, merged cells leaving empty cells behind. Lines with a tab are table rows, runs of
 * them are tables; every other non-empty line is prose.
 */
import { numberedLines } from "./lines.js";
import type { SourceCell, SourceDocument, SourceLine, SourceRow, SourceTable } from "./source.js";

export function readTsv(text: string): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  let rows: SourceRow[] = [];
  const close = () => {
    if (rows.length) tables.push({ rows, loc: rows[0]!.loc });
    rows = [];
  };
  for (const { text: t, line } of numberedLines(text)) {
    if (!t.includes("\t")) {
      // A blank line ends a table: the browser separates tables, and tables from prose, with one.
      close();
      if (t.trim()) lines.push({ text: t.trim(), loc: { line, column: t.search(/\S/) + 1 } });
      continue;
    }
    const cells: SourceCell[] = [];
    let at = 0;
    for (const piece of t.split("\t")) {
      const lead = piece.length - piece.trimStart().length;
      cells.push({ text: piece.trim(), loc: { line, column: at + lead + 1 } });
      at += piece.length + 1;
    }
    rows.push({ cells, loc: { line, column: 1 } });
  }
  close();
  return { kind: "tsv", lines, tables };
}
