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

/** Converts between offsets and line/character positions. Build once per text. */
export class LineIndex {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
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
    return { line: lo, character: o - this.starts[lo]! };
  }
  offset(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
  /** The start offset of a 0-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }
}

export function pathKey(...parts: readonly (string | number)[]): string {
  return parts.join(".");
}
