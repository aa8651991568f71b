import type { TextEdit } from "../findings/index.js";
import { normalizeKey } from "../read/keys.js";
import { isYamlError, type Observation } from "../read/observations.js";
import type { ReadResult } from "../read/reader.js";
import { writtenKey } from "../read/written-key.js";
import type { Range } from "../source/index.js";
import {
  blockLines,
  closingQuote,
  isPlainStart,
  looksLikeKey,
  proseKeyLine,
  unquoteLine,
} from "../write/prose-block.js";
import type { RuleContext } from "./types.js";

/**
 * A one-line text (`主动公开: "…"` or unquoted) that the author continued on the next line, as
 * anyone used to Word does by pressing Enter, in an editor that put the new line at the key's
 * indentation. YAML then reads the second line as a key of its own and the file breaks; rewritten in
 * the block form (`主动公开: |`), both lines are kept as paragraphs.
 */
export interface ProseBreak {
  readonly label: string;
  /** From the key's line to the end of the last line that continues the text. */
  readonly range: Range;
  /** The first continuation line, where the author pressed Enter (1-based). */
  readonly line: number;
  /** That line's text, where the finding is shown. */
  readonly at: Range;
  readonly edit: TextEdit;
}

/** Lines a text is looked for past its key: a report's paragraphs are far fewer. */
const MAX_LINES = 200;

/** The continued one-line texts of a report, where yaml found an error. */
export function proseBreaks(read: ReadResult): ProseBreak[] {
  const errors = read.observations.filter(isYamlError);
  if (!errors.length) return [];
  const { lineIndex, form } = read;
  const out: ProseBreak[] = [];
  for (let l = 0; l < lineIndex.lineCount; l++) {
    const key = proseKeyLine(form, lineIndex.lineText(l));
    if (!key) continue;
    const quote = key.value[0] === '"' || key.value[0] === "'" ? key.value[0] : null;
    if (quote ? closingQuote(key.value) >= 0 : !isPlainStart(key.value)) continue;
    const first = quote ? key.value.slice(1) : key.value.trim();
    const paragraphs = [quote ? unquoteLine(first, quote) : first];
    let comment = "";
    let last = -1;
    let outdented = false;
    for (let c = l + 1; c < Math.min(lineIndex.lineCount, l + MAX_LINES); c++) {
      const line = lineIndex.lineText(c);
      if (quote) {
        const close = closingQuote(`${quote}${line}`) - 1;
        const content = (close >= 0 ? line.slice(0, close) : line).trim();
        if (close < 0 && looksLikeKey(line) && !line.includes(quote)) break;
        paragraphs.push(unquoteLine(content, quote));
        outdented ||= line.trim() !== "" && indentOf(line) <= key.indent;
        if (close >= 0) {
          const rest = line.slice(close + 1).trim();
          if (rest === "" || rest.startsWith("#")) [last, comment] = [c, rest];
          break;
        }
      } else {
        if (line.trim() === "" || line.trim().startsWith("#") || looksLikeKey(line)) break;
        paragraphs.push(line.trim());
        outdented ||= indentOf(line) <= key.indent;
        last = c;
      }
    }
    if (last < 0 || !outdented) continue;
    const range = { start: lineIndex.lineStart(l), end: lineIndex.lineEnd(last) };
    if (!errors.some((e) => e.range.start >= range.start && e.range.start <= range.end)) continue;
    const next = lineIndex.lineText(l + 1);
    const nextStart = lineIndex.lineStart(l + 1);
    const header = comment ? `|  ${comment}` : "|";
    out.push({
      label: key.label,
      range,
      line: l + 2,
      at: {
        start: nextStart + indentOf(next),
        end: Math.max(nextStart + indentOf(next), nextStart + next.trimEnd().length),
      },
      edit: {
        range: { start: range.start + key.valueAt, end: range.end },
        newText: [header, ...blockLines(paragraphs, key.indent)].join("\n"),
      },
    });
    l = last;
  }
  return out;
}

/** The key written on the line after a broken text, normalized, and whether it is indented; null when there is none. */
function swallowedKey(read: ReadResult, b: ProseBreak): { key: string; indented: boolean } | null {
  const { lineIndex } = read;
  let next = lineIndex.position(b.range.end).line + 1;
  while (next < lineIndex.lineCount && /^\s*(?:#.*)?$/u.test(lineIndex.lineText(next))) next++;
  if (next >= lineIndex.lineCount) return null;
  const written = writtenKey(lineIndex.lineText(next), false);
  return written ? { key: normalizeKey(written.key), indented: written.indent > 0 } : null;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

export interface ProseBreakReading {
  readonly breaks: readonly ProseBreak[];
  /** What the reader observed on those lines: the consequences of the break, not errors of their own. */
  readonly covered: ReadonlySet<Observation>;
  /** The keys of 一、总体情况's topics yaml read into a broken text: written, though read as missing. */
  readonly swallowedTopics: ReadonlySet<string>;
}

const NONE: ProseBreakReading = { breaks: [], covered: new Set(), swallowedTopics: new Set() };

/** The report's broken texts and the observations they account for; computed once per check. */
export function proseBreakReading(ctx: RuleContext): ProseBreakReading {
  if (!ctx.read.observations.some((o) => o.kind === "yaml-error")) return NONE;
  return ctx.memo("prose-breaks", () => {
    const breaks = proseBreaks(ctx.read);
    // yaml joins the line after the text to it as one key, so the key written there reads as missing.
    const keys = breaks.map((b) => swallowedKey(ctx.read, b)).filter((k) => k !== null);
    const swallowed = new Set(keys.map((k) => k.key));
    const inside = (o: Observation) =>
      breaks.some((b) => o.range.start >= b.range.start && o.range.start <= b.range.end) ||
      (o.kind === "missing" && swallowed.has(normalizeKey(o.key)));
    return {
      breaks,
      covered: new Set(ctx.read.observations.filter(inside)),
      swallowedTopics: new Set(keys.filter((k) => k.indented).map((k) => k.key)),
    };
  });
}
