import type { ReadResult } from "../read/reader.js";
import type { SourceEntry } from "../source/index.js";
import { alignedRow, columnWidths, keyPadder } from "./align.js";

/** One line of the text being laid out: its body (without "\r"), and what the layout makes of it. */
interface Line {
  readonly body: string;
  readonly eol: string;
  out: string;
  /** For an entry line: the entry line it belongs under (-1 at the top). */
  parent: number;
}

const BLOCK_SCALAR = /(?:^|:|^-)\s*[|>][0-9+-]*\s*(?:#.*)?$/u;
const ITEM = /^-( +)(?=\S)/u;

/**
 * A readable report laid out as `nianbao new` writes it: two spaces per level (the text of a `|`
 * block two spaces in from its key, its lines' own extra indentation kept; a row continued inside
 * brackets and a comment move with the entry they belong to), and the rows of the tables aligned as the published examples are: keys of
 * one group padded to one width, numbers right-aligned per column of the table. Only whitespace
 * at the start of a line and around a row's cells changes; the caller checks that the meaning
 * did not.
 */
export function layoutReportText(text: string, read: ReadResult): string {
  const lines: Line[] = text.split("\n").map((raw) => {
    const cr = raw.endsWith("\r");
    const body = cr ? raw.slice(0, -1) : raw;
    return { body, eol: cr ? "\r" : "", out: body, parent: -1 };
  });
  indent(lines);
  alignRows(lines, text, read);
  return lines.map((l) => l.out + l.eol).join("\n");
}

function indent(lines: Line[]): void {
  const stack: { w: number; n: number; line: number }[] = [];
  let block: { w: number; n: number; delta: number | null } | null = null;
  let flow: { depth: number; delta: number } | null = null;
  let comments: number[] = [];
  const shift = (l: Line, delta: number) => {
    const w = leadingSpaces(l.body);
    l.out = " ".repeat(Math.max(0, w + delta)) + l.body.slice(w);
  };
  lines.forEach((l, i) => {
    const w = leadingSpaces(l.body);
    const rest = l.body.slice(w);
    if (block) {
      if (rest === "") return;
      // The text of a block starts two spaces in from its key; lines indented further keep the difference.
      if (w > block.w) return shift(l, (block.delta ??= block.n + 2 - w));
      block = null;
    }
    if (flow) {
      shift(l, flow.delta);
      flow.depth += bracketBalance(rest);
      if (flow.depth <= 0) flow = null;
      return;
    }
    if (rest === "") return;
    if (rest.startsWith("#")) {
      comments.push(i);
      return;
    }
    while (stack.length && stack[stack.length - 1]!.w > w) stack.pop();
    const top = stack[stack.length - 1];
    let n: number;
    if (top && top.w === w) {
      n = top.n;
      stack.pop();
    } else n = top ? top.n + 2 : 0;
    l.parent = stack[stack.length - 1]?.line ?? -1;
    stack.push({ w, n, line: i });
    const item = ITEM.exec(rest);
    l.out = " ".repeat(n) + (item ? `- ${rest.slice(1 + item[1]!.length)}` : rest);
    // The entries of a list item's mapping line up after its "- ".
    if (item) stack.push({ w: w + 1 + item[1]!.length, n: n + 2, line: i });
    // A comment just above an entry, written at its level, stays at its level.
    for (const c of comments)
      if (leadingSpaces(lines[c]!.body) === w) lines[c]!.out = " ".repeat(n) + lines[c]!.body.slice(w);
    comments = [];
    // With an explicit indentation (`|2`) the text's indentation counts from the key's: moved alike.
    if (BLOCK_SCALAR.test(rest)) block = { w, n, delta: /[|>][+-]?[0-9]/u.test(rest) ? n - w : null };
    const depth = bracketBalance(rest);
    if (depth > 0) flow = { depth, delta: n - w };
  });
}

function leadingSpaces(s: string): number {
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

/** Brackets and braces opened minus closed on a line, outside quotes and comments. */
function bracketBalance(s: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || s[i - 1] === " ")) break;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
  }
  return depth;
}

/** The tables whose rows are aligned; table 二's keys only, its values being single numbers or `{…}`. */
const TABLES = ["proactive", "requests", "litigation"] as const;

interface Row {
  readonly line: number;
  readonly key: string;
  /** What follows `key:` up to the end of the line, for a row whose cells are not realigned. */
  readonly tail: string;
  readonly cells?: readonly string[];
  /** After the closing "]": spaces and a comment, kept as written. */
  readonly after?: string;
}

function alignRows(lines: Line[], text: string, read: ReadResult): void {
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.body.length + l.eol.length + 1;
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const table of TABLES) {
    const rows: Row[] = [];
    for (const [path, entry] of read.sourceMap) {
      if (!path.startsWith(`${table}.`) || path.split(".").length !== 2) continue;
      const row = rowAt(text, lines, lineOf, read, path, entry, table !== "proactive");
      if (row) rows.push(row);
    }
    const widths = columnWidths(rows.flatMap((r) => (r.cells ? [r.cells] : [])));
    const groups = new Map<number, Row[]>();
    for (const r of rows) groups.set(lines[r.line]!.parent, [...(groups.get(lines[r.line]!.parent) ?? []), r]);
    for (const group of groups.values()) {
      const pad = keyPadder(group.map((r) => r.key));
      for (const r of group) {
        const l = lines[r.line]!;
        const indentation = /^ */u.exec(l.out)![0];
        l.out = indentation + pad(r.key) + (r.cells ? alignedRow(r.cells, widths) + r.after! : r.tail);
      }
    }
  }
}

/**
 * A row written on one line as `key: value`: with its cells when the value is a bracketed row of
 * plain cells (no comment or line break inside, no trailing comma), else only its key and the rest.
 */
function rowAt(
  text: string,
  lines: readonly Line[],
  lineOf: (o: number) => number,
  read: ReadResult,
  path: string,
  entry: SourceEntry,
  withCells: boolean,
): Row | null {
  const { key, value } = entry;
  if (!key || !value || value.end <= value.start) return null;
  const line = lineOf(key.start);
  const body = lines[line]!.body;
  const start = lineStartOf(text, key.start);
  if (lineOf(value.end - 1) !== line || leadingSpaces(body) !== key.start - start) return null;
  if (!/^:[ ]*$/u.test(text.slice(key.end, value.start))) return null;
  const keyText = text.slice(key.start, key.end);
  const tail = body.slice(value.start - start).trimEnd();
  const row = { line, key: keyText, tail };
  const written = text.slice(value.start, value.end);
  if (!withCells || !written.startsWith("[") || !written.endsWith("]")) return row;
  const cells: string[] = [];
  let from = value.start + 1;
  for (let i = 0; ; i++) {
    const cell = read.sourceMap.get(`${path}.${i}`)?.value;
    if (!cell || cell.start >= value.end) break;
    // Between "[" and the first cell only spaces; between two cells one comma.
    if (!(i === 0 ? /^[ ]*$/u : /^[ ]*,[ ]*$/u).test(text.slice(from, cell.start))) return row;
    cells.push(text.slice(cell.start, cell.end));
    from = cell.end;
  }
  if (cells.length === 0 || !/^[ ]*\]$/u.test(text.slice(from, value.end))) return row;
  return { ...row, cells, after: body.slice(value.end - start).trimEnd() };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
