import type { Position } from "vscode-languageserver-types";

/** Converts between offsets in a text and LSP positions. */
export interface PositionIndex {
  position(offset: number): Position;
  offset(position: Position): number;
}

/**
 * Lines as LSP counts them: ended by "\r\n", "\n" or a lone "\r" (core's LineIndex counts "\n"
 * only, which is right for file:line output but puts a position after a lone "\r" on the wrong
 * line for an editor). A position never points inside a line ending: an offset there, or a
 * character past the end of a line, is the end of the line's text, as the protocol specifies.
 */
export class LspLines implements PositionIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (c === 10 || c === 13) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where line `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset where the text of line `line` ends, before its line ending. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[l + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[l]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of line `line`, without its line ending. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.starts[lo]! };
  }

  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return start + Math.max(0, Math.min(position.character, this.lineEnd(position.line) - start));
  }
}
