/**
 * Group labels: the merged cells left of the row labels ("三、本年度办理结果", "（三）不予公开").
 * Such a label is printed once, centred in its cell, wrapped or set one glyph per line, and may be
 * cut by a page break; which rows it spans has to be worked out. A group spans the consecutive
 * rows whose own labels stand to its right; where one column holds several groups, the rows are
 * shared out where the numbering of the row labels starts again at 1, and failing that so that
 * each group label sits as near the middle of its rows as it can.
 */
import { joinWrapped, type Run } from "./geometry.js";
import { overlaps, spanOf, type Span } from "./columns.js";

/** One row of a block, as the group analysis needs it. */
export interface GroupRow {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  /** Left edge of the row's own label; Infinity when the row has none. */
  readonly labelX0: number;
  /** The row's own label text, for its numbering. */
  readonly label: string;
}

/** A piece of a group label found in a row's band. */
export interface GroupPiece {
  readonly row: number;
  readonly runs: readonly Run[];
}

export interface GroupCell {
  readonly row: number;
  readonly rowSpan: number;
  readonly text: string;
  readonly runs: readonly Run[];
}

/** Pieces further apart than this share of the row pitch are different labels. */
const SAME_LABEL_GAP = 0.75;
/** Steps of the search that shares rows among group labels, past which a simpler rule is used. */
const MAX_SEARCH = 2_000_000;
const RESTART = /^\s*(?:[1１][.．、,，\s]|[（(]\s*[1１一]\s*[)）])/u;

interface Block {
  readonly page: number;
  readonly rows: number[];
  runs: Run[];
  span: { x0: number; x1: number };
  top: number;
  bottom: number;
}

export function groupCells(rows: readonly GroupRow[], pieces: readonly GroupPiece[], pitch: number): GroupCell[] {
  const blocks = mergePieces(pieces, pitch);
  const out: GroupCell[] = [];
  for (const column of columnsOf(blocks)) {
    const right = Math.max(...column.map((b) => b.span.x1));
    const eligible = rows.map((r) => r.labelX0 >= right - 1);
    const runs = eligibleRuns(eligible);
    // A piece that fell in a band whose row is not eligible still belongs to the nearest run.
    const runOfBlock = (b: Block) => nearestRun(runs, Math.min(...b.rows));
    for (const [n, run] of runs.entries()) {
      const inRun = column.filter((b) => runOfBlock(b) === n).sort((a, b) => Math.min(...a.rows) - Math.min(...b.rows));
      const merged = mergeAcrossPages(inRun, rows, run);
      if (merged.length === 0) continue;
      const starts = shareRows(merged, rows, run);
      merged.forEach((block, i) => {
        const start = starts[i]!;
        const end = i + 1 < starts.length ? starts[i + 1]! : run.at(-1)! + 1;
        const runs = block.runs;
        out.push({ row: start, rowSpan: end - start, text: joinWrapped(runs.map((r) => r.text)), runs });
      });
    }
  }
  return out.sort((a, b) => a.row - b.row || spanOf(a.runs).x0 - spanOf(b.runs).x0);
}

/** Joins the pieces of one label: same page, overlapping horizontally, vertically close. */
function mergePieces(pieces: readonly GroupPiece[], pitch: number): Block[] {
  const sorted = [...pieces].sort((a, b) => a.runs[0]!.page - b.runs[0]!.page || b.runs[0]!.top - a.runs[0]!.top);
  const blocks: Block[] = [];
  for (const piece of sorted) {
    const span = spanOf(piece.runs);
    const top = Math.max(...piece.runs.map((r) => r.top));
    const bottom = Math.min(...piece.runs.map((r) => r.bottom));
    const page = piece.runs[0]!.page;
    const hit = blocks.find(
      (b) => b.page === page && overlaps(b.span, span, 0) && b.bottom - top <= SAME_LABEL_GAP * pitch,
    );
    if (hit) {
      hit.runs = [...hit.runs, ...piece.runs].sort((a, b) => b.center - a.center || a.x0 - b.x0);
      hit.rows.push(piece.row);
      hit.span = { x0: Math.min(hit.span.x0, span.x0), x1: Math.max(hit.span.x1, span.x1) };
      hit.top = Math.max(hit.top, top);
      hit.bottom = Math.min(hit.bottom, bottom);
    } else blocks.push({ page, rows: [piece.row], runs: [...piece.runs], span, top, bottom });
  }
  return blocks;
}

/** Blocks sharing a column (overlapping horizontally), each column's blocks in row order. */
function columnsOf(blocks: readonly Block[]): Block[][] {
  const columns: { span: { x0: number; x1: number }; blocks: Block[] }[] = [];
  for (const b of [...blocks].sort((a, c) => a.span.x0 - c.span.x0)) {
    const hit = columns.find((c) => overlaps(c.span, b.span, 0));
    if (hit) {
      hit.blocks.push(b);
      hit.span.x1 = Math.max(hit.span.x1, b.span.x1);
    } else columns.push({ span: { ...b.span }, blocks: [b] });
  }
  return columns.map((c) => c.blocks);
}

function eligibleRuns(eligible: readonly boolean[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  eligible.forEach((ok, i) => {
    if (ok) current.push(i);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

function nearestRun(runs: readonly (readonly number[])[], row: number): number {
  let best = -1;
  let distance = Infinity;
  runs.forEach((run, i) => {
    const d = row < run[0]! ? run[0]! - row : row > run.at(-1)! ? row - run.at(-1)! : 0;
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

const restarts = (row: GroupRow) => RESTART.test(row.label);

/**
 * A label cut by a page break comes as two blocks: the last one of a page and one at the top of
 * the next, where the numbering of the rows does not start again.
 */
function mergeAcrossPages(blocks: readonly Block[], rows: readonly GroupRow[], run: readonly number[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    const firstOnPage = run.find((r) => rows[r]!.page === b.page)!;
    const atTop = b.page !== prev?.page && Math.min(...b.rows) === firstOnPage;
    if (prev && prev.page < b.page && atTop && !restarts(rows[firstOnPage]!)) {
      out[out.length - 1] = { ...prev, runs: [...prev.runs, ...b.runs], rows: [...prev.rows, ...b.rows] };
    } else out.push(b);
  }
  return out;
}

/** The first row of each block's share of the run. */
function shareRows(blocks: readonly Block[], rows: readonly GroupRow[], run: readonly number[]): number[] {
  if (blocks.length === 1) return [run[0]!];
  const restartRows = run.slice(1).filter((r) => restarts(rows[r]!));
  if (restartRows.length === blocks.length - 1) return [run[0]!, ...restartRows];
  return centredShares(blocks, rows, run);
}

/**
 * Shares the rows out so that each block sits as near as it can to the middle of its rows
 * (dynamic programming over the split points; a block and its rows are compared on the block's page).
 */
function centredShares(blocks: readonly Block[], rows: readonly GroupRow[], run: readonly number[]): number[] {
  const n = run.length;
  const k = blocks.length;
  if (k > n) return blocks.map((_, i) => run[Math.min(i, n - 1)]!);
  // No real table has this many rows and groups; a hostile file must not make the search explode.
  if (k * n * n > MAX_SEARCH) return topShares(blocks, rows, run);
  const cost = (block: Block, from: number, to: number): number => {
    const part = run
      .slice(from, to)
      .map((r) => rows[r]!)
      .filter((r) => r.page === block.page);
    if (part.length === 0) return 1e6;
    const middle = (Math.max(...part.map((r) => r.top)) + Math.min(...part.map((r) => r.bottom))) / 2;
    return Math.abs((block.top + block.bottom) / 2 - middle);
  };
  // best[j][i]: least cost of giving the first i rows to the first j blocks.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n - (k - j); i++) {
      for (let s = j - 1; s < i; s++) {
        const c = best[j - 1]![s]! + cost(blocks[j - 1]!, s, i);
        if (c < best[j]![i]!) [best[j]![i], from[j]![i]] = [c, s];
      }
    }
  }
  const starts: number[] = [];
  let i = n;
  for (let j = k; j >= 1; j--) {
    const s = from[j]![i]!;
    starts.unshift(run[s]!);
    i = s;
  }
  return starts;
}

/** Each block starts at the row beside its top edge (never before the previous block's start). */
function topShares(blocks: readonly Block[], rows: readonly GroupRow[], run: readonly number[]): number[] {
  const starts: number[] = [];
  let from = 0;
  blocks.forEach((block, i) => {
    let at =
      i === 0 ? 0 : run.findIndex((r, j) => j > from && rows[r]!.page === block.page && rows[r]!.bottom < block.top);
    if (at < 0) at = Math.min(from + 1, run.length - 1);
    starts.push(run[at]!);
    from = at;
  });
  return starts;
}

export type { Span };
