/**
 * Columns and rows of a table with no rulings. Values (numbers) of one column overlap one another
 * horizontally whatever their alignment (left, centred, right), and never overlap the next
 * column's: columns are the clusters of overlapping value boxes. Rows are the clusters of value
 * baselines; each row owns a band of the page, from half-way to the row above to half-way to the
 * row below, and the label text in that band is the row's label, however many lines it wraps onto.
 */
import type { Run } from "./geometry.js";

export interface Span {
  readonly x0: number;
  readonly x1: number;
}

export interface Anchor {
  readonly center: number;
  readonly runs: readonly Run[];
}

export interface Band {
  readonly anchor: Anchor;
  readonly top: number;
  readonly bottom: number;
}

/** Boxes closer than this (PDF units) count as overlapping: glyph boxes are a little loose. */
const TOUCH = 0.5;
/** Values whose middles differ by less than this (in glyph sizes) stand in one row. */
const ROW_TOLERANCE = 0.5;
/** The first and last rows reach this share of the usual row pitch beyond their values. */
const EDGE_REACH = 0.6;

/** Merges overlapping x-intervals into columns, left to right. */
export function clusterColumns(runs: readonly Span[]): Span[] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const out: { x0: number; x1: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.x0 <= last.x1 + TOUCH) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ x0: r.x0, x1: r.x1 });
  }
  return out;
}

export const overlaps = (a: Span, b: Span, slack = TOUCH): boolean => a.x0 <= b.x1 + slack && b.x0 <= a.x1 + slack;

/** The column a value box stands in, or -1. */
export function columnOf(run: Span, columns: readonly Span[]): number {
  let best = -1;
  let bestOverlap = -Infinity;
  columns.forEach((c, i) => {
    if (!overlaps(run, c)) return;
    const overlap = Math.min(run.x1, c.x1) - Math.max(run.x0, c.x0);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  });
  return best;
}

/** Groups value runs into rows, top to bottom. */
export function clusterAnchors(values: readonly Run[]): Anchor[] {
  const sorted = [...values].sort((a, b) => b.center - a.center);
  const out: { center: number; runs: Run[]; size: number }[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && last.center - r.center <= ROW_TOLERANCE * Math.min(last.size, r.size)) {
      last.runs.push(r);
      last.center = last.runs.reduce((s, x) => s + x.center, 0) / last.runs.length;
    } else out.push({ center: r.center, runs: [r], size: r.size });
  }
  return out.map(({ center, runs }) => ({ center, runs }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The usual distance between two rows; with a single row, a guess from its glyph size. */
export function rowPitch(anchors: readonly Anchor[]): number {
  const gaps = anchors.slice(1).map((a, i) => anchors[i]!.center - a.center);
  return median(gaps) ?? 3 * Math.max(...anchors.flatMap((a) => a.runs.map((r) => r.size)), 1);
}

/**
 * Each row's band. The first row reaches up to `ceiling` (the bottom of the header, so a wrapped
 * first label is not cut), the last reaches down a little over half a pitch: further down is
 * whatever follows the table (a caption of the next block), not the last label.
 */
export function bands(anchors: readonly Anchor[], pitch: number, ceiling: number): Band[] {
  return anchors.map((anchor, i) => {
    const above = anchors[i - 1];
    const below = anchors[i + 1];
    const top = above ? (above.center + anchor.center) / 2 : Math.max(ceiling, anchor.center + EDGE_REACH * pitch);
    const bottom = below ? (anchor.center + below.center) / 2 : anchor.center - EDGE_REACH * pitch;
    return { anchor, top, bottom };
  });
}

/** Index of the band a point falls in, or -1 above the first or below the last. */
export function bandOf(center: number, all: readonly Band[]): number {
  return all.findIndex((b) => center <= b.top && center > b.bottom);
}

/**
 * Clusters runs by horizontal overlap (a wrapped label's lines overlap; a group label and the row
 * labels beside it do not), each cluster's runs top to bottom.
 */
export function clusterByOverlap(runs: readonly Run[]): Run[][] {
  const clusters: { span: { x0: number; x1: number }; runs: Run[] }[] = [];
  for (const r of [...runs].sort((a, b) => a.x0 - b.x0)) {
    const hit = clusters.find((c) => overlaps(c.span, r, 0));
    if (hit) {
      hit.runs.push(r);
      hit.span.x0 = Math.min(hit.span.x0, r.x0);
      hit.span.x1 = Math.max(hit.span.x1, r.x1);
    } else clusters.push({ span: { x0: r.x0, x1: r.x1 }, runs: [r] });
  }
  return clusters
    .map((c) => c.runs.sort((a, b) => b.center - a.center || a.x0 - b.x0))
    .sort((a, b) => spanOf(a).x0 - spanOf(b).x0);
}

export function spanOf(runs: readonly Span[]): Span {
  return { x0: Math.min(...runs.map((r) => r.x0)), x1: Math.max(...runs.map((r) => r.x1)) };
}
