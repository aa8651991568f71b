import { pastedRowYaml, readReport } from "@nianbao/core";
import type { ServiceCache } from "./cache.js";
import { rowWidth } from "./form-nav.js";
import { cursorContext, keyOfLine } from "./yaml-context.js";

/**
 * What a paste of `pasted` over text[start, end) should insert when it is a row copied from Word or
 * Excel and the place is the value of a table 三/四 row: the row written `[a, b, …]`; null for any
 * other paste, which then goes in as copied. Only a value that the paste replaces whole (an empty
 * value, or the selected old row) is turned, so no figure already in the line is lost. A paste over
 * the whole row, key included (the row copied with its label), keeps the key.
 */
export function pasteAsRow(
  text: string,
  start: number,
  end: number,
  pasted: string,
  cache: ServiceCache,
): string | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end) < 0 ? text.length : text.indexOf("\n", end);
  if (!/^\s*(?:#.*)?$/u.test(text.slice(end, lineEnd))) return null;
  const before = text.slice(lineStart, start);
  const key = /^\s*$/u.test(before) && end > start ? keyOfLine(text.slice(start, end)) : null;
  // The place of the row's value: after the colon of the key being replaced, or where the cursor is.
  const at = key !== null ? start + text.slice(start, end).indexOf(":") + 1 : start;
  const ctx = cursorContext(text, at);
  if (ctx.valueOf === null || (key === null && !/:\s*$/u.test(before))) return null;
  const width = rowWidth(readReport(text).form, ctx.parents, ctx.valueOf, cache);
  const row = width === null ? null : pastedRowYaml(pasted, width);
  return row === null ? null : key !== null ? `${key}: ${row}` : row;
}
