import type { ReadResult } from "../../read/reader.js";
import type { Range } from "../../source/index.js";

/** The comment that silences named rules on the line after it (the eslint habit). */
export const DISABLE_NEXT_LINE = "nianbao-disable-next-line";

/** One `# nianbao-disable-next-line RULE[, RULE…] [-- reason]` comment. */
export interface DisableDirective {
  /** The 0-based line whose findings it silences: the one after the comment. */
  readonly line: number;
  /** The whole comment. */
  readonly range: Range;
  /** Each code it names, where it is written. */
  readonly codes: readonly { readonly code: string; readonly range: Range }[];
}

const DIRECTIVE = new RegExp(`^([ \\t]*#[ \\t]*)${DISABLE_NEXT_LINE}(?=[\\s,]|$)(.*)$`, "u");

/**
 * The disable comments of a report. Only a comment on a line of its own counts: a `#` after a value
 * may belong to the text, and a line of a 正文 block (`|`) is text, not a comment, whatever it says.
 */
export function disableDirectives(read: ReadResult): DisableDirective[] {
  const { text, lineIndex } = read;
  if (!text.includes(DISABLE_NEXT_LINE)) return [];
  const out: DisableDirective[] = [];
  for (let line = 0; line < lineIndex.lineCount; line++) {
    const start = lineIndex.lineStart(line);
    const lineText = lineIndex.lineText(line).replace(/\r$/u, "");
    const m = DIRECTIVE.exec(lineText);
    if (!m || insideValue(read, start + m[1]!.length)) continue;
    const afterName = start + m[1]!.length + DISABLE_NEXT_LINE.length;
    const rest = m[2]!;
    const reasonAt = rest.search(/(^|\s)--(\s|$)/u);
    const list = reasonAt < 0 ? rest : rest.slice(0, reasonAt);
    const codes: { code: string; range: Range }[] = [];
    for (const c of list.matchAll(/[^\s,]+/gu)) {
      const at = afterName + c.index;
      codes.push({ code: c[0], range: { start: at, end: at + c[0].length } });
    }
    out.push({ line: line + 1, range: { start: start + m[1]!.indexOf("#"), end: start + lineText.length }, codes });
  }
  return out;
}

/**
 * Whether an offset lies inside a text value: a block (`|`, `>`) or a quoted string, whose lines
 * are text whatever they say. (A mapping's range spans the comments between its entries, and a
 * `#` line ends a plain text, so those are comments.)
 */
function insideValue(read: ReadResult, offset: number): boolean {
  for (const entry of read.sourceMap.values()) {
    const v = entry.value;
    if (v && v.start <= offset && offset < v.end && TEXT_STARTS.has(read.text[v.start]!)) return true;
  }
  return false;
}

const TEXT_STARTS: ReadonlySet<string> = new Set(["|", ">", '"', "'"]);
