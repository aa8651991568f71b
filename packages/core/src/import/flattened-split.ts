/**
 * Cutting a glued run of digits back into cells (平潭's 「713000074」 = 71 3 0 0 0 0 74). A cut is
 * valid when no number has a leading zero; the arithmetic of the form then narrows the cuts: a row
 * of table 三 has its six applicant cells adding up to 总计 (FORMAT I1), a block of table 四 has its
 * four results adding up to 总计 (I4). Table 二 has no relation, so only a run with a single valid
 * cut can be read. Enumeration is capped: past the cap a run is simply ambiguous.
 */

const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Stop enumerating past this many cuts; the caller only needs to know "one" or "several". */
export const SPLIT_CAP = 64;

/** Longest run tried; a real row of table 三 glues at most a few dozen digits. */
const MAX_DIGITS = 48;
/** Longest number in a cut: past 15 digits a JS number no longer adds up exactly. */
const MAX_PART = 15;

/** Every cut of `digits` into `parts` numbers without leading zeros (up to `cap`). */
export function splits(digits: string, parts: number, cap = SPLIT_CAP): string[][] {
  const out: string[][] = [];
  if (digits.length > MAX_DIGITS || parts < 1) return out;
  const walk = (at: number, acc: string[]) => {
    if (out.length >= cap) return;
    if (acc.length === parts - 1) {
      const last = digits.slice(at);
      if (NUMBER.test(last)) out.push([...acc, last]);
      return;
    }
    // Leave at least one character for each remaining part.
    for (let end = at + 1; end <= digits.length - (parts - acc.length - 1); end++) {
      const piece = digits.slice(at, end);
      if (!NUMBER.test(piece)) {
        if (piece.length > 1 && piece[0] === "0" && piece[1] !== ".") break;
        continue;
      }
      acc.push(piece);
      walk(end, acc);
      acc.pop();
      if (out.length >= cap) return;
    }
  };
  walk(0, []);
  return out;
}

/**
 * Every cut of `digits` into `parts` numbers whose last one is the sum of the others (a row with
 * its total: parts = 7 for table 三, 5 for a block of table 四). Integers only.
 */
export function splitsWithTotal(digits: string, parts: number, cap = SPLIT_CAP): number[][] {
  const out: number[][] = [];
  if (!/^\d+$/.test(digits) || digits.length > MAX_DIGITS || parts < 2) return out;
  for (let t = 1; t <= digits.length - (parts - 1); t++) {
    const totalText = digits.slice(digits.length - t);
    if (t > MAX_PART) break;
    if (!NUMBER.test(totalText)) continue;
    const total = Number(totalText);
    const head = digits.slice(0, digits.length - t);
    const acc: number[] = [];
    const walk = (at: number, sum: number) => {
      if (out.length >= cap) return;
      if (acc.length === parts - 2) {
        const lastText = head.slice(at);
        if (!NUMBER.test(lastText) || lastText.length > MAX_PART) return;
        if (sum + Number(lastText) === total) out.push([...acc, Number(lastText), total]);
        return;
      }
      for (let end = at + 1; end <= head.length - (parts - 2 - acc.length); end++) {
        const piece = head.slice(at, end);
        if (!NUMBER.test(piece) || piece.length > MAX_PART) break;
        const v = Number(piece);
        // Counts only grow with more digits, so a piece past the total ends this branch.
        if (sum + v > total) break;
        acc.push(v);
        walk(end, sum + v);
        acc.pop();
      }
    };
    walk(0, 0);
  }
  return out;
}

/** Every cut of a glued table 四 (three blocks of five, each adding up) into its 15 cells. */
export function splitsTable4(digits: string, blocks = 3, cap = SPLIT_CAP): number[][] {
  const out: number[][] = [];
  if (!/^\d+$/.test(digits) || digits.length > MAX_DIGITS) return out;
  const walk = (at: number, acc: number[]) => {
    if (out.length >= cap) return;
    const left = blocks - acc.length / 5;
    if (left === 0) {
      if (at === digits.length) out.push([...acc]);
      return;
    }
    for (let end = at + 5; end <= digits.length - 5 * (left - 1); end++) {
      for (const block of splitsWithTotal(digits.slice(at, end), 5, cap)) {
        walk(end, [...acc, ...block]);
        if (out.length >= cap) return;
      }
    }
  };
  walk(0, []);
  return out;
}

/**
 * The one choice, among each item's candidates, that satisfies `accept`; null when none or several
 * do (or when there are too many combinations to try).
 */
export function uniqueChoice<T>(
  candidates: readonly (readonly T[])[],
  accept: (choice: readonly T[]) => boolean,
  maxCombinations = 100_000,
): T[] | null {
  let combos = 1;
  for (const c of candidates) {
    combos *= c.length;
    if (combos === 0 || combos > maxCombinations) return null;
  }
  let found: T[] | null = null;
  const choice: T[] = [];
  const walk = (i: number): boolean => {
    if (i === candidates.length) {
      if (!accept(choice)) return true;
      if (found) return false;
      found = [...choice];
      return true;
    }
    for (const c of candidates[i]!) {
      choice.push(c);
      const go = walk(i + 1);
      choice.pop();
      if (!go) return false;
    }
    return true;
  };
  return walk(0) ? found : null;
}
