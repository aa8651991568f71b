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
 * The text as compared: wording only, without numbers, punctuation or spacing. That is, after
 * NFKC: the letters (Unicode L), lower-cased, without the Chinese-numeral years.
 *
 * Years, counts and percentages change every year even in a copied text; they go, so that
 * "2023年收到申请21件" and "2024年收到申请95件" compare as the same sentence. Arabic figures are not
 * letters and go with the punctuation; Chinese-numeral years (二〇二三年: four numerals right
 * before 年) are taken out too, while other Chinese numerals are part of words (一定, 进一步) and
 * stay. One pass over char codes: a supervising office's batch compares thousands of pairs.
 */
export function comparableText(text: string): string {
  const s = text.normalize("NFKC");
  const out = new Uint16Array(s.length);
  let n = 0;
  // The run of Chinese numerals just read, and how many of them were kept (〇 is not a letter).
  let run = 0;
  let keptInRun: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === NIAN && run >= 4) {
      // The last four numerals before 年 are a year: take back those that were kept.
      for (let k = run - 4; k < run; k++) n -= keptInRun[k]!;
    }
    if (isYearNumeral(c)) {
      if (run === 0) keptInRun = [];
      const letter = c !== LING_ZERO;
      if (letter) out[n++] = c;
      keptInRun.push(letter ? 1 : 0);
      run++;
      continue;
    }
    run = 0;
    if ((c >= 0x4e00 && c <= 0x9fef) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) out[n++] = c;
    else if (c < 0x80) continue;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate could pair up with another once the figures between them are gone:
      // such a text (never a real one) is compared by the plain definition.
      if (c > 0xdbff || !isLowSurrogate(s.charCodeAt(i + 1))) return byDefinition(s);
      if (LETTER.test(s.slice(i, i + 2))) {
        out[n++] = c;
        out[n++] = s.charCodeAt(i + 1);
      }
      i++;
    } else if (
      c >= PUNCTUATION_FROM && c < PUNCTUATION_FROM + PUNCTUATION_LETTERS.length
        ? PUNCTUATION_LETTERS[c - PUNCTUATION_FROM] === 1
        : LETTER.test(String.fromCharCode(c))
    )
      out[n++] = c;
  }
  return fromCharCodes(out, n).toLowerCase();
}

/** The comparable text by its definition, in three passes; `nfkc` is already normalised. */
function byDefinition(nfkc: string): string {
  return nfkc.replace(NUMBERS, "").replace(NOT_WORDING, "").toLowerCase();
}
const NUMBERS = /[0-9]+(?:[.,][0-9]+)*%?|[〇零一二三四五六七八九]{4}(?=年)/gu;
const NOT_WORDING = /[^\p{L}]/gu;

const NIAN = 0x5e74;
const LING_ZERO = 0x3007;
/** 〇零一二三四五六七八九, tested for every character of every compared text. */
function isYearNumeral(c: number): boolean {
  switch (c) {
    case 0x3007: // 〇
    case 0x96f6: // 零
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
      return true;
    default:
      return false;
  }
}
const LETTER = /^\p{L}$/u;
/**
 * Which characters of General Punctuation to CJK Symbols (U+2000–U+303F: “”—…、。《》 and the
 * like, which Chinese prose is full of) are letters (々, 〆 …), tested once at load rather than
 * for every occurrence.
 */
const PUNCTUATION_FROM = 0x2000;
const PUNCTUATION_LETTERS: Uint8Array = Uint8Array.from({ length: 0x3040 - PUNCTUATION_FROM }, (_, i) =>
  LETTER.test(String.fromCharCode(PUNCTUATION_FROM + i)) ? 1 : 0,
);

/** The string of the first `n` codes; in chunks, as a call takes only so many arguments. */
function fromCharCodes(codes: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += 4096)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The distinct shingles of some texts, for asking of any place in another text whether the
 * shingle starting there is among them. An open-addressing table of positions into the texts
 * themselves: no substring is copied and nothing is allocated per shingle, which matters when a
 * supervising office checks thousands of pairs. Hashes only choose a slot; membership is decided
 * by comparing the characters, so the answer is exact.
 */
export class ShingleTable {
  private readonly joined: string;
  private readonly slots: Int32Array;
  /** Per slot, which of the texts hold the shingle (bit i for text i), when there are at most 31. */
  private readonly owners: Int32Array | null;
  private readonly mask: number;
  /** B^(k-1), to take the first character out of a rolling hash. */
  private readonly top: number;
  readonly texts: number;

  /** `comparable`: texts as `comparableText` gives them; no shingle spans two of them. */
  constructor(
    comparable: readonly string[],
    private readonly k: number = SHINGLE_LENGTH,
  ) {
    // Texts are joined so one table addresses them all; shingles that would cross a join are never added.
    this.joined = comparable.join("");
    this.texts = comparable.length;
    this.top = power(k - 1);
    let count = 0;
    for (const t of comparable) count += Math.max(0, t.length - k + 1);
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.owners = comparable.length <= 31 ? new Int32Array(size) : null;
    this.mask = size - 1;
    let offset = 0;
    comparable.forEach((t, owner) => {
      this.eachHash(t, (i, h) => this.add(offset + i, owner, h));
      offset += t.length;
    });
  }

  /** Whether the shingle of `text` starting at `at` is in the table. */
  has(text: string, at: number): boolean {
    return at >= 0 && at + this.k <= text.length && this.find(text, at, hashAt(text, at, this.k)) >= 0;
  }

  /** For each place of `text` where a shingle starts, its slot in the table, or -1 when the table lacks it. */
  lookUp(text: string): Int32Array {
    const out = new Int32Array(Math.max(0, text.length - this.k + 1));
    this.eachHash(text, (i, h) => (out[i] = this.find(text, i, h)));
    return out;
  }

  /**
   * For each of the table's texts, the share of `comparable` its own shingles cover: what
   * `coverage` would give against a table of that text alone, in one pass over `comparable`.
   * Null when the table holds too many texts to tell them apart.
   */
  coverageByText(comparable: string): number[] | null {
    const { owners, k } = this;
    if (!owners) return null;
    const covered = new Array<number>(this.texts).fill(0);
    const coveredTo = new Array<number>(this.texts).fill(0);
    const length = comparable.length;
    if (length < k) return covered;
    const found = this.lookUp(comparable);
    for (let i = 0; i < found.length; i++) {
      const slot = found[i]!;
      if (slot < 0) continue;
      for (let bits = owners[slot]!, t = 0; bits !== 0; bits >>>= 1, t++) {
        if ((bits & 1) === 0) continue;
        covered[t] = covered[t]! + i + k - Math.max(i, coveredTo[t]!);
        coveredTo[t] = i + k;
      }
    }
    return covered.map((c) => c / length);
  }

  /** Calls `visit` with each place of `text` where a shingle starts and the shingle's hash, rolled along. */
  private eachHash(text: string, visit: (at: number, hash: number) => void): void {
    const { k, top } = this;
    if (text.length < k) return;
    let h = hashAt(text, 0, k);
    visit(0, h);
    for (let i = 1; i + k <= text.length; i++) {
      h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), top), BASE) + text.charCodeAt(i + k - 1)) | 0;
      visit(i, h);
    }
  }

  private find(text: string, at: number, hash: number): number {
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.slots[slot]!;
      if (stored === 0) return -1;
      if (sameShingle(this.joined, stored - 1, text, at, this.k)) return slot;
    }
  }

  private add(at: number, owner: number, hash: number): void {
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.slots[slot]!;
      // Positions are stored plus one, so that 0 marks an empty slot.
      if (stored === 0) this.slots[slot] = at + 1;
      else if (!sameShingle(this.joined, stored - 1, this.joined, at, this.k)) continue;
      if (this.owners) this.owners[slot]! |= 1 << owner;
      return;
    }
  }
}

/**
 * Shingles are hashed as polynomials in BASE (mod 2^32), so the hash of the next one follows from
 * the last by taking one character out and putting one in. The hash only picks a slot.
 */
const BASE = 0x01000193;

function hashAt(text: string, at: number, k: number): number {
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(at + i)) | 0;
  return h;
}

function power(e: number): number {
  let p = 1;
  for (let i = 0; i < e; i++) p = Math.imul(p, BASE);
  return p;
}

/** Mixes the high bits into the low ones, which choose the slot. */
function spread(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return x ^ (x >>> 16);
}

function sameShingle(a: string, i: number, b: string, j: number, k: number): boolean {
  for (let n = 0; n < k; n++) if (a.charCodeAt(i + n) !== b.charCodeAt(j + n)) return false;
  return true;
}

export interface Repetition {
  /** Share of this year's comparable characters found in last year's text, 0…1. */
  readonly ratio: number;
  /** Comparable length of this year's text, in characters. */
  readonly length: number;
}

/** The share of a comparable text whose characters lie inside some shingle of `table`. */
export function coverage(comparable: string, table: ShingleTable, k: number = SHINGLE_LENGTH): Repetition {
  const length = comparable.length;
  if (length < k) return { ratio: 0, length };
  let covered = 0;
  // The end (exclusive) of the run covered so far: overlapping shingles must not count twice.
  let coveredTo = 0;
  const found = table.lookUp(comparable);
  for (let i = 0; i < found.length; i++) {
    if (found[i]! < 0) continue;
    covered += i + k - Math.max(i, coveredTo);
    coveredTo = i + k;
  }
  return { ratio: covered / length, length };
}

/**
 * The share of `current` that repeats any of `previous` (compared separately, so no shingle
 * spans the join between two of last year's texts).
 */
export function repetition(current: string, previous: readonly string[], k: number = SHINGLE_LENGTH): Repetition {
  return coverage(comparableText(current), new ShingleTable(previous.map(comparableText), k), k);
}
