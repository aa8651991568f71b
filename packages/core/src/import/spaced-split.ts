/**
 * Cutting a row whose cells are partly separated (平潭 2021:「0 0 0 0 0 00」, 「10 0 0 0 01」): every
 * space that stands is a boundary between cells, and only the groups of digits between the spaces
 * may hide several cells. Each group is cut as a glued run is (no leading zeros); the cuts of the
 * groups together must give the row its width, and the row's relation (a total, table 四's
 * blocks) must hold. Enumeration is bounded: past the bound the row is simply ambiguous.
 */
import { splits } from "./flattened-split.js";
import type { Relation } from "./values.js";

/** The longest enumeration tried: rows of the field have a handful of cuts at most. */
const MAX_VISITS = 20_000;
/** Stop collecting past this many accepted cuts; the caller only needs "one" or "several". */
const CAP = 64;

export interface SpacedCuts {
  /** Every accepted cut (up to the cap), as the row's cells in order. */
  readonly options: readonly (readonly string[])[];
  /** The enumeration stopped early: more cuts may exist, so none may be taken as the only one. */
  readonly capped: boolean;
}

/** Whether the cells of a row hold together under its relation. */
export function holds(cells: readonly string[], relation: Relation): boolean {
  const n = cells.map(Number);
  const adds = (from: number, to: number) => n.slice(from, to - 1).reduce((s, v) => s + v, 0) === n[to - 1];
  if (relation === "total") return adds(0, n.length);
  if (relation === "blocks")
    return n.length % 5 === 0 && Array.from({ length: n.length / 5 }, (_, b) => adds(5 * b, 5 * b + 5)).every(Boolean);
  return true;
}

/**
 * Every cut of the space-separated `groups` of digits into `width` cells that the relation accepts,
 * up to `cap` of them (the reader needs "one" or "several"; the ranking of unread rows needs them all).
 */
export function spacedSplits(groups: readonly string[], width: number, relation: Relation, cap = CAP): SpacedCuts {
  const options: string[][] = [];
  const digits = groups.map((g) => g.length);
  let visits = 0;
  let capped = false;
  const acc: string[] = [];
  const walk = (g: number) => {
    if (capped) return;
    if (g === groups.length) {
      if (++visits > Math.max(MAX_VISITS, cap) || options.length >= cap) capped = true;
      else if (acc.length === width && holds(acc, relation)) options.push([...acc]);
      return;
    }
    const left = width - acc.length;
    const laterGroups = groups.length - g - 1;
    const laterDigits = digits.slice(g + 1).reduce((s, d) => s + d, 0);
    // This group takes at least one cell and leaves each later group at least one, at most one per digit.
    for (let k = Math.max(1, left - laterDigits); k <= Math.min(digits[g]!, left - laterGroups); k++) {
      const cuts = splits(groups[g]!, k, cap);
      // A group with more cuts than were listed could hide the right one: the row is ambiguous.
      if (cuts.length >= cap) capped = true;
      for (const cut of cuts) {
        acc.push(...cut);
        walk(g + 1);
        acc.length -= cut.length;
        if (capped) return;
      }
    }
  };
  if (groups.every((g) => /^\d+$/.test(g))) walk(0);
  return { options, capped };
}
