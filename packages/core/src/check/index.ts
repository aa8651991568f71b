import type { Finding, Severity } from "../findings/index.js";
import type { Report } from "../model/index.js";
import { readReport, type ReadResult } from "../read/reader.js";
import {
  crossYearContexts,
  localize,
  resolveOptions,
  ruleContexts,
  unpairedContexts,
  type RawFinding,
} from "../rules/context.js";
import { RULES } from "../rules/index.js";
import type {
  CheckOptions,
  CrossYearRule,
  DocumentRule,
  LikelyPrevious,
  ResolvedCheckOptions,
  Rule,
  UnpairedRule,
} from "../rules/types.js";
import type { LineIndex, SourceEntry } from "../source/index.js";
import { silenceDisabled } from "./disable.js";

/** A parsed and checked report. */
export interface ParsedReport {
  readonly report: Report;
  readonly findings: readonly Finding[];
  readonly sourceMap: ReadonlyMap<string, SourceEntry>;
  readonly lineIndex: LineIndex;
  /** Everything the reader produced, for further checks (cross-year) and tools. */
  readonly read: ReadResult;
}

/** Parses a `*.nianbao.yaml` text and runs every in-document rule. Never throws, whatever the input. */
export function parseReport(text: string, options: CheckOptions = {}): ParsedReport {
  const read = readReport(text, options.limits);
  return {
    report: read.report,
    findings: checkRead(read, options),
    sourceMap: read.sourceMap,
    lineIndex: read.lineIndex,
    read,
  };
}

/** Runs the in-document rules on a report already read. */
export function checkRead(read: ReadResult, options: CheckOptions = {}, rules: readonly Rule[] = RULES): Finding[] {
  return runRules(
    read,
    rules,
    options,
    (r): r is DocumentRule => r.kind === "document",
    (resolved, raw) => {
      const contextFor = ruleContexts(read, resolved, raw);
      return (rule) => rule.check(contextFor(rule));
    },
  );
}

/**
 * Runs the cross-year rules: `current` against the same agency's report for the year before.
 * Returns only the cross-year findings.
 */
export function checkAgainstPreviousYear(
  current: ReadResult | ParsedReport,
  previous: ReadResult | ParsedReport,
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): Finding[] {
  const cur = "read" in current ? current.read : current;
  const prev = "read" in previous ? previous.read : previous;
  return runRules(
    cur,
    rules,
    options,
    (r): r is CrossYearRule => r.kind === "cross-year",
    (resolved, raw) => {
      const contextFor = crossYearContexts(cur, prev, resolved, raw);
      return (rule) => rule.check(contextFor(rule));
    },
  );
}

/**
 * Runs the rules of a report that pairing did not match with last year's with certainty while
 * `likely` may be last year's (pairPreviousYears gives it): the cross-year rules are not run on a
 * guess, and XY-UNPAIRED says which report was not compared and why. Returns only those findings.
 */
export function checkUnpaired(
  current: ReadResult | ParsedReport,
  likely: LikelyPrevious,
  options: CheckOptions = {},
  rules: readonly Rule[] = RULES,
): Finding[] {
  const cur = "read" in current ? current.read : current;
  return runRules(
    cur,
    rules,
    options,
    (r): r is UnpairedRule => r.kind === "unpaired",
    (resolved, raw) => {
      const contextFor = unpairedContexts(cur, likely, resolved, raw);
      return (rule) => rule.check(contextFor(rule));
    },
  );
}

/**
 * Runs each rule of one kind that is not turned off, each guarded, with the checker `contexts`
 * makes for this check, and gives the findings about `read` in order.
 */
function runRules<R extends Rule>(
  read: ReadResult,
  rules: readonly Rule[],
  options: CheckOptions,
  ofKind: (rule: Rule) => rule is R,
  contexts: (resolved: ResolvedCheckOptions, raw: RawFinding[]) => (rule: R) => void,
): Finding[] {
  const resolved = resolveOptions(options);
  const raw: RawFinding[] = [];
  const check = contexts(resolved, raw);
  const judged = new Set<string>();
  for (const rule of rules)
    if (ofKind(rule) && resolved.severity[rule.code] !== "off") {
      judged.add(rule.code);
      runGuarded(rule, raw, () => check(rule));
    }
  // Each check judges the disable comments naming the rules it ran (the cross-year ones only when
  // there was a previous year to compare with), when DISABLE-UNUSED is among its rules.
  const reportUnused = rules.some((r) => r.code === "DISABLE-UNUSED") && resolved.severity["DISABLE-UNUSED"] !== "off";
  return finish(silenceDisabled(raw, read, judged, reportUnused), read, resolved);
}

function runGuarded(rule: Rule, raw: RawFinding[], run: () => void): void {
  try {
    run();
  } catch (err) {
    // One faulty rule must not take the others down; say so instead of failing silently.
    raw.push({
      code: rule.code,
      severity: "error",
      draft: {
        messageId: "internal.ruleFailed",
        args: { code: rule.code, detail: String(err) },
        range: { start: 0, end: 0 },
      },
    });
  }
}

/** Applies severity overrides and 说明 acknowledgements, sorts, and words the findings. */
function finish(raw: readonly RawFinding[], read: ReadResult, options: ResolvedCheckOptions): Finding[] {
  const acknowledged = new Set(read.report.notes.filter((n) => n.rule && n.text.trim()).map((n) => n.rule!));
  const out: Finding[] = [];
  for (const r of raw) {
    const setting = options.severity[r.code];
    if (setting === "off") continue;
    const severity: Severity = setting ?? r.severity;
    // An author's 说明 answers a warning or a note; an error must be corrected, not explained.
    if (acknowledged.has(r.code) && severity !== "error") continue;
    out.push(localize(r, severity, options));
  }
  return out.sort(
    (a, b) =>
      fileErrorFirst(a) - fileErrorFirst(b) ||
      a.range.start - b.range.start ||
      a.range.end - b.range.end ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

const FILE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.category === "file").map((r) => r.code));

/**
 * 0 for a file error (YAML syntax, a limit), 1 for any other finding: findings are listed by place,
 * file errors first, since until they are fixed the file is not read as written and what the other
 * rules say may follow from them.
 */
export function fileErrorFirst(f: { readonly code: string; readonly severity: Severity }): number {
  return f.severity === "error" && FILE_RULES.has(f.code) ? 0 : 1;
}
