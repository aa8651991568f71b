import type { Range, SourceMap } from "@nianbao/core";

export interface PathAtOffset {
  readonly path: string;
  readonly part: "key" | "value";
  readonly range: Range;
}

/** The innermost model path whose key or value contains the offset (a cell before its row). */
export function pathAt(sourceMap: SourceMap, offset: number): PathAtOffset | null {
  let best: PathAtOffset | null = null;
  for (const [path, entry] of sourceMap) {
    for (const part of ["key", "value"] as const) {
      const r = entry[part];
      if (!r || offset < r.start || offset > r.end) continue;
      // An empty range only counts when the cursor is exactly on it.
      if (r.start === r.end && offset !== r.start) continue;
      const size = r.end - r.start;
      const bestSize = best ? best.range.end - best.range.start : Infinity;
      // Equal ranges (a one-cell row of table 二): the key names the row, the value is the cell.
      const better =
        size < bestSize ||
        (size === bestSize &&
          best !== null &&
          (part === "key" ? path.length < best.path.length : path.length > best.path.length));
      if (!best || better) best = { path, part, range: r };
    }
  }
  return best;
}

export function contains(outer: Range, inner: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}
