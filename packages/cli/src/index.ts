/**
 * @nianbao/cli — the `nianbao` command. The functions behind it are exported for tools that want
 * the same results without spawning a process.
 */
export { main } from "./cli.js";
export type { CliEnvironment, Command } from "./commands/index.js";
export {
  checkReports,
  type CheckedReport,
  type CheckedFinding,
  type ReportInput,
  type Location,
  type PositionRange,
} from "./check/run.js";
export { agencyKey, pairPreviousYear, type YearOfAgency } from "./check/pairing.js";
export { discoverReports, displayPath } from "./check/discover.js";
export { toJson, type JsonOutput, type JsonReport, type JsonFinding } from "./output/json.js";
export { toSarif, SARIF_SCHEMA } from "./output/sarif.js";
export { formatText } from "./output/text.js";
export { summarize, type Summary } from "./output/summary.js";
export { renderReportDocx } from "./render/docx.js";
export {
  importPdf,
  pdfToSource,
  readPdfPositions,
  type PdfImportOptions,
  type PdfPositions,
  type PdfReadOptions,
} from "./pdf.js";
