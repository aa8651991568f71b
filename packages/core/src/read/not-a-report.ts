import type { ReadResult } from "./reader.js";

/** Why a file read as a report holds none (see `notAReport`). */
export type NotAReportReason = "empty" | "not-mapping" | "no-section" | "too-large";

/**
 * Whether what was read is no report at all, and why: an empty file, text or binary data that is
 * not a YAML mapping, a mapping with none of the six sections, or a file past a reading limit that
 * stops the reader. Commands that make something from a report (render a page, start next year's
 * report) refuse such a file instead of making a blank one; `check` reports it as findings.
 * A report with only some sections, or with errors, is a report.
 */
export function notAReport(read: ReadResult): NotAReportReason | null {
  if (Object.values(read.report.present).some(Boolean)) return null;
  for (const o of read.observations) {
    if (o.kind === "limit" && o.limit !== "line-length" && o.limit !== "errors") return "too-large";
    if (o.kind === "wrong-type" && o.path === "") return o.found === "empty" ? "empty" : "not-mapping";
  }
  return "no-section";
}
