import type { Range } from "../source/index.js";

/**
 * Cheap linear passes over the raw text, run before the YAML parser: some inputs (flow collections
 * nested a hundred thousand deep) make the parser itself take many seconds and report an error per
 * line, so they are refused before it sees them.
 */

/** The first line longer than `max` UTF-16 units, or null. */
export function longLine(text: string, max: number): { range: Range; length: number } | null {
  // No line is longer than the whole text.
  if (text.length <= max) return null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end - start > max) return { range: { start, end: start + 1 }, length: end - start };
    start = end + 1;
  }
  return null;
}

const OPEN_SQUARE = 0x5b;
const OPEN_CURLY = 0x7b;
const CLOSE_SQUARE = 0x5d;
const CLOSE_CURLY = 0x7d;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const HASH = 0x23;
const BACKSLASH = 0x5c;
const LF = 0x0a;

/** Characters after which a quote opens a quoted scalar rather than sitting inside a plain one. */
function opensScalar(prev: number): boolean {
  return (
    prev === -1 ||
    prev === 0x20 ||
    prev === 0x09 ||
    prev === LF ||
    prev === 0x0d ||
    prev === OPEN_SQUARE ||
    prev === OPEN_CURLY ||
    prev === 0x2c ||
    prev === 0x3a ||
    prev === 0x2d
  );
}

/**
 * How deep flow collections (`[`, `{`) nest, measured until `max` is exceeded. Comments and
 * one-line quoted scalars are skipped; brackets anywhere else count, even in prose, which can only
 * over-estimate: prose never holds dozens of unclosed brackets. Nothing can hide brackets from the
 * count beyond the end of its line. Returns where the limit was crossed, or null.
 */
export function deepFlow(text: string, max: number): { range: Range; depth: number } | null {
  // Nesting deeper than `max` needs more than `max` opening brackets: a report has a few dozen,
  // and native search counts them faster than the walk below reads the text.
  if (countUpTo(text, "[", max) + countUpTo(text, "{", max) <= max) return null;
  let depth = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      if (++depth > max) return { range: { start: i, end: i + 1 }, depth };
    } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
      if (depth > 0) depth--;
    } else if (c === HASH && (prev === -1 || prev === 0x20 || prev === 0x09 || prev === LF)) {
      const eol = text.indexOf("\n", i);
      if (eol < 0) return null;
      i = eol;
      prev = LF;
      continue;
    } else if ((c === SINGLE || c === DOUBLE) && opensScalar(prev)) {
      i = quoteEnd(text, i, c);
    }
    prev = c;
  }
  return null;
}

/** How often `c` occurs in `text`, counting no further than `limit + 1`. */
function countUpTo(text: string, c: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0 && n <= limit; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** The offset of the quote closing the scalar opened at `start` on the same line, else `start`. */
function quoteEnd(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return start;
    if (quote === DOUBLE && c === BACKSLASH) i++;
    else if (c === quote) {
      // '' inside a single-quoted scalar is an escaped quote.
      if (quote === SINGLE && text.charCodeAt(i + 1) === SINGLE) i++;
      else return i;
    }
  }
  return start;
}
