/**
 * How much of this year's text repeats last year's, for XY-SIMILARITY.
 *
 * Chinese is written without spaces, so word-based measures would need a segmenter and its
 * dictionary (core depends on zod and yaml only). Character n-grams ("shingles") need neither.
 * Their length decides what counts as repetition: bigrams are roughly words, and any two reports
 * on 政府信息公开 share most of their words, so bigram overlap is high even between reports of
 * different agencies. Five characters is about a short phrase: two independently written texts
 * on the same topic share few five-character runs outside fixed terms, while a copied sentence
 * shares all of its own.
 *
 * The measure is coverage: the share of this year's characters that lie inside some shingle also
 * found in last year's text. Unlike a symmetric (Jaccard) score it answers the question the
 * assessment asks, "how much of this year's report was already in last year's", and a short
 * text copied into a longer one still counts as fully repeated.
 */

/** Characters per shingle: about a short phrase (see above). */
export const SHINGLE_LENGTH = 5;

/**
 * Years, counts and percentages change every year even in a copied text; they are removed so
 * that "2023年收到申请21件" and "2024年收到申请95件" compare as the same sentence. Chinese-numeral
 * years (二〇二三年) are removed too; other Chinese numerals are part of words (一定, 进一步) and stay.
 */
const NUMBERS = /[0-9]+(?:[.,][0-9]+)*%?|[〇零一二三四五六七八九]{4}(?=年)/gu;
/** Only letters carry wording: punctuation, spaces and symbols are layout. */
const NOT_WORDING = /[^\p{L}]/gu;

/** The text as compared: wording only, without numbers, punctuation or spacing. */
export function comparableText(text: string): string {
  return text.normalize("NFKC").replace(NUMBERS, "").replace(NOT_WORDING, "").toLowerCase();
}

function shingleSet(comparable: string, k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= comparable.length; i++) out.add(comparable.slice(i, i + k));
  return out;
}

export interface Repetition {
  /** Share of this year's comparable characters found in last year's text, 0…1. */
  readonly ratio: number;
  /** Comparable length of this year's text, in characters. */
  readonly length: number;
}

/**
 * The share of `current` that repeats any of `previous` (compared separately, so no shingle
 * spans the join between two of last year's texts).
 */
export function repetition(current: string, previous: readonly string[], k: number = SHINGLE_LENGTH): Repetition {
  const cur = comparableText(current);
  if (cur.length < k) return { ratio: 0, length: cur.length };
  const seen = new Set<string>();
  for (const p of previous) for (const s of shingleSet(comparableText(p), k)) seen.add(s);
  let covered = 0;
  // The end (exclusive) of the run covered so far: overlapping shingles must not count twice.
  let coveredTo = 0;
  for (let i = 0; i + k <= cur.length; i++) {
    if (!seen.has(cur.slice(i, i + k))) continue;
    const from = Math.max(i, coveredTo);
    covered += i + k - from;
    coveredTo = i + k;
  }
  return { ratio: covered / cur.length, length: cur.length };
}
