/**
 * Matching the keys an author wrote against the form's keys. Authors copy labels from Word, so a
 * key may carry an ordinal ("1.", "（三）", "二、"), full-width characters, quotes or spaces; those
 * are accepted silently. A near miss is read as the intended key and reported as a mistyped label.
 */

const ORDINAL_PREFIX =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])\s*/u;
const STRIP = /[\s\u3000“”"'‘’「」『』:：，,。、;；]/gu;

/** The ordinal written before a key, e.g. "二" for "二、主动公开政府信息情况". */
export function ordinalOf(key: string): string | null {
  const m = /^([一二三四五六七八九十]+)[、.．]/u.exec(key.trim());
  return m ? m[1]! : null;
}

export function normalizeKey(key: string): string {
  let k = key.normalize("NFKC").trim();
  // Ordinals may stack ("三、（一）予以公开"); strip them all.
  for (let i = 0; i < 3; i++) {
    const next = k.replace(ORDINAL_PREFIX, "");
    if (next === k) break;
    k = next;
  }
  const stripped = k.replace(STRIP, "");
  const note = trailingParenthetical(stripped);
  return note >= 0 && k.length - (stripped.length - note) >= 2 ? stripped.slice(0, note) : stripped;
}

const isOpen = (c: string) => c === "（" || c === "(";
const isClose = (c: string) => c === "）" || c === ")";

/**
 * Where a closing parenthetical at the end of `s` starts ("部分公开（区分处理的…）"), or -1. A
 * linear scan: the regex /[（(][^）)]*[）)]$/ backtracks quadratically on a long run of "(".
 */
function trailingParenthetical(s: string): number {
  const last = s.length - 1;
  if (last < 1 || !isClose(s[last]!)) return -1;
  let start = -1;
  for (let i = last - 1; i >= 0 && !isClose(s[i]!); i--) if (isOpen(s[i]!)) start = i;
  return start;
}

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = prev[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      if (prev[j]! < rowMin) rowMin = prev[j]!;
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length]!;
}

/** Something a key can name: the canonical key and the other spellings that mean it. */
export interface KeyCandidate<T> {
  readonly key: string;
  readonly spellings: readonly string[];
  readonly target: T;
}

export type KeyMatch<T> =
  | { readonly kind: "exact"; readonly candidate: KeyCandidate<T> }
  | { readonly kind: "typo"; readonly candidate: KeyCandidate<T> }
  | { readonly kind: "none"; readonly suggestion: KeyCandidate<T> | null };

/** Precomputed normalised spellings for a set of candidates. */
export class KeyMatcher<T> {
  private readonly exact = new Map<string, KeyCandidate<T>>();
  /**
   * The exact keys that are their own normal form: a key written just so (本年新收) is found
   * without normalising it, which is most of the cost of reading a report's hundred keys.
   */
  private readonly verbatim = new Map<string, KeyCandidate<T>>();
  private readonly all: { norm: string; candidate: KeyCandidate<T> }[] = [];
  /** Past this length a key is too far from every candidate to be a typo or a suggestion. */
  private readonly hopeless: number;
  constructor(readonly candidates: readonly KeyCandidate<T>[]) {
    let longest = 0;
    for (const c of candidates) {
      for (const s of [c.key, ...c.spellings]) {
        const norm = normalizeKey(s);
        if (!this.exact.has(norm)) this.exact.set(norm, c);
        this.all.push({ norm, candidate: c });
        longest = Math.max(longest, norm.length);
      }
    }
    // A suggestion needs distance ≤ ⌈len/2⌉, and the distance is at least the length difference.
    this.hopeless = 2 * longest + 2;
    for (const [norm, c] of this.exact) if (normalizeKey(norm) === norm) this.verbatim.set(norm, c);
  }
  match(written: string): KeyMatch<T> {
    const verbatim = this.verbatim.get(written);
    if (verbatim) return { kind: "exact", candidate: verbatim };
    const norm = normalizeKey(written);
    const hit = this.exact.get(norm);
    if (hit) return { kind: "exact", candidate: hit };
    if (norm.length >= this.hopeless) return { kind: "none", suggestion: null };
    let best: { d: number; candidate: KeyCandidate<T>; norm: string } | null = null;
    for (const e of this.all) {
      const limit = Math.max(e.norm.length, norm.length);
      const d = editDistance(norm, e.norm, limit);
      if (!best || d < best.d) best = { d, candidate: e.candidate, norm: e.norm };
    }
    if (!best) return { kind: "none", suggestion: null };
    const len = Math.max(best.norm.length, norm.length);
    // A typo: a few characters off a label of some length ("其他法律行政止公开").
    if (norm.length >= 2 && best.d <= Math.max(1, Math.floor(len / 4)))
      return { kind: "typo", candidate: best.candidate };
    return { kind: "none", suggestion: best.d <= Math.ceil(len / 2) ? best.candidate : null };
  }
}
