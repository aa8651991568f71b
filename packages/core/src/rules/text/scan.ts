/**
 * Finds the counted figures of a narrative text: a number followed by a unit (3119 件, 2950 元,
 * 17.46%). Everything else (years, 条, 个, 期 …) is left alone: the text rules compare only what the
 * tables count.
 */

export type Unit = "件" | "元" | "万元" | "%";

export interface Mention {
  /** Index of the first digit in the text. */
  readonly start: number;
  /** Index just after the last digit. */
  readonly end: number;
  /** The number as a canonical decimal string ("3119", "17.46"), separators removed. */
  readonly value: string;
  readonly unit: Unit;
  /** Index just after the unit. */
  readonly unitEnd: number;
  /** "近 300 件", "5500 余件": not an exact figure, never compared. */
  readonly approximate: boolean;
  /** Index of the sentence (split at 。！？ and line breaks) the mention sits in. */
  readonly sentence: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
}

/**
 * Full-width digits, decimal point and percent sign read as ASCII, keeping every index (each is one
 * UTF-16 unit). The full-width comma stays: in Chinese prose it separates clauses, not thousands.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 。！？!? or a line break. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])/g;
const UNIT_AFTER = /^\s*(余|多)?\s*(件|万元|元|%)/;
const APPROXIMATE_BEFORE = /(?:近|约|超过|超|逾|将近|大约)\s*$/;

export function mentions(text: string, sents: readonly Sentence[] = sentences(text)): Mention[] {
  const t = asciiDigits(text);
  const out: Mention[] = [];
  let s = 0;
  for (const m of t.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const unit = UNIT_AFTER.exec(t.slice(end, end + 8));
    if (!unit) continue;
    while (s < sents.length - 1 && sents[s]!.end <= start) s++;
    const value = m[0].replace(/,/g, "").replace(/^0+(?=\d)/, "");
    out.push({
      start,
      end,
      value,
      unit: unit[2] as Unit,
      unitEnd: end + unit[0].length,
      approximate: !!unit[1] || APPROXIMATE_BEFORE.test(t.slice(Math.max(0, start - 4), start)),
      sentence: s,
    });
  }
  return out;
}
