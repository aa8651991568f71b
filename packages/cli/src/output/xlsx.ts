import { PassThrough } from "node:stream";
import type { AuditSheets, SheetTable } from "./sheet.js";

/**
 * The audit sheets as an Excel workbook (exceljs): the reports sheet with its group headings
 * (报告, 发现的问题, 按规则统计, the tables' printed headings) above the column headers, both rows
 * frozen with the file and agency columns, and filters on the headers; then the findings sheet. Numbers are
 * number cells; every text is a text cell (never a formula), guarded as in CSV.
 *
 * Written with exceljs's streaming writer, row by row: the whole workbook in memory took three
 * times as long and twice the memory for a province's 2,000 reports (half a million cells).
 */
export async function toXlsx(sheets: AuditSheets): Promise<Uint8Array> {
  // Loaded for this format only: exceljs is large, and every other run of the CLI does without it.
  const { default: ExcelJS } = await import("exceljs");
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  // Inline strings: a shared-strings table would hold every text until the end.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = "nianbao";
  await addSheet(book, sheets.reports, true);
  await addSheet(book, sheets.findings, false);
  await book.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** File and agency stay in view while a supervisor scrolls through the tables' cells. */
const FROZEN_COLUMNS = 2;

type Writer = InstanceType<typeof import("exceljs").stream.xlsx.WorkbookWriter>;

async function addSheet(book: Writer, table: SheetTable, grouped: boolean): Promise<void> {
  const { columns, rows } = table;
  const top = grouped ? 2 : 1;
  const sheet = book.addWorksheet(table.name, {
    views: [{ state: "frozen", xSplit: grouped ? FROZEN_COLUMNS : 0, ySplit: top }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: columns.length } };
  const header = (values: readonly string[], height?: number) => {
    const row = sheet.addRow([...values]);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: "top" };
    if (height) row.height = height;
    return row;
  };
  if (grouped) {
    const groups = header(columns.map((c) => c.group));
    // A heading spans the run of columns it is over.
    for (let start = 0; start < columns.length;) {
      let end = start;
      while (end + 1 < columns.length && columns[end + 1]!.group === columns[start]!.group) end++;
      // Not across the frozen columns: Excel would split the merged heading when scrolling.
      if (end > start && start >= FROZEN_COLUMNS) sheet.mergeCells(1, start + 1, 1, end + 1);
      start = end + 1;
    }
    groups.commit();
  }
  header(
    columns.map((c) => c.header),
    grouped ? 75 : undefined,
  ).commit();
  for (const values of rows) sheet.addRow([...values]).commit();
  await sheet.commit();
}
