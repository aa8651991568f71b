/**
 * `pdftotext -layout` output (淮安, 洪泽, 宿迁): the page drawn with spaces. A run of two or more
 * spaces separates columns, so a line splits into cells; a line with several cells or with a
 * number is a table row. A long label wraps over the lines around its row ("（二）部分公开（区分处理
 * 的，只计这一情" above the numbers, "形，不计其他情形）" below): a line of short label pieces between
 * two rows of the same table is a fragment of a label and joins the nearest row, as extra cells on
 * their own line. Page numbers are dropped; everything else is prose.
 */
import { numberedLines } from "./lines.js";
import type { SourceCell, SourceDocument, SourceLine, SourceRow, SourceTable } from "./source.js";
import { isPageNumber, isValueText } from "./text.js";

/** Lines between two rows of one table; a page break with its header and footer fits. */
const MAX_GAP = 8;
/** A label fragment is short: a longer one-cell line inside a table is prose. */
const MAX_FRAGMENT = 24;
/** A section heading ends a table even when the next table follows closely. */
const HEADING = /^[一二三四五六七八九十]+[、.．]\s*\S{4,}/u;

type Kind = "blank" | "row" | "fragment" | "prose" | "heading";

interface Line {
  readonly line: number;
  readonly cells: SourceCell[];
  readonly kind: Kind;
}

/** The cells of a line: pieces separated by two or more spaces (or a tab). */
export function layoutCells(text: string, line: number): SourceCell[] {
  const cells: SourceCell[] = [];
  const re = /\S+(?:[ \u3000]\S+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) cells.push({ text: m[0], loc: { line, column: m.index + 1 } });
  return cells;
}

/**
 * A number printed with the unit of its column or of its count (「96171.6万元」, 「12件」): a cell of
 * the row, read as written, as the other readers do (the interpreter reports it, unit kept).
 */
const WITH_UNIT = /^[+-]?\d+(?:\.\d+)?\s*(?:万元|元|件|条|项|个|次)$/u;

function classify(cells: SourceCell[]): Kind {
  if (cells.length === 0) return "blank";
  if (cells.some((c) => isValueText(c.text) || WITH_UNIT.test(c.text))) return "row";
  const t = cells[0]!.text;
  if (cells.length === 1 && HEADING.test(t) && !/\d\s*$/.test(t)) return "heading";
  // Label pieces laid out in columns (「理   2.其他法律行政法规禁止公」) are fragments too.
  return cells.every((c) => c.text.length <= MAX_FRAGMENT) ? "fragment" : "prose";
}

export function readLayout(text: string): SourceDocument {
  const all: Line[] = [];
  for (const { text: t, line } of numberedLines(text)) {
    const cells = layoutCells(t, line);
    if (cells.length === 1 && isPageNumber(cells[0]!.text)) continue;
    all.push({ line, cells, kind: classify(cells) });
  }
  const rowAt = all.map((l, i) => (l.kind === "row" ? i : -1)).filter((i) => i >= 0);
  // Rows of one table: consecutive row lines close together with no heading or prose between.
  const sameTable = (a: number, b: number) =>
    all[b]!.line - all[a]!.line <= MAX_GAP + 1 &&
    all.slice(a + 1, b).every((l) => l.kind === "blank" || l.kind === "fragment");

  const fragmentsOf = new Map<number, { before: SourceCell[]; after: SourceCell[] }>();
  const attached = new Set<number>();
  for (let k = 0; k + 1 < rowAt.length; k++) {
    const a = rowAt[k]!;
    const b = rowAt[k + 1]!;
    if (!sameTable(a, b)) continue;
    for (let i = a + 1; i < b; i++) {
      if (all[i]!.kind !== "fragment") continue;
      // The nearest row takes the fragment; on a tie the row below, where a wrapped label ends.
      const up = all[i]!.line - all[a]!.line;
      const down = all[b]!.line - all[i]!.line;
      const owner = down <= up ? b : a;
      const f = fragmentsOf.get(owner) ?? { before: [], after: [] };
      (owner === b ? f.before : f.after).push(...all[i]!.cells);
      fragmentsOf.set(owner, f);
      attached.add(i);
    }
  }

  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  let rows: SourceRow[] = [];
  let last = -1;
  const close = () => {
    if (rows.length) tables.push({ rows, loc: rows[0]!.loc });
    rows = [];
  };
  all.forEach((l, i) => {
    if (l.kind === "row") {
      if (last >= 0 && !sameTable(last, i)) close();
      const f = fragmentsOf.get(i);
      const cells = [...(f?.before ?? []), ...l.cells, ...(f?.after ?? [])];
      rows.push({ cells, loc: { line: l.line, column: l.cells[0]!.loc.column } });
      last = i;
    } else if (l.kind !== "blank" && !attached.has(i)) {
      const c = l.cells[0]!;
      lines.push({ text: l.cells.map((x) => x.text).join(" "), loc: c.loc });
    }
  });
  close();
  return { kind: "layout", lines, tables };
}
