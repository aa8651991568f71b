import type { Cell } from "../model/index.js";

/** A count cell that takes part in arithmetic: a number that is a whole number. */
export function countOf(cell: Cell | undefined): number | null {
  if (!cell || cell.status !== "number" || cell.value === null || !Number.isSafeInteger(cell.value)) return null;
  return cell.value;
}

/** Σ of count cells, or null when any is not assessable (blank, '/', text, missing, a fraction). */
export function sumCounts(cells: readonly (Cell | undefined)[]): number | null {
  let s = 0;
  for (const c of cells) {
    const v = countOf(c);
    if (v === null) return null;
    s += v;
  }
  return s;
}
