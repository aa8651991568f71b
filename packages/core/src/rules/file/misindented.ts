import { parseDocument } from "yaml";
import { PARSE_OPTIONS } from "../../read/lean/nodes.js";

/** One line whose indentation, once corrected, makes its whole top-level entry readable. */
export interface Misindented {
  /** 0-based. */
  readonly line: number;
  /** The line's leading whitespace as written (spaces, perhaps tabs). */
  readonly written: string;
  /** How many spaces it should have. */
  readonly expected: number;
}

/** A line that begins a top-level key: an entry of the report runs from one to the next. */
const TOP_LEVEL = /^[^\s#\-\]},]/u;

/** Past this many lines in one entry the search is not tried (a report's largest, table 三, has 30). */
const MAX_ENTRY_LINES = 200;

/**
 * yaml notices a wrongly indented line on that line or on the next content line (the first row of
 * a group indented too far is noticed on the second): the content lines tried, from the error up.
 */
const NEAR_LINES = 2;

/**
 * Which single line, wrongly indented, caused the YAML error on `errorLine`. yaml reports an
 * indentation error where it notices it, which is often the line after the culprit (a 予以公开
 * written one space too far right makes 部分公开, correctly indented, the first line it cannot
 * place). So the error's line and the content line above it are tried at each indentation a
 * line there can rightly have; the line is the culprit when the entry then reads without error. When several
 * would do, the smallest change nearest the error wins. Null when no single re-indented line
 * makes the entry readable: then the mistake is something else and is reported as yaml says.
 */
export function misindentedLine(lines: readonly string[], errorLine: number): Misindented | null {
  const start = entryStart(lines, errorLine);
  return start < 0 ? null : search(lines, start, errorLine);
}

/**
 * misindentedLine for the errors of one text, searching each entry once: a broken entry has many
 * errors, and the first one decides (the search looks at every line up to it).
 */
export function misindentedLines(lines: readonly string[]): (errorLine: number) => Misindented | null {
  const searched = new Map<number, Misindented | null>();
  return (errorLine) => {
    const start = entryStart(lines, errorLine);
    if (start < 0) return null;
    if (!searched.has(start)) searched.set(start, search(lines, start, errorLine));
    return searched.get(start)!;
  };
}

function entryStart(lines: readonly string[], line: number): number {
  let start = line;
  while (start >= 0 && !TOP_LEVEL.test(lines[start] ?? "")) start--;
  return start;
}

function search(lines: readonly string[], start: number, errorLine: number): Misindented | null {
  let end = start + 1;
  while (end < lines.length && !TOP_LEVEL.test(lines[end]!)) end++;
  if (end - start > MAX_ENTRY_LINES || errorLine >= end) return null;
  const entry = lines.slice(start, end);
  if (readsCleanly(entry)) return null;

  const leading = (l: string) => /^[ \t]*/u.exec(l)![0];
  const isContent = (l: string) => l.trim() !== "" && !l.trimStart().startsWith("#");

  let best: (Misindented & { readonly cost: readonly number[] }) | null = null;
  let tried = 0;
  for (let i = errorLine - start; i >= 1 && tried < NEAR_LINES; i--) {
    const line = entry[i]!;
    if (!isContent(line)) continue;
    tried++;
    const written = leading(line);
    const width = written.replace(/\t/gu, "  ").length;
    for (const expected of levelsBefore(entry, i, leading, isContent)) {
      if (expected === written.length && !written.includes("\t")) continue;
      const cost = [Math.abs(expected - width), errorLine - start - i];
      if (best && !cheaper(cost, best.cost)) continue;
      const fixed = entry.slice();
      fixed[i] = " ".repeat(expected) + line.slice(written.length);
      if (readsCleanly(fixed)) best = { line: start + i, written, expected, cost };
    }
  }
  return best && { line: best.line, written: best.written, expected: best.expected };
}

/**
 * The indentations line `i` of an entry can rightly have: that of one of the mappings open above it
 * (a sibling of the line before, or of one of its parents), or one level deeper than the line before.
 */
function levelsBefore(
  entry: readonly string[],
  i: number,
  leading: (l: string) => string,
  isContent: (l: string) => boolean,
): number[] {
  const open: number[] = [];
  for (let k = 1; k < i; k++) {
    const l = entry[k]!;
    if (!isContent(l) || leading(l).includes("\t")) continue;
    const w = leading(l).length;
    while (open.length && open[open.length - 1]! >= w) open.pop();
    open.push(w);
  }
  const last = open[open.length - 1];
  return [...open, last === undefined ? 2 : last + 2].filter((w) => w > 0);
}

function cheaper(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!);
}

function readsCleanly(lines: readonly string[]): boolean {
  return parseDocument(lines.join("\n"), PARSE_OPTIONS).errors.length === 0;
}
