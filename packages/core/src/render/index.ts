export { escapeHtml } from "./escape.js";
export { Annotator, type RenderMark, type RenderSource } from "./marks.js";
export { PRINTED } from "./printed.js";
export { cellText, renderTable2, renderTable3, renderTable4, table2Spans } from "./tables.js";
export { noteTable, renderReportHtml, reportTitle, type RenderOptions } from "./report.js";
export { renderReportPage } from "./page.js";
export { REPORT_CSS } from "./style.js";
