import type { CheckedFinding, CheckedReport, PositionRange } from "../check/run.js";
import type { Summary } from "./summary.js";

/** The JSON output, a stable interface documented field by field in docs/cli.md. */
export interface JsonOutput {
  readonly reports: readonly JsonReport[];
  readonly summary: Summary;
}

export interface JsonReport {
  readonly file: string;
  readonly agency: string | null;
  readonly year: number | null;
  readonly findings: readonly JsonFinding[];
}

export interface JsonFinding {
  readonly code: string;
  readonly severity: CheckedFinding["severity"];
  readonly message: string;
  readonly range: PositionRange;
  readonly related: readonly { readonly range: PositionRange; readonly message: string; readonly file?: string }[];
  readonly fix?: CheckedFinding["fix"];
}

export function toJson(reports: readonly CheckedReport[], summary: Summary): JsonOutput {
  return {
    reports: reports.map((r) => ({
      file: r.file,
      agency: r.agency,
      year: r.year,
      findings: r.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: f.location.range,
        // A related place in another file (the previous year's report) names that file.
        related: f.related.map((rel) => ({
          range: rel.location.range,
          message: rel.message,
          ...(rel.location.file !== r.file ? { file: rel.location.file } : {}),
        })),
        ...(f.fix ? { fix: f.fix } : {}),
      })),
    })),
    summary,
  };
}
