/**
 * A CMS text export that dropped the markup (平潭 page.txt): the whole report on one line, paragraphs
 * separated by a space, and inside the tables the labels run straight into the numbers, whose cells
 * are glued into one string of digits ("规章000行政规范性文件8855698…", "一、本年新收政府信息公开申请
 * 数量 713000074二、上年结转…"). This reader finds the section headings, splits prose at the spaces
 * and cuts each table into rows of a label and its digits. It does not split the digits: a glued
 * run is one cell marked `glued`, and the interpreter, which knows how many cells the row has and
 * how they add up, decodes it with flattened-split.ts, or asks.
 */
import { matchHeading } from "./headings.js";
import { numberedLines } from "./lines.js";
import { blankResidue } from "./residue.js";
import type { SourceCell, SourceDocument, SourceLine, SourceRow, SourceTable } from "./source.js";

/** A line this long with headings inside is a whole report run together. */
const LONG_LINE = 200;

interface Heading {
  readonly at: number;
  readonly end: number;
  readonly kind: "text" | "table2" | "table3" | "table4";
}

type Token = { readonly type: "text" | "num"; readonly text: string; readonly at: number };

export function readFlattened(text: string): SourceDocument {
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  for (const { text: t, line } of numberedLines(text)) {
    const headings = t.length >= LONG_LINE ? findHeadings(t) : [];
    if (headings.length === 0) {
      if (t.trim()) lines.push({ text: t.trim(), loc: { line, column: t.search(/\S/) + 1 } });
      continue;
    }
    // Before the report a page may carry Word's styles and the site's chrome: not the report's text.
    prose(blankResidue(t.slice(0, headings[0]!.at)), 0, headings[0]!.at, line, lines);
    headings.forEach((h, i) => {
      lines.push({ text: t.slice(h.at, h.end).trim(), loc: { line, column: h.at + 1 } });
      const end = headings[i + 1]?.at ?? t.length;
      if (h.kind === "text") prose(t, h.end, end, line, lines);
      else {
        const rows = tableRows(t, h.end, end, line, lines);
        if (rows.length) tables.push({ rows, loc: rows[0]!.loc });
      }
    });
  }
  return { kind: "flattened", lines, tables };
}

function findHeadings(t: string): Heading[] {
  const out: Heading[] = [];
  const re = /[一二三四五六七八九十]+[、.．]/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (out.length && m.index < out.at(-1)!.end) continue;
    const h = matchHeading(t.slice(m.index, m.index + 80), true);
    if (h) out.push({ at: m.index, end: m.index + h.length, kind: h.section.kind });
  }
  return out;
}

/** Prose between two offsets: one line per space-separated paragraph. */
function prose(t: string, from: number, to: number, line: number, out: SourceLine[]): void {
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    const piece = t.slice(m.index, Math.min(m.index + m[0].length, to));
    out.push({ text: piece, loc: { line, column: m.index + 1 } });
  }
}

/**
 * Splits a table's text into label and number tokens. A digit before "." and a label is that
 * label's ordinal ("00000002.其他…"); digits before 年 月 日 are the date of the text after the
 * table (「行政事业性收费02025年，我局…」: the cell is 0, 2025 is the year), see `ownDigits`.
 */
function tokens(t: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\d+(?:\.\d+)?/g;
  re.lastIndex = from;
  let textAt = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) {
    let num = m[0];
    const after = t.slice(m.index + num.length, m.index + num.length + 2);
    if (/^[.．、][^\d]/u.test(after) || /^[.．、]$/u.test(after)) {
      if (num.length === 1 || num.includes(".")) continue;
      num = num.slice(0, -1);
    }
    num = ownDigits(num, after);
    if (num === "") continue;
    if (m.index > textAt) out.push({ type: "text", text: t.slice(textAt, m.index), at: textAt });
    out.push({ type: "num", text: num, at: m.index });
    textAt = m.index + num.length;
    re.lastIndex = textAt;
  }
  if (to > textAt) out.push({ type: "text", text: t.slice(textAt, to), at: textAt });
  return out;
}

/** A year as the text after a table writes it, glued to the number before it (「02025年」). */
const YEAR = /(?:19|20)\d{2}$/u;

/**
 * The digits of a run that belong to a cell, given the characters after it. Before 年 a run ending
 * in a year gives the year's four digits to the text (「02025年」 → 0); a run before 年 that is no
 * year, or before 月 or 日, is a date or a duration whose boundary with a cell cannot be known, so
 * none of it is taken: the row is then reported rather than read with a number of the text.
 */
function ownDigits(num: string, after: string): string {
  if (/^[月日]/u.test(after)) return "";
  if (!after.startsWith("年")) return num;
  if (num.includes(".") && !/\.\d*\d{4}$/u.test(num)) return "";
  if (!YEAR.test(num)) return "";
  const own = num.slice(0, -4);
  return own.endsWith(".") ? "" : own;
}

/**
 * Rows of a label followed by its numbers. Numbers separated by spaces are separate cells (平潭's
 * table 四 is written so); one number standing alone after a label may be several glued cells.
 * A note under the table (注：…) is prose.
 */
function tableRows(t: string, from: number, to: number, line: number, lines: SourceLine[]): SourceRow[] {
  const rows: SourceRow[] = [];
  let label: Token | null = null;
  let nums: Token[] = [];
  const flush = () => {
    if (!nums.length) return;
    const cells: SourceCell[] = [];
    const text = label?.text.trim() ?? "";
    if (label && text) cells.push({ text, loc: { line, column: label.at + label.text.search(/\S/) + 1 } });
    // A group of several digits may be several cells, alone (「713000074」) or among spaced ones (「0 0 0 0 0 00」).
    const glued = nums.some((n) => n.text.replace(".", "").length > 1);
    for (const n of nums)
      cells.push({ text: n.text, loc: { line, column: n.at + 1 }, ...(glued ? { glued: true } : {}) });
    rows.push({ cells, loc: cells[0]!.loc });
    label = null;
    nums = [];
  };
  for (const tok of tokens(t, from, to)) {
    if (tok.type === "num") {
      nums.push(tok);
      continue;
    }
    if (nums.length && /^\s+$/u.test(tok.text)) continue;
    flush();
    const note = /注[:：]/u.exec(tok.text);
    if (note) {
      const before = tok.text.slice(0, note.index);
      if (before.trim()) label = { type: "text", text: before, at: tok.at };
      const at = tok.at + note.index;
      lines.push({ text: tok.text.slice(note.index).trim(), loc: { line, column: at + 1 } });
      continue;
    }
    // A sentence (「2025年，我局严格按照《条例》…。」) ends the table: the rest of the zone is prose.
    if (SENTENCE.test(tok.text)) {
      prose(t, tok.at, to, line, lines);
      return rows;
    }
    label = tok;
  }
  flush();
  return rows;
}

/** Text no row label has: a full stop, or a year opening a sentence. */
const SENTENCE = /。|^\s*(?:19|20)\d{2}\s*年/u;
