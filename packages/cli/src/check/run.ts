import { checkAgainstPreviousYear, checkRead, readReport, RULES, type CheckOptions, type Finding, type LineIndex, type Position, type ReadResult, type Rule, type Severity } from "@nianbao/core";
import { pairPreviousYear } from "./pairing.js";

/** A report file to check: how the output names it, and its text. */
export interface ReportInput {
  readonly file: string;
  readonly text: string;
}

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
  /** Edits apply to the finding's own file. */
  readonly fix?: { readonly title: string; readonly edits: readonly { readonly range: PositionRange; readonly newText: string }[] };
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
 * Checks every report, then each against the same agency's previous-year report among the inputs.
 * `rules` defaults to the core registry (tests pass their own).
 */
export function checkReports(inputs: readonly ReportInput[], options: CheckOptions = {}, rules: readonly Rule[] = RULES): CheckedReport[] {
  const reads = inputs.map((input) => readReport(input.text, options.limits));
  const previous = pairPreviousYear(reads.map((r) => r.report));
  return inputs.map((input, i) => {
    const read = reads[i]!;
    const prevIndex = previous[i];
    const prev = prevIndex === undefined ? undefined : { file: inputs[prevIndex]!.file, read: reads[prevIndex]! };
    const findings = checkRead(read, options, rules);
    if (prev) findings.push(...checkAgainstPreviousYear(read, prev.read, options, rules));
    findings.sort(byPlace);
    return {
      file: input.file,
      agency: read.report.agency,
      year: read.report.year,
      previousFile: prev?.file ?? null,
      findings: findings.map((f) => place(f, { file: input.file, read }, prev)),
    };
  });
}

/** Core's order for findings, kept when cross-year findings join the document ones. */
function byPlace(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);
}

interface Placed {
  readonly file: string;
  readonly read: ReadResult;
}

function place(f: Finding, current: Placed, previous: Placed | undefined): CheckedFinding {
  const at = (where: Placed, range: Finding["range"]): Location => ({ file: where.file, range: positions(where.read.lineIndex, range) });
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    location: at(current, f.range),
    related: f.related.map((r) => ({ location: at(r.document === "previous" && previous ? previous : current, r.range), message: r.message })),
    ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: positions(current.read.lineIndex, e.range), newText: e.newText })) } } : {}),
  };
}

function positions(index: LineIndex, range: Finding["range"]): PositionRange {
  return { start: index.position(range.start), end: index.position(range.end) };
}
