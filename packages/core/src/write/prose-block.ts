import { parse } from "yaml";
import { printedHeading } from "../form/heading.js";
import type { FormDef } from "../form/types.js";
import { normalizeKey } from "../read/keys.js";

/**
 * A line that opens a text section (`  主动公开: "…"`, `存在问题及改进: …`): the sections written
 * as prose at the top level, the topics of 一、总体情况 below it. A table's key (`主动公开:` at the
 * top) is not one.
 */
export interface ProseKeyLine {
  readonly indent: number;
  /** The section as printed, e.g. 「（一）主动公开」 or 「五、存在的主要问题及改进情况」. */
  readonly label: string;
  /** Column where the value starts, after `key:` and its spaces (the line's length when there is none). */
  readonly valueAt: number;
  /** The line from `valueAt` on. */
  readonly value: string;
}

const NOT_KEY_START = /[\s#"'\-[{]/u;

/**
 * What `/^( *)([^\s#"'\-[{][^:]*?) *:(?: +|$)/u` matches (the indentation, the key, where the
 * value starts), found in one pass: the pattern is quadratic on a long line of spaces (a pasted
 * line of 100,000 characters took seconds on every keystroke in the editor).
 */
export function keyLineMatch(line: string): { indent: number; key: string; valueAt: number } | null {
  let indent = 0;
  while (line[indent] === " ") indent++;
  if (indent >= line.length || NOT_KEY_START.test(line[indent]!)) return null;
  const colon = line.indexOf(":", indent + 1);
  if (colon < 0) return null;
  let valueAt = colon + 1;
  if (valueAt < line.length) {
    if (line[valueAt] !== " ") return null;
    while (line[valueAt] === " ") valueAt++;
  }
  let end = colon;
  while (end > indent + 1 && line[end - 1] === " ") end--;
  return { indent, key: line.slice(indent, end), valueAt };
}

export function proseKeyLine(form: FormDef, line: string): ProseKeyLine | null {
  const m = keyLineMatch(line);
  if (!m) return null;
  const { indent, valueAt } = m;
  const key = normalizeKey(m.key);
  const matches = (d: { key: string; aliases?: readonly string[] }) =>
    [d.key, ...(d.aliases ?? [])].some((k) => normalizeKey(k) === key);
  const label =
    indent === 0
      ? form.sections.filter((s) => s.kind === "text" && matches(s)).map(printedHeading)[0]
      : form.overviewTopics.filter(matches).map((t) => t.label)[0];
  if (!label) return null;
  return { indent, label, valueAt, value: line.slice(valueAt) };
}

/** Where the quoted scalar opened by `value[0]` closes on this line: the closing quote's index, or -1. */
export function closingQuote(value: string, from = 1): number {
  const q = value[0];
  for (let i = from; i < value.length; i++) {
    const c = value[i];
    if (q === '"' && c === "\\") i++;
    else if (c === q) {
      if (q === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** The text of one line of a quoted scalar, its escapes undone; as written when they cannot be read. */
export function unquoteLine(content: string, quote: string): string {
  if (quote === "'") return content.replace(/''/g, "'");
  if (!content.includes("\\")) return content;
  try {
    const v: unknown = parse(`"${content}"`);
    return typeof v === "string" ? v : content;
  } catch {
    return content;
  }
}

/** A plain value can start a one-line text; these characters start something else in YAML. */
export function isPlainStart(value: string): boolean {
  return value.trim() !== "" && !/^[|>[{#&*!%@`"']/u.test(value.trim());
}

/** Paragraphs as the lines of a literal block under a key indented `indent`; an empty one stays empty. */
export function blockLines(paragraphs: readonly string[], indent: number): string[] {
  const pad = " ".repeat(indent + 2);
  return paragraphs.map((p) => (p ? pad + p : ""));
}

/** A line that YAML would read as a key of its own (`依申请公开: ""`). */
export function looksLikeKey(line: string): boolean {
  return /^\s*[^\s#][^:]*:(?:\s|$)/u.test(line);
}
