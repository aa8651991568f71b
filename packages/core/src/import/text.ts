/**
 * Small text helpers shared by the format readers and the interpreter: what a value cell looks like,
 * loose label keys for matching fragments of wrapped labels, and the noise of printed pages.
 */
import { cellFromText } from "../read/cells.js";

/** A cell's text stands for a value (a number, possibly with a note, or a placeholder such as '/'). */
export function isValueText(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  const status = cellFromText(t).status;
  return status === "number" || status === "placeholder";
}

/** A run of digits, possibly with a decimal part: the only thing a glued cell may hold. */
export const DIGITS = /^\d+(?:\.\d+)?$/;

// Bounded repeats: an unbounded \d+ before a required '.' backtracks quadratically on a long run of digits.
const ORDINALS =
  /[一二三四五六七八九十]{1,4}[、.．]|[（(][一二三四五六七八九十\d]{1,4}[）)]|(?<!\d)\d{1,3}[.．、](?!\d)/gu;
const NOISE = /[\s\u3000“”"'‘’「」『』:：，,。、;；（）()|·•\-—–_*#]/gu;

/**
 * A label reduced to its characters, for finding the fragments of a label wrapped over several
 * lines or cells: ordinals anywhere, brackets, quotes, punctuation and spaces are dropped.
 */
export function looseKey(text: string): string {
  return text.normalize("NFKC").replace(ORDINALS, "").replace(NOISE, "");
}

/** A printed page number ("-3-", "— 5 —", "第 2 页"): layout, not content. */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  const dashed = /^[-—–－\s]*\d{1,3}[-—–－\s]*$/u.test(t) && /[-—–－]/u.test(t);
  return dashed || /^第\s*\d{1,3}\s*页(?:\s*[/／共]\s*\d{1,3}\s*页?)?$/u.test(t);
}

/**
 * Splits a text such as "行政许可 97" or "0 1 1 0 2" into its label and the value tokens that end
 * it; values must be separated from each other by whitespace. Returns null when it ends in none.
 */
export function splitTrailingValues(text: string): { label: string; values: string[] } | null {
  const tokens = text.trim().split(/[\s\u3000]+/u);
  let i = tokens.length;
  while (i > 0 && isValueText(tokens[i - 1]!)) i--;
  if (i === tokens.length) return null;
  return { label: tokens.slice(0, i).join(" "), values: tokens.slice(i) };
}

/** A text with runs of whitespace reduced to one space, for messages. */
export function clip(text: string, max = 40): string {
  const t = text.replace(/\s+/gu, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
