import type { Locale } from "../findings/index.js";
import type { SectionDef } from "../form/types.js";
import { message } from "../messages/index.js";
import { normalizeKey } from "../read/keys.js";
import { isYamlError } from "../read/observations.js";
import type { ReadResult } from "../read/reader.js";
import { foldConsequences } from "../rules/observed.js";
import { proseBreaks } from "../rules/prose-breaks.js";
import { escapeHtml } from "./escape.js";

/**
 * Lines of the file YAML could not read, as written. A rendering shows them marked where they stand
 * rather than leave them out: a report missing a sentence, or a heading, looks complete to whoever
 * reads it.
 */
export interface UnreadablePart {
  /** The section the lines are written in, where they are shown; null before the first section. */
  readonly section: SectionDef["id"] | null;
  /** 1-based, inclusive. */
  readonly from: number;
  readonly to: number;
  /** The lines as written. */
  readonly text: string;
}

/** The parts of a report's file that YAML could not read; none for a file without a syntax error. */
export function unreadableParts(read: ReadResult): UnreadablePart[] {
  const errors = read.observations.filter(isYamlError);
  if (!errors.length) return [];
  const { lineIndex } = read;
  const line = (offset: number) => lineIndex.position(offset).line;
  const spans: [number, number][] = [];
  // A text continued on an unindented line: its lines, and the key yaml joined to them.
  for (const b of proseBreaks(read)) spans.push([line(b.range.start), nextContentLine(read, line(b.range.end))]);
  const { causes } = foldConsequences(read);
  for (const e of errors) {
    const lines = causes.get(e);
    if (lines) spans.push([lines.from - 1, lines.to - 1]);
    else {
      // yaml notices a missing ']' or ':' where the next line begins: the line before is the one at fault.
      const at = lineIndex.position(e.range.start);
      const first =
        lineIndex.lineText(at.line).slice(0, at.character).trim() === "" ? previousContentLine(read, at.line) : at.line;
      spans.push([first, line(Math.max(e.range.start, e.range.end - 1))]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged.map(([from, to]) => ({
    section: sectionAt(read, from),
    from: from + 1,
    to: to + 1,
    text: Array.from({ length: to - from + 1 }, (_, i) => lineIndex.lineText(from + i)).join("\n"),
  }));
}

/** The next line after `line` with something on it (the key yaml read into a broken text), else `line`. */
function nextContentLine(read: ReadResult, line: number): number {
  const { lineIndex } = read;
  for (let l = line + 1; l < lineIndex.lineCount; l++) if (!/^\s*(?:#.*)?$/u.test(lineIndex.lineText(l))) return l;
  return line;
}

/** The last line before `line` with something on it, else `line`. */
function previousContentLine(read: ReadResult, line: number): number {
  for (let l = line - 1; l >= 0; l--) if (!/^\s*(?:#.*)?$/u.test(read.lineIndex.lineText(l))) return l;
  return line;
}

/** The section whose top-level key is the nearest at or above `line`. */
function sectionAt(read: ReadResult, line: number): SectionDef["id"] | null {
  for (let l = line; l >= 0; l--) {
    const m = /^([^\s#:][^:]*?)\s*:/u.exec(read.lineIndex.lineText(l));
    if (!m) continue;
    const key = normalizeKey(m[1]!);
    const s = read.form.sections.find((d) => [d.key, ...(d.aliases ?? [])].some((k) => normalizeKey(k) === key));
    if (s) return s.id;
  }
  return null;
}

/** The label a rendering puts above unreadable lines. */
export function unreadableLabel(part: UnreadablePart, locale: Locale = "zh-CN"): string {
  return message(
    "render.unreadable",
    { lines: part.from === part.to ? `${part.from}` : `${part.from}–${part.to}` },
    locale,
  );
}

/** Unreadable lines in HTML: a marked block with its label, every character escaped. */
export function unreadableHtml(parts: readonly UnreadablePart[], locale: Locale = "zh-CN"): string {
  return parts
    .map((p) => {
      const lines = p.text.split("\n").map((l) => `<p class="nb-unreadable-line">${escapeHtml(l)}</p>`);
      return `<div class="nb-unreadable" data-line="${p.from - 1}"><p class="nb-unreadable-label">${escapeHtml(unreadableLabel(p, locale))}</p>${lines.join("")}</div>`;
    })
    .join("");
}
