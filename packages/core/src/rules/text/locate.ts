import type { Range } from "../../source/index.js";

/**
 * Maps positions inside a YAML scalar's parsed value back to offsets in the source text, so a
 * finding can point at a number inside a sentence rather than at the whole paragraph.
 *
 * The parsed value differs from its source by quotes, escapes ("\n", "\u4e00"), doubled single
 * quotes, the header and indentation of block scalars, and line folding (a line break read as a
 * space). The value is aligned with the source character by character, skipping whatever the
 * source has that the value does not; a located piece is trusted only if the source spells it
 * exactly, so a misalignment yields null rather than a wrong range.
 */
export class ValueLocator {
  private offsets: Int32Array | null | undefined;

  constructor(
    private readonly source: string,
    private readonly range: Range | undefined,
    private readonly value: string,
  ) {}

  /** The source range of value[start, end), or null when it cannot be pinned down exactly. */
  locate(start: number, end: number): Range | null {
    if (!this.range || start < 0 || end > this.value.length || start >= end) return null;
    this.offsets ??= alignValue(this.source, this.range, this.value);
    const offsets = this.offsets;
    if (!offsets) return null;
    const first = offsets[start];
    const last = offsets[end - 1];
    if (first === undefined || last === undefined) return null;
    const r = { start: first, end: last + 1 };
    // Only a piece written verbatim (digits, a name) can be replaced or highlighted safely.
    return this.source.slice(r.start, r.end) === this.value.slice(start, end) ? r : null;
  }

  /** The range of the whole scalar, the fallback when a piece cannot be located. */
  get whole(): Range | undefined {
    return this.range;
  }
}

/**
 * For each index of `value`, the source offset of the character that produced it; null when the
 * value cannot be aligned with the source.
 */
export function alignValue(source: string, range: Range, value: string): Int32Array | null {
  const end = Math.min(range.end, source.length);
  let p = range.start;
  const indicator = source[p];
  const doubleQuoted = indicator === '"';
  const singleQuoted = indicator === "'";
  const block = indicator === "|" || indicator === ">";
  if (doubleQuoted || singleQuoted) p++;
  else if (block) {
    // The header line (`|-`, `>2 # comment`) carries no content.
    const nl = source.indexOf("\n", p);
    if (nl < 0 || nl >= end) return value === "" ? new Int32Array(0) : null;
    p = nl + 1;
  }
  const folds = indicator !== "|";
  // Compared as char codes: a long paragraph is aligned without a string per character.
  const out = new Int32Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let found = -1;
    while (p < end) {
      const s = source.charCodeAt(p);
      if (doubleQuoted && s === BACKSLASH) {
        const esc = decodeEscape(source, p);
        if (esc.text.length === 1 && esc.text.charCodeAt(0) === c) {
          found = p;
          p += esc.length;
          break;
        }
        if (esc.text.length === 2 && value.slice(i, i + 2) === esc.text) {
          // An astral character written as \UXXXXXXXX is two UTF-16 units in the value.
          out[i++] = p;
          found = p;
          p += esc.length;
          break;
        }
        p += esc.length;
        continue;
      }
      if (singleQuoted && s === QUOTE && source.charCodeAt(p + 1) === QUOTE) {
        if (c === QUOTE) {
          found = p;
          p += 2;
          break;
        }
        p += 2;
        continue;
      }
      if (s === c || (folds && c === SPACE && s === NEWLINE)) {
        found = p;
        p++;
        break;
      }
      p++;
    }
    if (found < 0) return null;
    out[i] = found;
  }
  return out;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x27;
const SPACE = 0x20;
const NEWLINE = 0x0a;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

/** Decodes the escape sequence at `p` (a backslash) of a double-quoted scalar. */
function decodeEscape(source: string, p: number): { text: string; length: number } {
  const k = source[p + 1];
  if (k === undefined) return { text: "", length: 1 };
  if (k === "\n") return { text: "", length: 2 };
  if (k === "\r") return { text: "", length: source[p + 2] === "\n" ? 3 : 2 };
  const simple = SIMPLE_ESCAPES[k];
  if (simple !== undefined) return { text: simple, length: 2 };
  const digits = k === "x" ? 2 : k === "u" ? 4 : k === "U" ? 8 : 0;
  if (digits) {
    const hex = source.slice(p + 2, p + 2 + digits);
    const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : NaN;
    if (Number.isFinite(code) && code <= 0x10ffff) return { text: String.fromCodePoint(code), length: 2 + digits };
  }
  return { text: k, length: 2 };
}
