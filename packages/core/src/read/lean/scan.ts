import { decline } from "./decline.js";

/**
 * Scanning scalars on one line, with the stop rules of yaml 2.9's lexer. Positions are offsets
 * in the text; `end` is where the line's text ends.
 */

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;

/** Why a plain scalar stopped. */
export const AT_EOL = 0;
export const AT_COMMENT = 1;
export const AT_COLON = 2;

export interface PlainStop {
  /** Just after the scalar's last character (trailing spaces are not part of it). */
  textEnd: number;
  stop: typeof AT_EOL | typeof AT_COMMENT | typeof AT_COLON;
  /** The `#` of a comment or the `:` of a key; `end` at the end of the line. */
  at: number;
}

const isFlowIndicator = (c: number): boolean => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

/**
 * Characters that cannot start a plain scalar here, or start one yaml reports as an error: the
 * indicators of comments, anchors, aliases, tags, block scalars, quotes, flow collections and the
 * reserved `%`, `@` and backquote.
 */
export function startsPlain(src: string, pos: number, end: number, inFlow: boolean): boolean {
  switch (src.charCodeAt(pos)) {
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
      return false;
    case 0x2d: // -
    case 0x3f: // ?
    case COLON: {
      // An indicator when followed by a space (or, in a flow collection, a flow indicator).
      if (pos + 1 >= end) return false;
      const next = src.charCodeAt(pos + 1);
      return !(next === SPACE || (inFlow && isFlowIndicator(next)));
    }
    default:
      return true;
  }
}

/** A plain scalar outside flow collections: it ends at ` #`, at `: ` or `:` at the line's end, or at the line's end. */
export function scanPlainBlock(src: string, pos: number, end: number, out: PlainStop): PlainStop {
  let last = pos;
  for (let i = pos; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === COLON) {
      if (i + 1 === end || src.charCodeAt(i + 1) === SPACE) return setStop(out, last, AT_COLON, i);
      last = i + 1;
    } else if (c === SPACE) {
      if (i + 1 < end && src.charCodeAt(i + 1) === HASH) return setStop(out, last, AT_COMMENT, i + 1);
    } else last = i + 1;
  }
  return setStop(out, last, AT_EOL, end);
}

/**
 * A plain scalar inside a flow collection on one line: it ends at a flow indicator or at `: `
 * (returned as AT_COLON). A comment or the end of the line inside the collection is declined.
 */
export function scanPlainFlow(src: string, pos: number, end: number, out: PlainStop): PlainStop {
  let last = pos;
  for (let i = pos; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c === COLON) {
      if (i + 1 === end) decline("flow collection across lines");
      const next = src.charCodeAt(i + 1);
      if (next === SPACE || isFlowIndicator(next)) return setStop(out, last, AT_COLON, i);
      last = i + 1;
    } else if (c === SPACE) {
      if (i + 1 < end && src.charCodeAt(i + 1) === HASH) decline("comment inside a flow collection");
    } else if (isFlowIndicator(c)) return setStop(out, last, AT_EOL, i);
    else last = i + 1;
  }
  return decline("flow collection across lines");
}

function setStop(out: PlainStop, textEnd: number, stop: PlainStop["stop"], at: number): PlainStop {
  out.textEnd = textEnd;
  out.stop = stop;
  out.at = at;
  return out;
}

/** The offset of the quote closing the scalar opened at `pos`, found as the lexer finds it; declined unless on the same line. */
export function quoteEnd(src: string, pos: number, end: number): number {
  const quote = src[pos]!;
  let close = src.indexOf(quote, pos + 1);
  if (quote === "'") {
    while (close !== -1 && src.charCodeAt(close + 1) === 0x27) close = src.indexOf("'", close + 2);
  } else {
    while (close !== -1) {
      let n = 0;
      while (src.charCodeAt(close - 1 - n) === 0x5c) n += 1;
      if (n % 2 === 0) break;
      close = src.indexOf('"', close + 1);
    }
  }
  if (close === -1 || close >= end) decline("quoted scalar across lines");
  return close;
}

/** The text of a one-line quoted scalar from its opening to its closing quote (inclusive). */
export function quotedValue(src: string, open: number, close: number): string {
  const inner = src.slice(open + 1, close);
  if (src.charCodeAt(open) === 0x27) return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
  return inner.includes("\\") ? unescape(inner) : inner;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

/** yaml's double-quoted escapes on one line; an invalid escape is a YAML error, so it is declined. */
function unescape(inner: string): string {
  let res = "";
  for (let i = 0; i < inner.length; ++i) {
    const ch = inner[i]!;
    if (ch !== "\\") {
      res += ch;
      continue;
    }
    const next = inner[++i];
    const cc = next === undefined ? undefined : Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
    if (cc !== undefined) res += cc;
    else if (next === "x" || next === "u" || next === "U") {
      const length = next === "x" ? 2 : next === "u" ? 4 : 8;
      const hex = inner.substr(i + 1, length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) decline("bad escape");
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) decline("bad escape");
      res += String.fromCodePoint(code);
      i += length;
    } else decline("bad escape");
  }
  return res;
}
