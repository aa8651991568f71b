/**
 * Ranking the cuts of a glued run of digits that the importer could not settle (several cuts fit,
 * or none does because the published table itself does not add up). The row stays unread; the
 * ranking only orders what the author is shown, likeliest first: fewest broken relations (the
 * row's own, and those with the other rows of its table), then agreement with the numbers the
 * report's prose states, then agreement with last year's report, then the smallest discrepancy
 * (a misprint is off by a little), then plausible magnitudes.
 * Pure: the caller says what each relation is.
 */
import { splits } from "./flattened-split.js";
import { spacedSplits } from "./spaced-split.js";

/** Past this many cuts a run is not ranked: no one reading stands out among so many. */
export const RANK_CAP = 5000;

/** How many cuts are shown to the author. */
export const SHOWN_CANDIDATES = 3;

export interface RankContext {
  /** Cells of the row. */
  readonly width: number;
  /** The relations a reading breaks (the row's total, column sums with other rows …). */
  readonly broken: (values: readonly number[]) => Breaks;
  /** Counts the report's prose states (「共收到政府信息公开申请 20 件」 → 20). */
  readonly prose: ReadonlySet<number>;
  /** How many relations with last year's report a reading keeps (0 when there is none). */
  readonly lastYear: (values: readonly number[]) => number;
}

export interface Breaks {
  /** How many relations do not hold. */
  readonly count: number;
  /** By how much, in all: Σ |left side − right side|. */
  readonly gap: number;
}

/** Adds up the relations of a reading: each `[left, right]` pair that differs is one broken relation. */
export function breaks(pairs: readonly (readonly [number, number])[]): Breaks {
  let count = 0;
  let gap = 0;
  for (const [a, b] of pairs)
    if (a !== b) {
      count++;
      gap += Math.abs(a - b);
    }
  return { count, gap };
}

export interface RankedCut {
  readonly values: readonly number[];
  /** Relations of the table this reading breaks. */
  readonly broken: number;
  /** By how much they are broken. */
  readonly gap: number;
  /** Digits of the reading's numbers (of two digits or more) that the prose states. */
  readonly prose: number;
  /** Relations with last year's report this reading keeps. */
  readonly lastYear: number;
  /** Prior of the magnitudes, higher is likelier: balanced digit counts (88 55 698 over 88 5 5698), then small counts (19 1 over 1 91). */
  readonly prior: number;
}

/**
 * The cuts of a run into `width` numbers, up to `max`: a glued run (「34089」) anywhere, a partly
 * spaced one (「20 155」, 「100 0 0 00」) only within each group, its spaces standing as boundaries.
 * `complete` is false when more cuts may exist than were listed.
 */
export function cutsOf(digits: string, width: number, max: number): { cuts: string[][]; complete: boolean } {
  const groups = digits.split(" ").filter(Boolean);
  if (groups.length <= 1) {
    const cuts = splits(digits.trim(), width, max);
    return { cuts, complete: cuts.length < max };
  }
  const { options, capped } = spacedSplits(groups, width, "none", max);
  return { cuts: options.map((o) => [...o]), complete: !capped };
}

/** Every cut of `digits` into `ctx.width` numbers, likeliest first; empty past RANK_CAP cuts. */
export function rankCuts(digits: string, ctx: RankContext): RankedCut[] {
  const { cuts: all, complete } = cutsOf(digits, ctx.width, RANK_CAP + 1);
  if (all.length === 0 || !complete) return [];
  return all
    .map((texts) => {
      const values = texts.map(Number);
      const { count, gap } = ctx.broken(values);
      return {
        values,
        broken: count,
        gap,
        prose: proseAgreement(values, ctx.prose),
        lastYear: ctx.lastYear(values),
        prior: magnitudePrior(texts),
      };
    })
    .sort(
      (a, b) =>
        a.broken - b.broken || b.prose - a.prose || b.lastYear - a.lastYear || a.gap - b.gap || b.prior - a.prior,
    );
}

/**
 * −Σ (digits of each number)², so that a run is cut into numbers of like length (a 4-digit count
 * among 2-digit ones is rare); ties go to the smaller numbers, −Σ log(v + 1) scaled below one
 * digit's step (19 1 over 1 91).
 */
export function magnitudePrior(texts: readonly string[]): number {
  const digits = texts.reduce((s, t) => s + t.length ** 2, 0);
  const size = texts.reduce((s, t) => s + Math.log(Number(t) + 1), 0);
  return -digits - size / 1000;
}

/**
 * The digits of the distinct numbers of a reading that the prose states. A single digit is no
 * evidence: a page states 「5个」 somewhere as often as not.
 */
export function proseAgreement(values: readonly number[], prose: ReadonlySet<number>): number {
  let score = 0;
  for (const v of new Set(values)) if (v >= 10 && prose.has(v)) score += String(v).length;
  return score;
}

/** A count as prose states it: a number followed by a counting word (件 条 份 …). */
const STATED_COUNT = /(\d+(?:\.\d+)?)\s*(?:件|条|份|个|项|次|人次|起|宗|万元|元)/gu;

/** The counts a text states; years, dates and phone numbers are not followed by a counting word. */
export function statedCounts(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(STATED_COUNT)) out.add(Number(m[1]));
  return out;
}
