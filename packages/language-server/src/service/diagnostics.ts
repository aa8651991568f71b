import {
  checkAgainstPreviousYear,
  checkUnpaired,
  type Finding,
  type LikelyPrevious,
  type Range as CoreRange,
  type ReadResult,
} from "@nianbao/core";
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver-types";
import type { ServiceCache } from "./cache.js";
import { checkOptions, type AnalyzedDocument } from "./document.js";
import { LspLines, type PositionIndex } from "./lsp-lines.js";
import type { Settings } from "./settings.js";

export function toLspRange(index: PositionIndex, r: CoreRange): Range {
  return { start: index.position(r.start), end: index.position(r.end) };
}

const SEVERITY: Record<Finding["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export const DIAGNOSTIC_SOURCE = "nianbao";

/** The previous year's report, where the workspace has one. */
export interface PreviousYear {
  readonly uri: string;
  readonly read: ReadResult;
  /** Positions in its text, when the caller has them already. */
  readonly lines?: PositionIndex;
}

/**
 * Every finding for a document: its own rules, and the cross-year rules against last year's report,
 * or XY-UNPAIRED when a likely previous year could not be paired with certainty.
 */
export function findingsFor(
  doc: AnalyzedDocument,
  settings: Settings,
  previous: PreviousYear | null,
  likely: LikelyPrevious | null = null,
): Finding[] {
  const own = [...doc.parsed.findings];
  if (previous) return [...own, ...checkAgainstPreviousYear(doc.parsed, previous.read, checkOptions(settings))];
  if (likely) return [...own, ...checkUnpaired(doc.parsed, likely, checkOptions(settings))];
  return own;
}

/**
 * findingsFor, computed once per analysed version and previous-year read: an editor asks for
 * diagnostics, inlay hints and code actions of the same version, and each would otherwise re-run
 * the cross-year rules.
 */
export function cachedFindings(
  cache: ServiceCache,
  doc: AnalyzedDocument,
  settings: Settings,
  previous: PreviousYear | null,
  likely: LikelyPrevious | null = null,
): readonly Finding[] {
  const prev = previous?.read ?? null;
  const named = likely ? JSON.stringify([likely.name, likely.agency, likely.year]) : null;
  const hit = cache.findings.get(doc);
  if (hit && hit.previous === prev && hit.likely === named) return hit.findings;
  const findings = findingsFor(doc, settings, previous, likely);
  cache.findings.set(doc, { previous: prev, likely: named, findings });
  return findings;
}

/**
 * How many related locations a diagnostic carries. VS Code shows them both in the Problems view and
 * stacked in the hover, where three or more per finding push the quick fix out of sight. Every
 * message already quotes the values its related cells hold, so these only serve to jump to the
 * cells: the first two (the terms the message names first) do; the whole list stays in `data.related`
 * and in the CLI's output.
 */
export const MAX_RELATED = 2;

export function toDiagnostic(doc: AnalyzedDocument, f: Finding, previous: PreviousYear | null): Diagnostic {
  const index = doc.lines;
  const all = f.related.flatMap((r) => {
    if (r.document === "previous") {
      if (!previous) return [];
      return [
        {
          location: {
            uri: previous.uri,
            range: toLspRange(previous.lines ?? new LspLines(previous.read.text), r.range),
          },
          message: r.message,
        },
      ];
    }
    return [{ location: { uri: doc.uri, range: toLspRange(index, r.range) }, message: r.message }];
  });
  const related = all.slice(0, MAX_RELATED);
  return {
    range: toLspRange(index, f.range),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data: { messageId: f.messageId, paths: f.paths, ...(all.length > related.length ? { related: all } : {}) },
  };
}

export function diagnostics(
  doc: AnalyzedDocument,
  settings: Settings,
  previous: PreviousYear | null,
  cache?: ServiceCache,
  likely: LikelyPrevious | null = null,
): Diagnostic[] {
  const findings = cache
    ? cachedFindings(cache, doc, settings, previous, likely)
    : findingsFor(doc, settings, previous, likely);
  return findings.map((f) => toDiagnostic(doc, f, previous));
}
