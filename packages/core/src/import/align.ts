/**
 * Placing the data rows of a published table on the rows of the form. Rows whose label names a row
 * of the form are anchors; they must follow the form's order, and the largest consistent set of
 * them is kept. Between two anchors, rows without a label (a converter dropped it, 上海科委 2024)
 * take the form's rows left between those anchors, in order, but only when the counts agree: one
 * row too many or too few and the rows are reported instead of being guessed.
 */

export interface AlignRow {
  /** The form rows the label names; null when the row has no usable label. */
  readonly ids: readonly string[] | null;
  /** How sure the label match is (higher is surer). */
  readonly weight: number;
  /** The row has the shape of a data row of this table (for rows without a label). */
  readonly eligible: boolean;
}

export interface Placement {
  readonly row: number;
  readonly byPosition: boolean;
}

export interface Alignment {
  readonly placed: ReadonlyMap<string, Placement>;
  /** Rows with numbers that were not placed (out of order, duplicated, or between anchors with the wrong count). */
  readonly unplaced: readonly number[];
  /** Rows labelled out of the form's order or twice. */
  readonly conflicting: readonly number[];
}

export function align(rows: readonly AlignRow[], sequence: readonly string[]): Alignment {
  const pos = new Map(sequence.map((id, i) => [id, i]));
  // Heaviest chain of labelled rows whose form positions increase (a weighted longest increasing
  // subsequence where a row may name several form rows).
  const nodes: { row: number; leaf: number; prev: number }[] = [];
  const bestWeight = new Array<number>(sequence.length).fill(-1);
  const bestNode = new Array<number>(sequence.length).fill(-1);
  rows.forEach((r, ri) => {
    if (!r.ids) return;
    const updates: { leaf: number; weight: number; prev: number }[] = [];
    for (const id of r.ids) {
      const leaf = pos.get(id);
      if (leaf === undefined) continue;
      let weight = 0;
      let prev = -1;
      for (let k = 0; k < leaf; k++)
        if (bestWeight[k]! > weight) {
          weight = bestWeight[k]!;
          prev = bestNode[k]!;
        }
      updates.push({ leaf, weight: weight + r.weight, prev });
    }
    // Applied after the row is done, so one row never follows itself.
    for (const u of updates)
      if (u.weight > bestWeight[u.leaf]!) {
        nodes.push({ row: ri, leaf: u.leaf, prev: u.prev });
        bestWeight[u.leaf] = u.weight;
        bestNode[u.leaf] = nodes.length - 1;
      }
  });
  let end = -1;
  for (let j = 0; j < sequence.length; j++)
    if (bestWeight[j]! > 0 && (end < 0 || bestWeight[j]! > bestWeight[end]!)) end = j;
  const anchors: { row: number; leaf: number }[] = [];
  for (let n = end >= 0 ? bestNode[end]! : -1; n >= 0; n = nodes[n]!.prev)
    anchors.unshift({ row: nodes[n]!.row, leaf: nodes[n]!.leaf });

  const placed = new Map<string, Placement>();
  for (const a of anchors) placed.set(sequence[a.leaf]!, { row: a.row, byPosition: false });
  const anchored = new Set(anchors.map((a) => a.row));
  const conflicting = rows
    .map((r, i) => (r.ids && r.ids.some((id) => pos.has(id)) && !anchored.has(i) ? i : -1))
    .filter((i) => i >= 0);
  const unplaced: number[] = [...conflicting];
  // Fill the gaps between anchors with the unlabelled rows, when the counts agree.
  const bounds = [{ row: -1, leaf: -1 }, ...anchors, { row: rows.length, leaf: sequence.length }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    const free: number[] = [];
    for (let i = a.row + 1; i < b.row; i++) if (!rows[i]!.ids && rows[i]!.eligible) free.push(i);
    const leaves: number[] = [];
    for (let j = a.leaf + 1; j < b.leaf; j++) leaves.push(j);
    if (free.length === leaves.length)
      free.forEach((ri, n) => placed.set(sequence[leaves[n]!]!, { row: ri, byPosition: true }));
    else unplaced.push(...free);
  }
  return { placed, unplaced: unplaced.sort((x, y) => x - y), conflicting };
}
