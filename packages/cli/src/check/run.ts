import {
  checkAgainstPreviousYear,
  checkRead,
  checkUnpaired,
  fileErrorFirst,
  readReport,
  RULES,
  type CheckOptions,
  type Finding,
  type FixApplicability,
  type LineIndex,
  type Position,
  type ReadResult,
  type Rule,
  type Severity,
  type TextEncoding,
} from "@nianbao/core";
import type { CliError } from "../errors.js";
import { cliMessage } from "../messages/index.js";
import { pairPreviousYear } from "./pairing.js";

/** A report file to check: how the output names it, its text, and the encoding it was decoded from (UTF-8 if not said). */
export interface ReportInput {
  readonly file: string;
  readonly text: string;
  readonly encoding?: TextEncoding;
  /** Its own options (its config's), when not the run's. */
  readonly options?: CheckOptions;
}

/**
 * The code of the finding that stands for an input that could not be read as a report (denied,
 * over the size limit, undecidable bytes, not a file). Not a rule of core: nothing was checked.
 * Any such finding makes `check` exit with 2.
 */
export const UNREADABLE = "FILE-UNREADABLE";

export interface PositionRange {
  readonly start: Position;
  readonly end: Position;
}

/** A place in one of the checked files, with 0-based lines and UTF-16 characters as in LSP. */
export interface Location {
  readonly file: string;
  readonly range: PositionRange;
}

/** A finding placed in its file: what every output format is written from. */
export interface CheckedFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly location: Location;
  readonly related: readonly { readonly location: Location; readonly message: string }[];
  /** The model paths the finding is about, the offending cell first (core's `Finding.paths`): what marks cells in the audit page. */
  readonly paths?: readonly string[];
  /** Edits apply to the finding's own file. */
  readonly fix?: {
    readonly title: string;
    readonly edits: readonly { readonly range: PositionRange; readonly newText: string }[];
    /** Whether `--fix` applies it ("auto") or leaves it to the author ("suggestion"); see core's FixApplicability. */
    readonly applicability: FixApplicability;
  };
}

export interface CheckedReport {
  readonly file: string;
  readonly agency: string | null;
  readonly year: number | null;
  /** The file the cross-year rules compared this report with, if one was found among the inputs. */
  readonly previousFile: string | null;
  readonly findings: readonly CheckedFinding[];
}

/**
 * A placed finding with the offsets core orders findings by: document and cross-year findings of
 * one report are merged in core's order, which positions alone cannot always reproduce.
 */
export interface OrderedFinding {
  readonly finding: CheckedFinding;
  readonly start: number;
  readonly end: number;
}

/** What checking one report on its own gives: its placed findings, and what pairing needs. */
export interface DocumentResult {
  readonly file: string;
  readonly agency: string | null;
  readonly year: number | null;
  readonly findings: readonly OrderedFinding[];
}

/** A report read from its file, as the cross-year rules need it. */
export interface ReadFile {
  readonly file: string;
  readonly read: ReadResult;
  /** Its own options (its config's), when not the run's. */
  readonly options?: CheckOptions | undefined;
}

/**
 * Fixes the date the timeliness rules compare with once for the whole run, so every report (and
 * every worker thread) is checked against the same day even across midnight.
 */
export function withToday(options: CheckOptions): CheckOptions {
  return options.today ? options : { ...options, today: new Date().toISOString().slice(0, 10) };
}

/**
 * Checks every report, then each against the same agency's previous-year report among the inputs.
 * `rules` defaults to the core registry (tests pass their own). The batch path (batch.ts) runs the
 * same steps in worker threads and gives the same result.
 */
export function checkReports(
  inputs: readonly ReportInput[],
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): CheckedReport[] {
  const opts = withToday(options);
  const reads = inputs.map((input) => ({
    file: input.file,
    read: readReport(input.text, { ...opts.limits, ...(input.encoding ? { encoding: input.encoding } : {}) }),
    options: input.options,
  }));
  const documents = reads.map((r) => checkDocument(r, r.options ?? opts, rules));
  const matches = pairPreviousYear(documents);
  return documents.map((doc, i) => {
    const { previous: p, likely: l } = matches[i]!;
    const cross =
      p !== undefined
        ? checkPair(reads[i]!, reads[p]!, reads[i]!.options ?? opts, rules)
        : l !== undefined
          ? checkLikely(reads[i]!, likelyOf(documents[l]!), reads[i]!.options ?? opts, rules)
          : [];
    return assemble(doc, cross, p === undefined ? null : reads[p]!.file);
  });
}

/** The document rules on one report, their findings placed. */
export function checkDocument(
  current: ReadFile,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): DocumentResult {
  const { report } = current.read;
  return {
    file: current.file,
    agency: report.agency,
    year: report.year,
    findings: checkRead(current.read, options, rules).map((f) => ordered(f, current, undefined)),
  };
}

/** The cross-year rules on a report and the same agency's report for the year before, placed. */
export function checkPair(
  current: ReadFile,
  previous: ReadFile,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): OrderedFinding[] {
  return checkAgainstPreviousYear(current.read, previous.read, options, rules).map((f) =>
    ordered(f, current, previous),
  );
}

/** What XY-UNPAIRED says of a likely previous-year report: its file, agency and year. */
export interface Likely {
  readonly file: string;
  readonly agency: string | null;
  readonly year: number | null;
}

export function likelyOf(doc: DocumentResult): Likely {
  return { file: doc.file, agency: doc.agency, year: doc.year };
}

/** A report that pairing did not match with last year's with certainty, while `likely` may be it: XY-UNPAIRED, placed. */
export function checkLikely(
  current: ReadFile,
  likely: Likely,
  options: CheckOptions,
  rules: readonly Rule[] = RULES,
): OrderedFinding[] {
  return checkUnpaired(
    current.read,
    { name: likely.file, agency: likely.agency, year: likely.year },
    options,
    rules,
  ).map((f) => ordered(f, current, undefined));
}

/** One report's result: its document and cross-year findings in core's order. */
export function assemble(
  doc: DocumentResult,
  cross: readonly OrderedFinding[],
  previousFile: string | null,
): CheckedReport {
  // A stable sort of the two lists, each already in core's order, keeps a document finding before
  // a cross-year one that compares equal, as sorting the findings themselves did.
  const all = cross.length ? [...doc.findings, ...cross].sort(byPlace) : doc.findings;
  return { file: doc.file, agency: doc.agency, year: doc.year, previousFile, findings: all.map((o) => o.finding) };
}

/** The result that stands for an input that could not be read: one FILE-UNREADABLE error saying why. */
export function unreadableResult(file: string, error: CliError, options: CheckOptions): DocumentResult {
  const at = { line: 0, character: 0 };
  const finding: CheckedFinding = {
    code: UNREADABLE,
    severity: "error",
    message: cliMessage(error.messageId, error.args, options.locale),
    location: { file, range: { start: at, end: at } },
    related: [],
  };
  return { file, agency: null, year: null, findings: [{ finding, start: 0, end: 0 }] };
}

/** Core's order for findings, kept when cross-year findings join the document ones. */
function byPlace(a: OrderedFinding, b: OrderedFinding): number {
  return (
    fileErrorFirst(a.finding) - fileErrorFirst(b.finding) ||
    a.start - b.start ||
    a.end - b.end ||
    a.finding.code.localeCompare(b.finding.code) ||
    a.finding.message.localeCompare(b.finding.message)
  );
}

function ordered(f: Finding, current: ReadFile, previous: ReadFile | undefined): OrderedFinding {
  return { finding: place(f, current, previous), start: f.range.start, end: f.range.end };
}

function place(f: Finding, current: ReadFile, previous: ReadFile | undefined): CheckedFinding {
  const at = (where: ReadFile, range: Finding["range"]): Location => ({
    file: where.file,
    range: positions(where.read.lineIndex, range),
  });
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    location: at(current, f.range),
    related: f.related.map((r) => ({
      location: at(r.document === "previous" && previous ? previous : current, r.range),
      message: r.message,
    })),
    ...(f.paths.length ? { paths: f.paths } : {}),
    ...(f.fix
      ? {
          fix: {
            title: f.fix.title,
            edits: f.fix.edits.map((e) => ({ range: positions(current.read.lineIndex, e.range), newText: e.newText })),
            applicability: f.fix.applicability,
          },
        }
      : {}),
  };
}

function positions(index: LineIndex, range: Finding["range"]): PositionRange {
  return { start: index.position(range.start), end: index.position(range.end) };
}
