/**
 * Markdown (上海, 沭阳: a peer tool's PDF→Markdown conversion). Lines starting with '|' are table
 * rows and runs of them are tables; separator rows (|---|) carry nothing. The first row of a
 * Markdown table is kept as an ordinary row: converters put data rows there too. Headings lose
 * their '#' marks and become prose lines like any other.
 */
import { numberedLines } from "./lines.js";
import type { SourceCell, SourceDocument, SourceLine, SourceRow, SourceTable } from "./source.js";

const SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)*\s*:?-{2,}:?\s*\|?\s*$/;

export function readMarkdown(text: string): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  let rows: SourceRow[] = [];
  let open = false;
  const close = () => {
    if (rows.length) tables.push({ rows, loc: rows[0]!.loc });
    rows = [];
    open = false;
  };
  for (const { text: t, line } of numberedLines(text)) {
    if (/^\s*\|/.test(t)) {
      open = true;
      if (!SEPARATOR.test(t)) rows.push({ cells: splitRow(t, line), loc: { line, column: t.indexOf("|") + 1 } });
      continue;
    }
    if (open) close();
    const heading = /^\s*#{1,6}\s+/.exec(t);
    const body = (heading ? t.slice(heading[0].length) : t).trim();
    if (body) lines.push({ text: body, loc: { line, column: t.indexOf(body) + 1 } });
  }
  close();
  return { kind: "markdown", lines, tables };
}

/** The cells between the pipes; `\|` is a pipe inside a cell. */
function splitRow(t: string, line: number): SourceCell[] {
  const cells: SourceCell[] = [];
  let start = t.indexOf("|") + 1;
  let i = start;
  const push = (end: number) => {
    const raw = t.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim().replace(/\\\|/g, "|"), loc: { line, column: start + lead + 1 } });
  };
  for (; i < t.length; i++) {
    if (t[i] === "\\") {
      i++;
      continue;
    }
    if (t[i] === "|") {
      push(i);
      start = i + 1;
    }
  }
  // Text after the last pipe is a cell only when the row was not closed with a pipe.
  if (t.slice(start).trim()) push(t.length);
  return cells;
}
