/**
 * A block's header. Each value column gets the header text standing over it (a narrow column's
 * heading wraps onto two or three lines: "结 果" / "维持"); text over several columns (申请人情况,
 * 行政诉讼) is a spanning heading, given a row of its own without a colSpan, since no ruling says
 * how many columns its merged cell covers; text over the labels heads the label column, and a
 * caption standing apart above it ("第二十条第（一）项") is a row of its own.
 */
import type { SourceCell, SourceRow } from "../source.js";
import { joinWrapped, locOf, readingOrder, type Run } from "./geometry.js";
import type { Span } from "./columns.js";

/** Label-column text further apart than this (in glyph sizes) is a separate caption. */
const CAPTION_GAP = 1.5;
/** Overlap (PDF units) below which a heading does not reach into a column's slot. */
const REACH = 1;
/** Header lines further apart than this (in glyph sizes) are different levels of heading. */
const LEAF_GAP = 2.5;
/** A heading with at least this share of its width in one column's slot heads that column. */
const MOSTLY = 0.6;

export function headerRows(
  header: readonly Run[],
  columns: readonly Span[],
  labelRight: number | null,
  hasLabels: boolean,
): SourceRow[] {
  if (header.length === 0) return [];
  const slots = slotsOf(columns, labelRight);
  const labelPieces: Run[] = [];
  const overValues: Run[] = [];
  for (const run of header) {
    if (labelRight !== null && run.x1 <= slots[0]!.x0 + REACH) labelPieces.push(run);
    else overValues.push(run);
  }
  const leaf = new Set(leafBand(overValues));
  const spanning: Run[] = [];
  const perColumn: Run[][] = columns.map(() => []);
  for (const run of overValues) {
    const slot = leaf.has(run) ? slotOf(run, slots) : -1;
    if (slot >= 0) perColumn[slot]!.push(run);
    else spanning.push(run);
  }
  const captions = captionsOf(labelPieces);
  const headLabel = captions.pop() ?? [];
  const standalone: { first: Run; cells: SourceCell[] }[] = [];
  for (const c of captions) standalone.push({ first: c[0]!, cells: [cellOf(c)] });
  for (const line of groupByLine(spanning)) standalone.push({ first: line[0]!, cells: line.map((r) => cellOf([r])) });
  const rows: SourceRow[] = standalone
    .sort((a, b) => readingOrder(a.first, b.first))
    .map((s) => ({ cells: s.cells, loc: s.cells[0]!.loc }));
  if (headLabel.length > 0 || perColumn.some((p) => p.length > 0)) {
    const first = [...headLabel, ...perColumn.flat()].sort(readingOrder)[0]!;
    const cells: SourceCell[] = [];
    if (hasLabels) cells.push(headLabel.length > 0 ? cellOf(headLabel) : { text: "", loc: locOf(first) });
    perColumn.forEach((pieces) => cells.push(pieces.length > 0 ? cellOf(pieces) : { text: "", loc: locOf(first) }));
    rows.push({ cells, loc: cells[0]!.loc });
  }
  return rows;
}

/**
 * The runs of the lowest header lines, those that name single columns: from the bottom line up
 * while the lines stay close. A heading set apart above them (申请人情况, 行政复议) heads a group
 * of columns, however narrow it is.
 */
function leafBand(runs: readonly Run[]): Run[] {
  // Only the page the values start on: a heading left at the foot of the page before is a caption.
  const page = Math.max(...runs.map((r) => r.page));
  const lines = groupByLine(runs.filter((r) => r.page === page)).sort((a, b) => lineCenter(a) - lineCenter(b));
  const band: Run[] = [];
  let below: Run[] | null = null;
  for (const line of lines) {
    if (below) {
      const size = Math.max(...line.map((r) => r.size), ...below.map((r) => r.size));
      if (lineCenter(line) - lineCenter(below) > LEAF_GAP * size) break;
    }
    band.push(...line);
    below = line;
  }
  return band;
}

const lineCenter = (line: readonly Run[]) => line.reduce((s, r) => s + r.center, 0) / line.length;

/** The slot a heading mostly stands in, or -1 when it stands across several. */
function slotOf(run: Run, slots: readonly Span[]): number {
  const width = Math.max(run.x1 - run.x0, REACH);
  let best = -1;
  let most = 0;
  slots.forEach((s, i) => {
    const inside = Math.min(run.x1, s.x1) - Math.max(run.x0, s.x0);
    if (inside > most) [best, most] = [i, inside];
  });
  return most / width >= MOSTLY ? best : -1;
}

/**
 * Each column's share of the width: from half-way to the column on its left to half-way to the
 * one on its right; the first starts half-way from the labels, the outer ones are open-ended.
 */
function slotsOf(columns: readonly Span[], labelRight: number | null): Span[] {
  return columns.map((c, i) => {
    const left = columns[i - 1];
    const right = columns[i + 1];
    const x0 = left ? (left.x1 + c.x0) / 2 : labelRight !== null ? (labelRight + c.x0) / 2 : -Infinity;
    const x1 = right ? (c.x1 + right.x0) / 2 : Infinity;
    return { x0, x1 };
  });
}

/** Label-column header text in vertically separate blocks, top to bottom. */
function captionsOf(pieces: readonly Run[]): Run[][] {
  const sorted = [...pieces].sort(readingOrder);
  const out: Run[][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    const bottom = last ? Math.min(...last.map((x) => x.bottom)) : 0;
    if (last && last[0]!.page === r.page && bottom - r.top <= CAPTION_GAP * r.size) last.push(r);
    else out.push([r]);
  }
  return out;
}

function groupByLine(runs: readonly Run[]): Run[][] {
  const byLine = new Map<number, Run[]>();
  for (const r of runs) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  return [...byLine.values()].map((l) => l.sort((a, b) => a.x0 - b.x0));
}

function cellOf(runs: readonly Run[]): SourceCell {
  const sorted = [...runs].sort(readingOrder);
  return { text: joinWrapped(sorted.map((r) => r.text)), loc: locOf(sorted[0]!) };
}
