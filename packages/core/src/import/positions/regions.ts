/**
 * Telling tables from prose on a page with no rulings to go by. Prose is set in the body size and
 * flows in long runs; a table's lines carry numbers set apart from their labels, or text smaller
 * than the body. Consecutive table lines (across a page break too) make one region.
 */
import type { Line, Run } from "./geometry.js";

/** A cell value as published: a count or an amount, possibly with a note ("22（其中修订16件）"). */
const NUMBER = /^[+-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:\s*[（(][^（()）]*[）)])?$/u;
/** What reports print in a cell that has no number. */
const PLACEHOLDER = /^(?:[/／\\—–―─－-]+|[*＊×✕]|无|空)$/u;
/** "- 3 -", "— 3 —", "第 3 页", "3/6" alone on a line: a page number, not content. */
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})$/u;
/** A note under a table ends it: it is prose about the table, not a row. */
const NOTE = /^(?:注|说明|备注)\s*[\d０-９]*\s*[:：]/u;
/** A section heading of the report ("三、收到和处理…"), which ends a table rather than heads one. */
const HEADING = /^[一二三四五六七八九十]+、\S{4,}$/u;
const SENTENCE_END = /[。；;：:]$/u;
/** A line narrower than this share of the page's text is short. */
const SHORT = 0.6;
/** Smaller than this share of the body size, text is table text (labels, headers). */
const SMALL_TEXT = 0.9;
/** A number set this far (in glyph sizes) from the text before it stands in a column. */
const COLUMN_GAP = 0.8;

export const isNumber = (text: string): boolean => NUMBER.test(text.trim());
export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text.trim());

/** Page numbers alone on a line: the first or last line of a page, in the page-number shapes. */
export function isPageNumber(line: Line, pageLines: readonly Line[]): boolean {
  if (line.runs.length !== 1) return false;
  const text = line.runs[0]!.text.trim();
  if (PAGE_NUMBER.test(text)) return true;
  // A bare number counts only as the lowest line of its page.
  return /^\d{1,3}$/.test(text) && pageLines.at(-1) === line && pageLines.length > 1;
}

/** The body text size: the size that sets the most characters. */
export function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    for (const run of line.runs) {
      const size = Math.round(run.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + [...run.text].length);
    }
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most || (n === most && size > best)) [best, most] = [size, n];
  return best;
}

export function isValueRun(run: Run): boolean {
  return isNumber(run.text);
}

/** A line that belongs to a table rather than to the prose. */
export function isTableLine(line: Line, body: number): boolean {
  const first = line.runs[0];
  if (!first) return false;
  if (NOTE.test(line.text)) return false;
  if (line.size < SMALL_TEXT * body) return true;
  // A number standing apart from the text before it is a cell, not a number in a sentence.
  for (let i = 1; i < line.runs.length; i++) {
    const run = line.runs[i]!;
    const before = line.runs[i - 1]!;
    if (
      (isNumber(run.text) || isPlaceholder(run.text)) &&
      run.x0 - before.x1 >= COLUMN_GAP * Math.min(run.size, before.size)
    )
      return true;
  }
  return false;
}

/** Text set apart in two or more pieces: a header or a row, never a sentence. */
function isGapped(line: Line): boolean {
  return line.runs.some(
    (run, i) => i > 0 && run.x0 - line.runs[i - 1]!.x1 >= COLUMN_GAP * Math.min(run.size, line.runs[i - 1]!.size),
  );
}

const extent = (line: Line) => line.runs.at(-1)!.x1 - line.runs[0]!.x0;

/**
 * Which lines are table lines. Where a table is set in the body size, its headers, captions and
 * wrapped labels look like short prose lines; they are taken into the table when they touch it,
 * are short, and are neither a section heading nor the end of a sentence.
 */
export function tableLines(lines: readonly Line[], body: number): boolean[] {
  const table = lines.map((l) => isTableLine(l, body) || (isGapped(l) && !NOTE.test(l.text)));
  const width = new Map<number, number>();
  for (const l of lines) width.set(l.page, Math.max(width.get(l.page) ?? 0, extent(l)));
  const absorbable = (l: Line) =>
    extent(l) < SHORT * width.get(l.page)! && !HEADING.test(l.text) && !SENTENCE_END.test(l.text) && !NOTE.test(l.text);
  for (let changed = true; changed;) {
    changed = false;
    lines.forEach((l, i) => {
      if (table[i]) return;
      const neighbours = [i - 1, i + 1].filter((j) => table[j] === true && lines[j]!.page === l.page).length;
      // Between two table lines, a long line is a wrapped label; beside one only, it must be short.
      const between = neighbours === 2 && !HEADING.test(l.text) && !NOTE.test(l.text);
      if (between || (neighbours === 1 && absorbable(l))) table[i] = changed = true;
    });
  }
  return table;
}

/**
 * Splits the lines into prose and table regions, in order. A region of table lines with no number
 * in it is not a table (a caption, a small-print line): its lines stay prose.
 */
export function splitRegions(
  lines: readonly Line[],
  body: number,
): ({ kind: "prose"; lines: Line[] } | { kind: "table"; lines: Line[] })[] {
  const out: ({ kind: "prose"; lines: Line[] } | { kind: "table"; lines: Line[] })[] = [];
  const isTable = tableLines(lines, body);
  let prose: Line[] = [];
  let table: Line[] = [];
  const endTable = () => {
    if (table.length === 0) return;
    if (table.some((l) => l.runs.some(isValueRun))) {
      if (prose.length > 0) out.push({ kind: "prose", lines: prose });
      prose = [];
      out.push({ kind: "table", lines: table });
    } else prose.push(...table);
    table = [];
  };
  for (const [i, line] of lines.entries()) {
    if (isTable[i]) table.push(line);
    else {
      endTable();
      prose.push(line);
    }
  }
  endTable();
  if (prose.length > 0) out.push({ kind: "prose", lines: prose });
  return out;
}
