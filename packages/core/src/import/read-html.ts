/**
 * HTML pages (a report published as a web page, a CMS export with <table> markup). Text outside
 * tables becomes prose lines, broken at block elements; each <table> becomes a table of rows of
 * cells with their rowspan and colspan. Inline markup inside a cell adds nothing, so a number split
 * across tags (`<td>1<span>2</span></td>`) reads as 12. Broken markup is closed where the next
 * cell, row or table begins.
 */
import { LineIndex } from "../source/index.js";
import { tokenizeHtml } from "./html-tokens.js";
import type { SourceCell, SourceDocument, SourceLine, SourceLocation, SourceRow, SourceTable } from "./source.js";

/**
 * The deepest nesting of tables followed. A published report puts its tables at most two deep (a
 * layout table holding the data table); deeper nesting is a broken or hostile page.
 */
const MAX_TABLE_DEPTH = 8;

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "blockquote",
  "pre",
  "hr",
  "title",
  "dt",
  "dd",
  "dl",
  "table",
  "tr",
  "td",
  "th",
  "caption",
  "body",
  "html",
  "head",
  "nav",
  "aside",
  "figure",
  "figcaption",
]);

interface OpenCell {
  parts: string[];
  loc: SourceLocation;
  rowSpan: number;
  colSpan: number;
}
interface OpenTable {
  rows: SourceRow[];
  row: SourceCell[] | null;
  rowLoc: SourceLocation | null;
  cell: OpenCell | null;
  loc: SourceLocation;
}

const span = (v: string | undefined) => {
  const n = Number.parseInt(v ?? "", 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
};
const clean = (s: string) => s.replace(/[\s\u00a0\u3000]+/gu, " ").trim();

export function readHtml(text: string): SourceDocument {
  const index = new LineIndex(text);
  const locAt = (offset: number): SourceLocation => {
    const p = index.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  const stack: OpenTable[] = [];
  // Tags of tables nested deeper than MAX_TABLE_DEPTH, whose structure is not followed.
  let ignoredDepth = 0;
  let prose: string[] = [];
  let proseLoc: SourceLocation | null = null;

  const flushProse = () => {
    const t = clean(prose.join(""));
    // Every prose line of a page ends at a block element: a paragraph the author made.
    if (t && proseLoc) lines.push({ text: t, loc: proseLoc, paragraph: true });
    prose = [];
    proseLoc = null;
  };
  const closeCell = (t: OpenTable) => {
    if (!t.cell) return;
    const c = t.cell;
    (t.row ??= []).push({
      text: clean(c.parts.join("")),
      loc: c.loc,
      ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
      ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    });
    t.cell = null;
  };
  const closeRow = (t: OpenTable) => {
    closeCell(t);
    // Every cell is its own element: an empty <td> is an empty cell of the row.
    if (t.row?.length) t.rows.push({ cells: t.row, loc: t.rowLoc ?? t.row[0]!.loc, explicit: true });
    t.row = null;
    t.rowLoc = null;
  };
  const closeTable = () => {
    const t = stack.pop();
    if (!t) return;
    closeRow(t);
    if (t.rows.length) tables.push({ rows: t.rows, loc: t.loc });
  };

  for (const tok of tokenizeHtml(text)) {
    const top = stack.at(-1);
    if (tok.type === "text") {
      if (top?.cell) top.cell.parts.push(tok.text);
      else if (!top) {
        if (!proseLoc && tok.text.trim())
          proseLoc = locAt(tok.offset + (tok.text.length - tok.text.trimStart().length));
        prose.push(tok.text);
      }
      continue;
    }
    const name = tok.name;
    if (ignoredDepth > 0 || (tok.type === "open" && name === "table" && stack.length >= MAX_TABLE_DEPTH)) {
      // Past the depth a page's layout uses, a nested table's rows and cells are read as the text
      // of the cell it stands in: each level kept as a table would cost memory for nothing.
      if (name === "table") ignoredDepth += tok.type === "open" ? 1 : -1;
      else if (top?.cell && (BLOCK.has(name) || name === "td" || name === "th")) top.cell.parts.push(" ");
      continue;
    }
    if (tok.type === "open") {
      if (name === "table") {
        flushProse();
        // A table nested in a cell ends the cell's own text there.
        stack.push({ rows: [], row: null, rowLoc: null, cell: null, loc: locAt(tok.offset) });
      } else if (top && name === "tr") {
        closeRow(top);
        top.row = [];
        top.rowLoc = locAt(tok.offset);
      } else if (top && (name === "td" || name === "th")) {
        closeCell(top);
        top.row ??= [];
        top.rowLoc ??= locAt(tok.offset);
        top.cell = {
          parts: [],
          loc: locAt(tok.offset),
          rowSpan: span(tok.attrs.rowspan),
          colSpan: span(tok.attrs.colspan),
        };
      } else if (BLOCK.has(name)) {
        if (top?.cell) top.cell.parts.push(" ");
        else if (!top) flushProse();
      }
    } else {
      if (name === "table") closeTable();
      else if (top && name === "tr") closeRow(top);
      else if (top && (name === "td" || name === "th")) closeCell(top);
      else if (BLOCK.has(name)) {
        if (top?.cell) top.cell.parts.push(" ");
        else if (!top) flushProse();
      }
    }
  }
  while (stack.length) closeTable();
  flushProse();
  // Reading order: tables and prose interleave by where they start.
  tables.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  return { kind: "html", lines, tables };
}
