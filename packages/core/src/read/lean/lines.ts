import { decline } from "./decline.js";

export const BLANK = 0;
export const COMMENT = 1;
export const CONTENT = 2;

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const HASH = 0x23;
const BOM = 0xfeff;

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
    let lineStart = 0;
    for (let i = 0; i <= len; i++) {
      const c = i < len ? src.charCodeAt(i) : LF;
      if (c === LF) {
        const crlf = i < len && i > lineStart && src.charCodeAt(i - 1) === CR;
        this.addLine(lineStart, crlf ? i - 1 : i, i < len ? i + 1 : len);
        lineStart = i + 1;
        // A text ending in "\n" has no further line.
        if (i + 1 === len) break;
      } else if (c === TAB) decline("tab");
      else if (c === CR) {
        if (i + 1 >= len || src.charCodeAt(i + 1) !== LF) decline("lone carriage return");
      } else if (c === BOM) decline("byte-order mark inside the text");
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
