import { decline } from "./decline.js";

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;

/**
 * The lines of a text: where each starts, where its text ends (before "\n" or "\r\n"), where the
 * next starts, its indentation and whether it is blank, a comment or content. Built in one pass,
 * which also refuses what the lean parser never reads: tabs (YAML forbids them in indentation and
 * the rules around them are subtle), a carriage return not followed by a line feed, a byte-order
 * mark inside the text, directives and document markers.
 */
export class Lines {
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly next: number[] = [];
  readonly indent: number[] = [];
  readonly kind: number[] = [];
  readonly count: number;

  constructor(readonly src: string) {
    const len = src.length;
    // The first character the lean parser refuses, found by native search; the lines before it
    // are still read first, so that a refused line (a directive) is reported as it comes.
    const refused = firstRefused(src);
    let lineStart = 0;
    for (;;) {
      let i = src.indexOf("\n", lineStart);
      if (i < 0) i = len;
      if (refused.at < i) decline(refused.reason);
      const crlf = i < len && i > lineStart && src.charCodeAt(i - 1) === CR;
      this.addLine(lineStart, crlf ? i - 1 : i, i < len ? i + 1 : len);
      lineStart = i + 1;
      // A text ending in "\n" has no further line.
      if (i >= len || i + 1 === len) break;
    }
    this.count = this.start.length;
  }

  private addLine(start: number, end: number, next: number): void {
    const { src } = this;
    let i = start;
    while (i < end && src.charCodeAt(i) === SPACE) i++;
    const indent = i - start;
    let kind = CONTENT;
    if (i === end) kind = BLANK;
    else if (src.charCodeAt(i) === HASH) kind = COMMENT;
    else if (indent === 0) {
      const c = src.charCodeAt(start);
      if (c === 0x25) decline("directive");
      if ((c === 0x2d || c === 0x2e) && (src.startsWith("---", start) || src.startsWith("...", start))) {
        const after = start + 3;
        if (after >= end || src.charCodeAt(after) === SPACE) decline("document marker");
      }
    }
    this.start.push(start);
    this.end.push(end);
    this.next.push(next);
    this.indent.push(indent);
    this.kind.push(kind);
  }

  /** The first content line at or after `line`, or `count` when there is none. */
  nextContent(line: number): number {
    const { kind, count } = this;
    while (line < count && kind[line] !== CONTENT) line++;
    return line;
  }

  /** Where the first character of a line's text is (after its indentation). */
  textStart(line: number): number {
    return this.start[line]! + this.indent[line]!;
  }
}

/**
 * Where the first tab, byte-order mark or carriage return without a line feed is, and why the lean
 * parser refuses it; `at` is Infinity when there is none.
 */
function firstRefused(src: string): { at: number; reason: string } {
  let at = Infinity;
  let reason = "";
  const tab = src.indexOf("\t");
  if (tab >= 0) [at, reason] = [tab, "tab"];
  const bom = src.indexOf("\ufeff");
  if (bom >= 0 && bom < at) [at, reason] = [bom, "byte-order mark inside the text"];
  for (let cr = src.indexOf("\r"); cr >= 0 && cr < at; cr = src.indexOf("\r", cr + 1))
    if (src.charCodeAt(cr + 1) !== LF) [at, reason] = [cr, "lone carriage return"];
  return { at, reason };
}
