import { pastedRowYaml, readReport } from "@nianbao/core";
import type { ServiceCache } from "./cache.js";
import { rowWidth } from "./form-nav.js";
import { cursorContext } from "./yaml-context.js";

/**
 * What a paste of `pasted` over text[start, end) should insert when it is a row copied from Word or
 * Excel and the place is the value of a table 三/四 row: the row written `[a, b, …]`; null for any
 * other paste, which then goes in as copied. Only a value that the paste replaces whole (an empty
 * value, or the selected old row) is turned, so no figure already in the line is lost.
 */
export function pasteAsRow(text: string, start: number, end: number, pasted: string, cache: ServiceCache): string | null {
  const ctx = cursorContext(text, start);
  if (ctx.valueOf === null) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
  if (!/:\s*$/u.test(text.slice(lineStart, start)) || !/^\s*(?:#.*)?$/u.test(text.slice(end, lineEnd))) return null;
  const width = rowWidth(readReport(text).form, ctx.parents, ctx.valueOf, cache);
  return width === null ? null : pastedRowYaml(pasted, width);
}
