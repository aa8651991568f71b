export { escapeHtml } from "./escape.js";
export { Annotator, type RenderMark, type RenderSource } from "./marks.js";
export { PRINTED, signatureLines } from "./printed.js";
export {
  cellText,
  labelDepth,
  noteCells,
  noteTable,
  reportGrids,
  table2Grid,
  table2Spans,
  table3Grid,
  table3Rows,
  table4Grid,
  tableGrid,
  type GridCell,
  type GridCellKind,
  type GridRow,
  type GridSection,
  type TableGrid,
} from "./grid.js";
export { gridHtml, renderTable2, renderTable3, renderTable4 } from "./tables.js";
export { renderReportHtml, reportTitle, type RenderOptions } from "./report.js";
export { renderReportPage } from "./page.js";
export { REPORT_CSS } from "./style.js";
export { unreadableParts, unreadableHtml, unreadableLabel, type UnreadablePart } from "./unreadable.js";
