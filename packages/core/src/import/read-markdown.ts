/**
 * Markdown (上海, 沭阳: a peer tool's PDF→Markdown conversion). Lines starting with '|' are table
 * rows and runs of them are tables; separator rows (|---|) carry nothing. The first row of a
 * Markdown table is kept as an ordinary row: converters put data rows there too. Headings lose
 * their '#' marks and become prose lines like any other; backslash escapes are undone, as Markdown
 * shows them.
 */
import { numberedLines } from "./lines.js";
import type { SourceCell, SourceDocument, SourceLine, SourceRow, SourceTable } from "./source.js";

const SEPARATOR = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)*\s*:?-{2,}:?\s*\|?\s*$/;

/** CommonMark: a backslash before ASCII punctuation stands for that character; before anything else it is a backslash. */
export function unescapeMarkdown(text: string): string {
  return text.includes("\\") ? text.replace(/\\([!-/:-@[-`{-~])/g, "$1") : text;
}

export function readMarkdown(text: string): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  let rows: SourceRow[] = [];
  let open = false;
  /** Cells of the table's header (its first row, when a separator follows it); 0 until known. */
  let width = 0;
  const close = () => {
    if (rows.length) tables.push({ rows, loc: rows[0]!.loc });
    rows = [];
    open = false;
    width = 0;
  };
  // A blank line, a heading or a table ends a Markdown paragraph; lines within one are soft breaks.
  let boundary = true;
  for (const { text: t, line } of numberedLines(text)) {
    if (/^\s*\|/.test(t)) {
      boundary = true;
      if (SEPARATOR.test(t)) {
        if (open && rows.length === 1 && width === 0) width = rows[0]!.cells.length;
        open = true;
        continue;
      }
      const cells = splitRow(t, line);
      // A body row as wide as the header has every cell delimited: an empty cell is a cell of the row.
      rows.push({
        cells,
        loc: { line, column: t.indexOf("|") + 1 },
        ...(width > 0 && cells.length === width ? { explicit: true } : {}),
      });
      open = true;
      continue;
    }
    if (open) close();
    const heading = /^\s*#{1,6}\s+/.exec(t);
    const body = (heading ? t.slice(heading[0].length) : t).trim();
    if (body)
      lines.push({
        text: unescapeMarkdown(body),
        loc: { line, column: t.indexOf(body) + 1 },
        ...(boundary || heading ? { paragraph: true as const } : {}),
      });
    boundary = !body || heading !== null;
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
    cells.push({ text: unescapeMarkdown(raw.trim()), loc: { line, column: start + lead + 1 } });
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
