/** Offsets are UTF-16 code units into the text as given (a leading BOM counts), as LSP counts them. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 character within the line. */
  readonly character: number;
}

/** Where one piece of the report is written: its key, its value, or both. */
export interface SourceEntry {
  readonly key?: Range;
  readonly value?: Range;
}

/**
 * Model paths → source ranges. Paths are dot-joined model names, e.g. `requests.granted.6`
 * (table 三, （一）予以公开, 总计), `proactive.regulations.made`, `litigation.review.4`,
 * `meta.agency`, `overview.proactive`, `problems`, `notes.0`, and the groups
 * `requests.results.withheld`.
 */
export type SourceMap = ReadonlyMap<string, SourceEntry>;

/**
 * The path of the innermost cell or key whose text contains an offset (an empty one counts at its
 * start): how a finding placed by its text, without paths, finds its cell in a rendered table.
 */
export function pathAtOffset(sourceMap: SourceMap, offset: number): string | null {
  let best: { path: string; size: number } | null = null;
  for (const [path, entry] of sourceMap)
    for (const r of [entry.value, entry.key]) {
      if (!r || offset < r.start || offset >= Math.max(r.end, r.start + 1)) continue;
      const size = r.end - r.start;
      if (!best || size < best.size) best = { path, size };
    }
  return best?.path ?? null;
}

/**
 * Which characters end a line. "lf": "\n" only (a "\r\n" line's text keeps its "\r"), as core has
 * always counted for `file:line` output. "lsp": "\r\n", "\n" or a lone "\r", as the Language Server
 * Protocol counts, and a position never points inside a line ending.
 */
export type LineBreaks = "lf" | "lsp";

/** Converts between offsets and line/character positions. Build once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly lsp: boolean;

  constructor(
    private readonly text: string,
    options: { readonly lineBreaks?: LineBreaks } = {},
  ) {
    this.lsp = options.lineBreaks === "lsp";
    if (this.lsp && text.includes("\r")) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13) this.starts.push(i + 1);
      }
    } else {
      // Only "\n" ends a line here: native search finds them faster than reading every character.
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    }
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** The start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }
  /** The offset where the text of a line ends, before its line ending. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[l + 1]! - 1;
    if (this.lsp && end > this.starts[l]! && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13)
      end--;
    return end;
  }
  /** The text of a line, without its line ending. */
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
    return { line: lo, character: (this.lsp ? Math.min(o, this.lineEnd(lo)) : o) - this.starts[lo]! };
  }
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    // LSP: a character past the line's end means its end; "lf": up to the next line's start, as before.
    const end = this.lsp
      ? this.lineEnd(position.line)
      : position.line + 1 < this.starts.length
        ? this.starts[position.line + 1]!
        : this.text.length;
    return Math.min(start + Math.max(0, position.character), end);
  }
}

export function pathKey(...parts: readonly (string | number)[]): string {
  return parts.join(".");
}
