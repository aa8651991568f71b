import { formatForYear, nextYearReport, parseReport, readReport, recomputeTotalsEdits, renderReportPage, reportTemplate, writeReportYaml, type TextEdit } from "@nianbao/core";
import type { Translate } from "../l10n.js";

/** The year a new report is usually written for: the one that just ended. */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}

/** A complete empty report (the year's form, every cell 0, every text empty) for a year and, when given, an agency. */
export function emptyReportText(year: number, agency: string | null, t: Translate): string {
  const report = reportTemplate({ format: formatForYear(year), year, ...(agency?.trim() ? { agency: agency.trim() } : {}) });
  return writeReportYaml(report, { header: [t("New report for {year}: fill in 机关, the figures and the text.", { year })] });
}

export interface NextYear {
  readonly text: string;
  readonly agency: string | null;
  readonly year: number | null;
}

/**
 * Next year's report from last year's text: 上年结转 from 结转下年度, 现行有效 carried, everything
 * else 0 and the prose left to write (core's `nextYearReport`).
 */
export function nextYearText(previousText: string, t: Translate): NextYear {
  const previous = readReport(previousText).report;
  const next = nextYearReport(previous);
  const header = [t("Started from the {year} report: 上年结转 and 现行有效 are carried over; write the rest fresh.", { year: previous.year ?? "?" })];
  return { text: writeReportYaml(next, { header }), agency: next.agency, year: next.year };
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

/** The publishable page of a report: core's rendering with print CSS, without marks or scripts. */
export function exportHtmlText(text: string): string {
  return renderReportPage(parseReport(text).report);
}

/** The exported page's file name beside the report: 洪泽区-2023.nianbao.yaml → 洪泽区-2023.html. */
export function exportFileName(reportPath: string): string {
  const base = reportPath.split(/[\\/]/).pop() ?? "report";
  return base.replace(/\.nianbao\.ya?ml$/i, "").replace(/\.ya?ml$/i, "") + ".html";
}
