/**
 * PDF text as fonts map it: a report printed to PDF from Word, WPS or a browser often comes out
 * with Kangxi radicals and compatibility ideographs for ordinary characters (「⾏政机关」: U+2F8F for
 * 行, 「⼈民政府」: U+2F08 for 人). They look the same and mean the same, but no label, heading,
 * title or agency name would match them. They are replaced by the characters they stand for
 * (Unicode compatibility normalisation, NFKC, of those characters only: the rest of the text, its
 * full-width punctuation included, stays as written).
 */

/** CJK Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs (and their supplement). */
const STAND_INS = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]|[\u{2F800}-\u{2FA1F}]/gu;

/** The text with every stand-in ideograph replaced by the character it stands for. */
export function unifyIdeographs(text: string): string {
  return text.replace(STAND_INS, (c) => c.normalize("NFKC"));
}
