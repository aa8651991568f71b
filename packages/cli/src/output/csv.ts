import { stringify } from "csv-stringify/sync";
import type { AuditSheets } from "./sheet.js";

/**
 * The reports sheet as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break), in UTF-8 with a BOM, without which Excel and WPS read the Chinese as
 * the local code page. One header row of the printed labels; the findings sheet has no place in
 * a CSV file (XLSX carries it).
 */
export function toCsv(sheets: AuditSheets): string {
  const { columns, rows } = sheets.reports;
  return stringify([columns.map((c) => c.header), ...rows], { bom: true, record_delimiter: "windows" });
}
