import {
  formatForYear,
  nextYearFrom,
  reportYearDue,
  notAReport,
  readReport,
  recomputeTotalsEdits,
  renderReportPage,
  reportTemplate,
  unreadableParts,
  writeReportYaml,
  type Report,
  type TextEdit,
  type UnreadablePart,
} from "@nianbao/core";
import type { Locale } from "@nianbao/core";
import type { Translate } from "../l10n.js";

/** The year a new report is offered for: the one whose report is due next (core's reportYearDue). */
export function defaultReportYear(today: Date = new Date()): number {
  return reportYearDue(today);
}

/** A complete empty report (the year's form, every cell 0, every text empty) for a year and, when given, an agency. */
export function emptyReportText(year: number, agency: string | null, t: Translate): string {
  const report = reportTemplate({
    format: formatForYear(year),
    year,
    ...(agency?.trim() ? { agency: agency.trim() } : {}),
  });
  return writeReportYaml(report, {
    header: [t("New report for {year}: fill in 机关, the figures and the text.", { year })],
  });
}

export interface NextYear {
  /** Null when nothing can be carried over: the file is no report, or a carried row cannot be read. */
  readonly text: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  /** What the author must know: blank or '/' cells carried as written (warnings), or why nothing was made (errors). */
  readonly problems: readonly { readonly severity: "error" | "warning"; readonly message: string }[];
}

/**
 * Next year's report from last year's text: 上年结转 from 结转下年度, 现行有效 carried, everything
 * else 0 and the prose left to write (core's `nextYearFrom`, as `nianbao new --from`): a blank or
 * '/' carried as written with a warning; a file that is no report, or a carried row or cell that
 * cannot be read, makes no report at all, since its carried figures would be guesses.
 */
export function nextYearText(previousText: string, t: Translate, locale: Locale = "en"): NextYear {
  const read = readReport(previousText);
  const previous = read.report;
  if (notAReport(read))
    return {
      text: null,
      agency: null,
      year: null,
      problems: [
        {
          severity: "error",
          message: t("The chosen file is not a 年报 (*.nianbao.yaml): nothing can be carried over from it."),
        },
      ],
    };
  const { report: next, findings } = nextYearFrom(read, locale);
  const problems = findings.map((f) => ({
    severity: f.severity === "error" ? ("error" as const) : ("warning" as const),
    message: f.message,
  }));
  if (problems.some((p) => p.severity === "error"))
    return { text: null, agency: next.agency, year: next.year, problems };
  const header = [
    t(
      "Started from the {year} report: 上年结转, 现行有效 and the contact details are carried over; write the rest fresh.",
      { year: previous.year ?? "?" },
    ),
  ];
  return { text: writeReportYaml(next, { header }), agency: next.agency, year: next.year, problems };
}

/** The file name a new report is offered under, e.g. 洪泽区人民政府-2024.nianbao.yaml. */
export function reportFileName(agency: string | null, year: number | null): string {
  const safe = (agency ?? "").replace(/[\\/:*?"<>|\s]+/g, "").slice(0, 60);
  return `${[safe, year ?? ""].filter(Boolean).join("-") || "report"}.nianbao.yaml`;
}

/** Edits that set every 总计 of tables 三 and 四 to the sum of its cells (only totals that differ). */
export function recomputeAllTotals(text: string): TextEdit[] {
  const read = readReport(text);
  return recomputeTotalsEdits(read.form, read.report, read.sourceMap);
}

/** A report as every export shows it: its model, and the lines YAML could not read (shown marked, never dropped). */
export function exportedReport(text: string): { report: Report; unreadable: readonly UnreadablePart[] } {
  const read = readReport(text);
  return { report: read.report, unreadable: unreadableParts(read) };
}

/** The publishable page of a report: core's rendering with print CSS, without marks or scripts. */
export function exportHtmlText(text: string): string {
  const { report, unreadable } = exportedReport(text);
  return renderReportPage(report, { unreadable });
}

/** The exported file's name beside the report: 洪泽区-2023.nianbao.yaml → 洪泽区-2023.html (or .docx). */
export function exportFileName(reportPath: string, extension: "html" | "docx" = "html"): string {
  const base = reportPath.split(/[\\/]/).pop() ?? "report";
  return base.replace(/\.nianbao\.ya?ml$/i, "").replace(/\.ya?ml$/i, "") + "." + extension;
}

/** The agency of a report's text, to offer it again for a new report; null when it names none. */
export function agencyOf(text: string): string | null {
  return readReport(text).report.agency;
}

/** The year typed for a new report: four digits, from 2008 (the first year under the 条例) to next year; null otherwise. */
export function parseReportYear(value: string, today: Date = new Date()): number | null {
  const m = /^\s*(\d{4})\s*(?:年)?\s*$/.exec(
    value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
  );
  const year = m ? Number(m[1]) : NaN;
  return year >= 2008 && year <= today.getFullYear() + 1 ? year : null;
}
