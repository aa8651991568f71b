/**
 * From positioned text pieces to lines and runs. A PDF library delivers text in pieces that may be
 * a whole line, a few glyphs or a single CJK glyph, in content-stream order rather than reading
 * order; here they are put back into visual lines (by vertical position) and, within a line, into
 * runs: pieces that touch, separated from the next run by a gap wide enough to be a cell boundary.
 */
import type { PositionedText, SourceLocation } from "../source.js";

/** One piece of text with its box, in PDF units (origin bottom-left). */
export interface Fragment {
  readonly text: string;
  readonly page: number;
  readonly x0: number;
  readonly x1: number;
  /** Baseline for horizontal text; top edge for vertical text. */
  readonly y: number;
  readonly size: number;
  /** Vertical middle of the glyphs, the coordinate lines and rows are built on. */
  readonly center: number;
  readonly top: number;
  readonly bottom: number;
  readonly vertical: boolean;
}

/** Touching fragments of one line, read as one piece of text: a fragment's box, placed in its line. */
export interface Run extends Omit<Fragment, "vertical"> {
  /** 1-based index of the rebuilt line the run stands on. */
  line: number;
  /** 1-based UTF-16 column of the run in its line's text. */
  column: number;
}

export interface Line {
  readonly page: number;
  readonly runs: readonly Run[];
  readonly center: number;
  /** The largest glyph size on the line. */
  readonly size: number;
  /** 1-based, over the whole document. */
  index: number;
  text: string;
}

/** The visual middle of a CJK glyph sits about this far above the baseline, in glyph sizes. */
const CENTER_RISE = 0.35;
/** Pieces whose middles differ by less than this (in glyph sizes) stand on one line. */
const LINE_TOLERANCE = 0.4;
/** A gap narrower than this (in glyph sizes) is inside a run; a wider one separates cells. */
const RUN_GAP = 0.4;
/** A gap at least this wide (in glyph sizes) between two Latin letters or digits was a space. */
const WORD_GAP = 0.15;

const isBlank = (s: string) => s.trim() === "";
const isLatin = (c: string | undefined) => c !== undefined && /[0-9A-Za-z]/.test(c);

/**
 * Vertical text comes as one tall, narrow piece whose y is its top edge (pdf.js reports it so);
 * horizontal text's y is its baseline.
 */
export function toFragment(item: PositionedText): Fragment {
  const text = item.text.trim();
  const size = item.height > 0 ? item.height : 1;
  const vertical = [...text].length >= 2 && item.height > 1.5 * item.width && item.width > 0;
  if (vertical) {
    return {
      text,
      page: item.page,
      x0: item.x,
      x1: item.x + item.width,
      y: item.y,
      size: item.width,
      center: item.y - item.height / 2,
      top: item.y,
      bottom: item.y - item.height,
      vertical,
    };
  }
  const center = item.y + CENTER_RISE * size;
  return {
    text,
    page: item.page,
    x0: item.x,
    x1: item.x + Math.max(item.width, 0),
    y: item.y,
    size,
    center,
    top: item.y + 0.85 * size,
    bottom: item.y - 0.15 * size,
    vertical,
  };
}

/** Where the PDF had a space: the position is reliable, the width pdf.js reports for it is not. */
interface SpaceMark {
  readonly page: number;
  readonly x: number;
  readonly center: number;
}

/**
 * Every page's lines, pages in order and lines top to bottom, with their runs left to right. Line
 * indexes are left at 0 for the caller to number once it has dropped what is not text (page numbers).
 */
export function buildLines(items: readonly PositionedText[]): Line[] {
  const fragments: Fragment[] = [];
  const spaces: SpaceMark[] = [];
  for (const item of items) {
    if (!Number.isFinite(item.x) || !Number.isFinite(item.y) || !Number.isFinite(item.page)) continue;
    if (item.text === "") continue;
    if (isBlank(item.text))
      spaces.push({ page: item.page, x: item.x, center: item.y + CENTER_RISE * (item.height > 0 ? item.height : 1) });
    else fragments.push(toFragment(item));
  }
  const byPage = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const onPage = byPage.get(f.page);
    if (onPage) onPage.push(f);
    else byPage.set(f.page, [f]);
  }
  const spacesByPage = new Map<number, SpaceMark[]>();
  for (const s of spaces) {
    const onPage = spacesByPage.get(s.page);
    if (onPage) onPage.push(s);
    else spacesByPage.set(s.page, [s]);
  }
  const lines: Line[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const onPage = byPage.get(page)!.sort((a, b) => b.center - a.center || a.x0 - b.x0);
    const pageSpaces = spacesByPage.get(page) ?? [];
    for (const group of groupByCenter(onPage)) lines.push(lineOf(page, group, pageSpaces));
  }
  return lines;
}

function groupByCenter(sorted: readonly Fragment[]): Fragment[][] {
  const groups: Fragment[][] = [];
  let current: Fragment[] = [];
  let sum = 0;
  let minSize = Infinity;
  for (const f of sorted) {
    const mean = current.length > 0 ? sum / current.length : f.center;
    // Vertical text is a column of its own: it never shares a line with the text beside it.
    const joins =
      current.length > 0 &&
      !f.vertical &&
      !current[0]!.vertical &&
      Math.abs(f.center - mean) <= LINE_TOLERANCE * Math.min(minSize, f.size);
    if (!joins && current.length > 0) {
      groups.push(current);
      current = [];
      sum = 0;
      minSize = Infinity;
    }
    current.push(f);
    sum += f.center;
    minSize = Math.min(minSize, f.size);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function lineOf(page: number, fragments: readonly Fragment[], pageSpaces: readonly SpaceMark[]): Line {
  const byX = [...fragments].sort((a, b) => a.x0 - b.x0);
  const top = Math.max(...fragments.map((f) => f.center + f.size));
  const bottom = Math.min(...fragments.map((f) => f.center - f.size));
  const spaces = pageSpaces.filter((s) => s.center <= top && s.center >= bottom);
  const runs: Run[] = [];
  let parts: Fragment[] = [];
  const flush = () => {
    if (parts.length > 0) runs.push(runOf(parts, spaces));
    parts = [];
  };
  for (const f of byX) {
    const last = parts.at(-1);
    if (last) {
      const right = Math.max(...parts.map((p) => p.x1));
      if (f.vertical || last.vertical || f.x0 - right > RUN_GAP * Math.min(f.size, last.size)) flush();
    }
    parts.push(f);
  }
  flush();
  const center = fragments.reduce((s, f) => s + f.center, 0) / fragments.length;
  return { page, runs, center, size: Math.max(...fragments.map((f) => f.size)), index: 0, text: "" };
}

function runOf(parts: readonly Fragment[], spaces: readonly SpaceMark[]): Run {
  let text = "";
  let right = -Infinity;
  for (const p of parts) {
    if (text !== "") {
      const gap = p.x0 - right;
      const spaced = spaces.some(
        (s) => s.x >= right - 0.5 && s.x <= p.x0 + 0.5 && Math.abs(s.center - p.center) <= p.size,
      );
      const wordGap = gap >= WORD_GAP * p.size && isLatin(text.at(-1)) && isLatin(p.text[0]);
      // Overlapping pieces (a glyph drawn twice for bold, or a run restarted mid-word) join without a space.
      if ((spaced || wordGap) && gap > -0.1 * p.size && !text.endsWith(" ")) text += " ";
    }
    text += p.text;
    right = Math.max(right, p.x1);
  }
  const x0 = Math.min(...parts.map((p) => p.x0));
  const weight = (p: Fragment) => Math.max([...p.text].length, 1);
  const total = parts.reduce((s, p) => s + weight(p), 0);
  const center = parts.reduce((s, p) => s + p.center * weight(p), 0) / total;
  const first = parts[0]!;
  return {
    text,
    page: first.page,
    x0,
    x1: right,
    y: first.y,
    size: Math.max(...parts.map((p) => p.size)),
    center,
    top: Math.max(...parts.map((p) => p.top)),
    bottom: Math.min(...parts.map((p) => p.bottom)),
    line: 0,
    column: 0,
  };
}

/** Numbers the lines 1… and sets each line's text and each run's column in it. */
export function numberLines(lines: Line[]): void {
  lines.forEach((line, i) => {
    line.index = i + 1;
    let text = "";
    for (const run of line.runs) {
      if (text !== "") text += " ";
      run.line = line.index;
      run.column = text.length + 1;
      text += run.text;
    }
    line.text = text;
  });
}

/**
 * Joins the lines of a wrapped cell: CJK text wraps anywhere and joins without a space; a space is
 * kept only between two Latin letters or digits.
 */
export function joinWrapped(parts: readonly string[]): string {
  let text = "";
  for (const part of parts) {
    if (text !== "" && isLatin(text.at(-1)) && isLatin(part[0])) text += " ";
    text += part;
  }
  return text;
}

export function locOf(run: Run): SourceLocation {
  return { line: run.line, column: run.column, page: run.page, x: run.x0, y: run.y };
}

/** Reading order of runs: page by page, top to bottom, left to right. */
export function readingOrder(a: Run, b: Run): number {
  return a.page - b.page || b.center - a.center || a.x0 - b.x0;
}
