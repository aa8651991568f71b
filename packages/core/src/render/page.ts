import type { Report } from "../model/index.js";
import { escapeHtml } from "./escape.js";
import { renderReportHtml, reportTitle, type RenderOptions } from "./report.js";
import { REPORT_CSS } from "./style.js";

/**
 * A standalone page of the report: no script, no remote resource, the stylesheet inline, ready to
 * publish or print. Marks are left out unless given, since a published report shows none.
 */
export function renderReportPage(report: Report, options: RenderOptions = {}): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(reportTitle(report))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    renderReportHtml(report, options),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
