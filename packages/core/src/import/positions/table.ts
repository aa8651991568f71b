/**
 * One table region rebuilt into rows of cells. A region may hold several blocks, each with its
 * own header and columns (table 二 is four small tables, one per 第二十条 item): a new block starts
 * where a line of text stands over the value columns. Within a block, each page is laid out on
 * its own (columns may shift from page to page), and group labels are worked out over the block.
 */
import type { SourceCell, SourceRow, SourceTable } from "../source.js";
import { joinWrapped, locOf, type Line, type Run } from "./geometry.js";
import { isPlaceholder, isValueRun } from "./regions.js";
import {
  bandOf,
  bands,
  clusterAnchors,
  clusterByOverlap,
  clusterColumns,
  columnOf,
  median,
  overlaps,
  rowPitch,
  spanOf,
  type Band,
  type Span,
} from "./columns.js";
import { groupCells, type GroupPiece, type GroupRow } from "./groups.js";
import { headerRows } from "./header.js";

interface Block {
  header: Run[];
  body: Line[];
}

/** A data row before its group cells are known. */
interface PendingRow {
  readonly band: Band;
  readonly page: number;
  readonly leaf: readonly Run[] | null;
  /** Per column: the runs of the cell, top to bottom. */
  readonly values: readonly (readonly Run[])[];
  readonly columns: readonly Span[];
}

export function buildTable(lines: readonly Line[]): SourceTable {
  const rows: SourceRow[] = [];
  const blocks = splitBlocks(lines);
  let carried: Run[] = [];
  blocks.forEach((block, i) => {
    const laid = layoutBlock({ header: [...carried, ...block.header], body: block.body });
    rows.push(...laid.rows);
    carried = laid.leftovers;
    if (i === blocks.length - 1 && carried.length > 0) rows.push(...looseRows(carried));
  });
  return { rows, loc: rows[0]?.loc ?? { line: lines[0]?.index ?? 1, column: 1 } };
}

/** The horizontal extent of the values on each page of the region. */
function valueZones(lines: readonly Line[]): Map<number, Span> {
  const zones = new Map<number, Span>();
  for (const line of lines) {
    for (const run of line.runs) {
      if (!isValueRun(run)) continue;
      const z = zones.get(line.page);
      zones.set(line.page, z ? { x0: Math.min(z.x0, run.x0), x1: Math.max(z.x1, run.x1) } : { x0: run.x0, x1: run.x1 });
    }
  }
  return zones;
}

function splitBlocks(lines: readonly Line[]): Block[] {
  const zones = valueZones(lines);
  const isHeader = (l: Line) => {
    const zone = zones.get(l.page);
    // A heading stands over the values; a long label that merely reaches into them does not.
    const over = (x: number) => overlaps({ x0: x, x1: x }, zone!);
    return zone !== undefined && !l.runs.some(isValueRun) && l.runs.some((r) => over(r.x0) || over((r.x0 + r.x1) / 2));
  };
  const blocks: Block[] = [];
  let pending: Line[] = [];
  for (const line of lines) {
    if (!line.runs.some(isValueRun)) {
      pending.push(line);
      continue;
    }
    const headerAt = pending.findIndex(isHeader);
    const last = blocks.at(-1);
    if (!last || headerAt >= 0) {
      // Label lines before the new header may finish the last row above; the layout gives back
      // whatever falls outside that row, and it joins this header.
      const lead = last ? pending.slice(0, headerAt) : [];
      if (last) last.body.push(...lead);
      blocks.push({ header: pending.slice(lead.length).flatMap((l) => [...l.runs]), body: [line] });
    } else last.body.push(...pending, line);
    pending = [];
  }
  blocks.at(-1)?.body.push(...pending);
  return blocks;
}

function layoutBlock(block: Block): { rows: SourceRow[]; leftovers: Run[] } {
  const pages = [...new Set(block.body.map((l) => l.page))];
  const pending: PendingRow[] = [];
  const pieces: GroupPiece[] = [];
  const leftovers: Run[] = [];
  const pitches: number[] = [];
  let firstColumns: Span[] = [];
  let labelRight: number | null = null;
  let hasLabels = false;
  for (const page of pages) {
    const runs = block.body.filter((l) => l.page === page).flatMap((l) => [...l.runs]);
    const columns = clusterColumns(runs.filter(isValueRun));
    if (pending.length === 0) firstColumns = columns;
    const firstX = columns[0]?.x0 ?? Infinity;
    const inColumns = (r: Run) => r.x0 >= firstX - 1 && columnOf(r, columns) >= 0;
    const anchorRuns = runs.filter((r) => isValueRun(r) || (isPlaceholder(r.text) && inColumns(r)));
    const others = runs.filter((r) => !anchorRuns.includes(r));
    const anchors = clusterAnchors(anchorRuns);
    const pitch = rowPitch(anchors);
    pitches.push(pitch);
    const headerHere = block.header.filter((r) => r.page === page);
    const ceiling = headerHere.length > 0 ? Math.min(...headerHere.map((r) => r.center)) - 0.01 : Infinity;
    const rowBands = bands(anchors, pitch, ceiling);
    const labels: Run[][] = rowBands.map(() => []);
    const extra: Run[][] = rowBands.map(() => []);
    for (const r of others) {
      const b = bandOf(r.center, rowBands);
      if (b < 0) leftovers.push(r);
      else (inColumns(r) ? extra : labels)[b]!.push(r);
    }
    rowBands.forEach((band, b) => {
      const clusters = clusterByOverlap(labels[b]!);
      const leaf = clusters.at(-1) ?? null;
      if (clusters.length > 0) hasLabels = true;
      for (const c of clusters) labelRight = Math.max(labelRight ?? -Infinity, spanOf(c).x1);
      const row = pending.length;
      for (const group of clusters.slice(0, -1)) pieces.push({ row, runs: group });
      const cellRuns = [...band.anchor.runs, ...extra[b]!];
      const values = columns.map((_, c) =>
        cellRuns.filter((r) => columnOf(r, columns) === c).sort((p, q) => q.center - p.center || p.x0 - q.x0),
      );
      pending.push({ band, page, leaf, values, columns });
    });
  }
  const groupRows: GroupRow[] = pending.map((p) => ({
    page: p.page,
    top: p.band.top,
    bottom: p.band.bottom,
    labelX0: p.leaf ? spanOf(p.leaf).x0 : Infinity,
    label: p.leaf ? joinWrapped(p.leaf.map((r) => r.text)) : "",
  }));
  const groups = groupCells(groupRows, pieces, median(pitches) ?? 0);
  const rows: SourceRow[] = [...headerRows(block.header, firstColumns, labelRight, hasLabels)];
  pending.forEach((p, i) => {
    const cells: SourceCell[] = groups
      .filter((g) => g.row === i)
      .map((g) => ({ text: g.text, loc: locOf(g.runs[0]!), rowSpan: g.rowSpan }));
    if (hasLabels)
      cells.push(p.leaf ? { text: joinWrapped(p.leaf.map((r) => r.text)), loc: locOf(p.leaf[0]!) } : emptyCell(p, -1));
    p.values.forEach((runs, c) =>
      cells.push(
        runs.length > 0 ? { text: joinWrapped(runs.map((r) => r.text)), loc: locOf(runs[0]!) } : emptyCell(p, c),
      ),
    );
    // The row stands on the line of its values: a wrapped label starts above it, a group label elsewhere.
    const first = [...p.band.anchor.runs].sort((a, b) => a.x0 - b.x0)[0]!;
    rows.push({ cells, loc: locOf(first) });
  });
  return { rows, leftovers };
}

/** A cell with nothing printed in it: located where it stands, after the last text to its left. */
function emptyCell(p: PendingRow, column: number): SourceCell {
  const span = column >= 0 ? p.columns[column]! : null;
  const x = span ? (span.x0 + span.x1) / 2 : (p.columns[0]?.x0 ?? 0);
  const anchor = [...p.band.anchor.runs].sort((a, b) => a.x0 - b.x0);
  const before = anchor.filter((r) => r.x1 <= x).at(-1);
  const ref = anchor[0]!;
  const col = before ? before.column + before.text.length + 1 : ref.column;
  return { text: "", loc: { line: ref.line, column: col, page: p.page, x, y: ref.y } };
}

/** Text left over after the last row of a table: one row per line, one cell per run. */
function looseRows(runs: readonly Run[]): SourceRow[] {
  const byLine = new Map<number, Run[]>();
  for (const r of runs) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  return [...byLine.keys()]
    .sort((a, b) => a - b)
    .map((line) => {
      const cells = byLine
        .get(line)!
        .sort((a, b) => a.x0 - b.x0)
        .map((r) => ({ text: r.text, loc: locOf(r) }));
      return { cells, loc: cells[0]!.loc };
    });
}
