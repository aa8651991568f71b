import { normalizeKey } from "../read/keys.js";
import { isYamlError as isError, type Observation } from "../read/observations.js";
import type { ReadResult } from "../read/reader.js";
import { writtenKey } from "../read/written-key.js";
import type { Range } from "../source/index.js";
import type { RuleContext } from "./types.js";
import { proseBreakReading } from "./prose-breaks.js";
import { misindentedLines, type Misindented } from "./file/misindented.js";

/** The tables as model paths: an empty value there is a missing table, not a misshapen one. */
const TABLE_ROOTS: ReadonlySet<string> = new Set(["proactive", "requests", "litigation"]);

/**
 * The one rule that reports each observation of the reader. Routing every observation here, rather
 * than letting each rule pick the kinds it likes, is what guarantees that none is dropped and none
 * is reported twice. (The consequences of an indentation error are not dropped either: they are
 * folded into their cause, see `unreadableLines`.)
 */
export function ruleForObservation(o: Observation): string {
  switch (o.kind) {
    case "yaml-error":
    case "duplicate-key":
      return "YAML-SYNTAX";
    case "limit":
      return "YAML-LIMIT";
    case "encoding":
      return "FILE-ENCODING";
    case "heading-ordinal":
      return "STR-HEADING-ORDINAL";
    case "template-mismatch":
    case "format-undeclared":
      return "STR-TEMPLATE-VERSION";
    case "bad-meta":
      // An unreadable 机关 or 年度 is as bad as a missing one; an optional field goes to the rule about it.
      if (o.field === "format") return "STR-TEMPLATE-VERSION";
      if (o.field === "title") return "STR-TITLE";
      if (o.field === "publishedOn") return "META-TIMELINESS";
      return "STR-SECTIONS";
    case "normalized-meta":
      // Written as a cell with full-width digits or a unit would be, and reported as such a cell is.
      return "VAL-NUMERIC";
    case "mistyped-key":
      return "STR-ROW-LABELS";
    case "unknown-key":
      return o.area === "table" || o.area === "notes" ? "STR-ROW-LABELS" : "STR-SECTIONS";
    case "missing":
      if (o.what === "table") return "STR-TABLE-PRESENT";
      return o.what === "meta" || o.what === "section" || o.what === "topic" ? "STR-SECTIONS" : "STR-TABLE-SHAPE";
    case "wrong-type":
      if (o.area !== "table") return "STR-SECTIONS";
      return TABLE_ROOTS.has(o.path) && o.found === "empty" ? "STR-TABLE-PRESENT" : "STR-TABLE-SHAPE";
    case "row-length":
      return "STR-TABLE-SHAPE";
    default:
      return unreachable(o);
  }
}

function unreachable(o: never): never {
  throw new Error(`observation kind not routed to a rule: ${JSON.stringify(o)}`);
}

/** The observations the rule `code` reports: all it is routed, but the consequences folded into their cause. */
export function observationsFor(ctx: RuleContext, code: string): Observation[] {
  const { folded } = reading(ctx);
  const { covered } = proseBreakReading(ctx);
  return ctx.read.observations.filter((o) => ruleForObservation(o) === code && !folded.has(o) && !covered.has(o));
}

/**
 * Lines yaml could not read at their level because of one indentation error, `cause`: from its
 * line to the last line of the errors that follow from it.
 */
export interface UnreadableLines {
  readonly range: Range;
  /** 1-based, as the messages quote them. */
  readonly from: number;
  readonly to: number;
  /** The observations folded into the cause. */
  readonly folded: number;
  /** The one line whose indentation, corrected, makes these lines readable, when there is one. */
  readonly misindented?: Misindented;
}

/** The lines the indentation error `cause` left unreadable, if it left any consequence. */
export function unreadableLines(ctx: RuleContext, cause: Observation): UnreadableLines | undefined {
  return reading(ctx).causes.get(cause);
}

/**
 * yaml's indentation errors. Past a tab in the indentation, or a line indented wrongly, yaml closes
 * the mappings it was in and reads the lines that follow at the wrong level, up to the next
 * top-level key: each of them gets an indentation error of its own, their keys are unknown where
 * they land (「结转下年度」 is not a top-level key), and the rows they hold are missing from their
 * table. Those are all one error: the first.
 */
const BREAKS_INDENTATION: ReadonlySet<string> = new Set(["TAB_AS_INDENT", "BAD_INDENT"]);

export interface Reading {
  readonly folded: ReadonlySet<Observation>;
  readonly causes: ReadonlyMap<Observation, UnreadableLines>;
}

const NOTHING_FOLDED: Reading = { folded: new Set(), causes: new Map() };

function reading(ctx: RuleContext): Reading {
  // Nearly every report reads without an error: look no further for those.
  if (!ctx.read.observations.some(isError)) return NOTHING_FOLDED;
  return ctx.memo("observed.reading", () => foldConsequences(ctx.read));
}

function breaksIndentation(o: Observation): boolean {
  return isError(o) && BREAKS_INDENTATION.has(o.code);
}

/**
 * Folds into each indentation error what follows from it, within the lines it made unreadable:
 * the indentation errors after it up to the next top-level key, everything else the reader noticed
 * on those lines (unknown keys, misshapen rows …), the key just above them left empty, and the
 * rows, groups and sections reported missing whose key is written there. A key written nowhere
 * else is really missing and stays.
 */
export function foldConsequences(read: ReadResult): Reading {
  const { observations, lineIndex, text } = read;
  const errors = observations.filter(isError).sort((a, b) => a.range.start - b.range.start);
  const folded = new Set<Observation>();
  const causes = new Map<Observation, UnreadableLines>();
  let misindentedAt: ((line: number) => Misindented | null) | undefined;
  for (let i = 0; i < errors.length;) {
    const cause = errors[i]!;
    const first = lineIndex.position(cause.range.start).line;
    if (!breaksIndentation(cause)) {
      i++;
      continue;
    }
    // One wrongly indented line may be the cause: then every error of its entry, whatever yaml
    // calls it, follows from that line.
    const misindented = (misindentedAt ??= misindentedLines(text.split("\n")))(first);
    const entryEnd = nextTopLevelLine(read, first);
    let j = i + 1;
    while (j < errors.length && errors[j]!.range.start < entryEnd && (misindented || breaksIndentation(errors[j]!)))
      j++;
    const from = Math.min(first, misindented?.line ?? first);
    // A misindented line can leave every line after it in its entry misread, not only those with an error.
    const last = misindented ? lastContentLine(read, entryEnd) : lineIndex.position(errors[j - 1]!.range.start).line;
    const range = { start: lineIndex.lineStart(from), end: lineIndex.lineEnd(last) };
    const unreadable: Unreadable = {
      range,
      keys: keysWritten(text.slice(range.start, range.end)),
      emptied: emptiedParent(read, from),
      anyError: misindented !== null,
    };
    let count = 0;
    for (const o of observations) {
      if (o === cause || folded.has(o) || !isConsequence(o, unreadable, read)) continue;
      folded.add(o);
      count++;
    }
    if (count > 0 || misindented)
      causes.set(cause, {
        range,
        from: from + 1,
        to: last + 1,
        folded: count,
        ...(misindented ? { misindented } : {}),
      });
    i = j;
  }
  return { folded, causes };
}

/** The lines an indentation error left unreadable, the keys written on them, and the line of the key above them. */
interface Unreadable {
  readonly range: Range;
  readonly keys: ReadonlySet<string>;
  readonly emptied: number;
  /** Every syntax error on them follows from the cause, not only the indentation errors. */
  readonly anyError: boolean;
}

function isConsequence(o: Observation, lines: Unreadable, read: ReadResult): boolean {
  const inside = o.range.start >= lines.range.start && o.range.start <= lines.range.end;
  switch (o.kind) {
    case "yaml-error":
      // Another kind of syntax error on those lines is an error of its own, unless re-indenting
      // the one line made them all go.
      return inside && (lines.anyError ? isError(o) : breaksIndentation(o));
    case "limit":
    case "format-undeclared":
      return false;
    case "missing":
      return inside || lines.keys.has(normalizeKey(o.key));
    case "wrong-type":
      return inside || (o.found === "empty" && read.lineIndex.position(o.range.start).line === lines.emptied);
    default:
      return inside;
  }
}

/**
 * The line of the key whose value the unreadable lines starting at `line` were: the content line
 * just above them. Cut off from its rows, it reads as empty (「不予公开」 with nothing under it).
 */
function emptiedParent(read: ReadResult, line: number): number {
  for (let l = line - 1; l >= 0; l--) {
    const t = read.lineIndex.lineText(l).trim();
    if (t !== "" && !t.startsWith("#")) return l;
  }
  return -1;
}

/** The start of the first line after `line` that begins a top-level key, or the end of the text. */
function nextTopLevelLine(read: ReadResult, line: number): number {
  const { lineIndex } = read;
  for (let l = line + 1; l < lineIndex.lineCount; l++)
    if (/^[^\s#\-\]},]/u.test(lineIndex.lineText(l))) return lineIndex.lineStart(l);
  return read.text.length;
}

/** The last line before the offset `end` (a line start or the end of the text) that is not blank. */
function lastContentLine(read: ReadResult, end: number): number {
  const { lineIndex } = read;
  let l = lineIndex.position(end).line - (end === read.text.length ? 0 : 1);
  while (l > 0 && lineIndex.lineText(l).trim() === "") l--;
  return l;
}

/** The keys written at the start of lines (before the first colon), as the reader compares them. */
function keysWritten(lines: string): Set<string> {
  const keys = new Set<string>();
  for (const line of lines.split("\n")) {
    const written = writtenKey(line, true);
    if (written) keys.add(normalizeKey(written.key));
  }
  return keys;
}

/**
 * Where to show a finding about the entry at `path`: its own range, unless that is empty (a key
 * written with no value), in which case the key, so that the editor has something to underline.
 */
export function visibleRange(ctx: RuleContext, range: Range, path: string): Range {
  return range.end > range.start ? range : (ctx.keyRange(path) ?? range);
}
