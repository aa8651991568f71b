import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import { describePath, FORMS, printedLabel, readReport, type Cell, type Locale, type Report } from "@nianbao/core";
import { cliMessage } from "../../src/messages/index.js";

/**
 * Reading the audit sheets back as a user's program would (csv-parse, exceljs) and comparing them
 * cell by cell with `--format json` and with the reports themselves.
 */

export type Value = string | number | null;

export interface JsonReport {
  file: string;
  agency: string | null;
  year: number | null;
  findings: {
    code: string;
    severity: "error" | "warning" | "info";
    message: string;
    range: { start: { line: number } };
  }[];
}

/** A CSV file's records, strictly parsed (RFC 4180); the BOM must be there and is dropped. */
export function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, relax_column_count: false }) as string[][];
}

/** A worksheet's rows as values (numbers, texts, null for an empty cell), `width` columns each. */
export function sheetRows(sheet: ExcelJS.Worksheet, width: number): Value[][] {
  const rows: Value[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Value[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      if (v !== null && v !== undefined && typeof v !== "string" && typeof v !== "number")
        throw new Error(`cell ${r},${c} holds ${JSON.stringify(v)}, not a number or a text`);
      values.push(v ?? null);
    }
    rows.push(values);
  }
  return rows;
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** What a spreadsheet must show for text from a report: after a ' when it could be taken for a formula. */
export const guarded = (text: string): string => (text.length > 1 && /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text);

/** A table cell as the sheets must hold it (docs/cli.md): numbers as numbers, the rest as written. */
export function expectedCell(cell: Cell): Value {
  switch (cell.status) {
    case "number":
      return cell.note === null ? Number(cell.exact) : guarded(cell.raw!);
    case "placeholder":
    case "invalid":
      return guarded(cell.raw!);
    default:
      return null;
  }
}

/**
 * Every table cell of a report, by its printed label, walked from the model (not from the sheets'
 * columns): a row of the other form that the report carries has that form's label.
 */
export function cellsByLabel(report: Report): Map<string, Value> {
  const form = FORMS[report.format];
  const out = new Map<string, Value>();
  const put = (path: string, cell: Cell) => out.set(printedLabel(describePath(form, path)!).zh, expectedCell(cell));
  for (const [row, cols] of Object.entries(report.proactive))
    for (const [col, cell] of Object.entries(cols)) put(`proactive.${row}.${col}`, cell);
  for (const [row, cells] of Object.entries(report.requests)) cells!.forEach((c, i) => put(`requests.${row}.${i}`, c));
  for (const [row, cells] of Object.entries(report.litigation))
    cells.forEach((c, i) => put(`litigation.${row}.${i}`, c));
  return out;
}

/**
 * Compares the reports sheet (header row first) with the JSON output and the report files of
 * `dir`: fixed columns, counts by severity and by rule, and every table cell under its printed
 * label, empty where the report's form has no such cell. `asText` for CSV, where every field is text.
 */
export function expectReportsSheet(
  rows: readonly (readonly Value[])[],
  json: { reports: JsonReport[]; summary: { byCode: Record<string, number> } },
  dir: string,
  options: { locale?: Locale; asText?: boolean } = {},
): void {
  const t = (id: Parameters<typeof cliMessage>[0]) => cliMessage(id, {}, options.locale ?? "zh-CN");
  const norm = (v: Value): Value => (options.asText ? (v === null ? "" : String(v)) : v);
  const [header, ...data] = rows;
  const codes = Object.keys(json.summary.byCode);
  const fixed = ["sheet.file", "sheet.agency", "sheet.year", "sheet.format"] as const;
  const severities = ["severity.error", "severity.warning", "severity.info"] as const;
  expect(header!.slice(0, 7 + codes.length)).toEqual([...fixed.map(t), ...severities.map(t), ...codes]);
  expect(new Set(header).size).toBe(header!.length);
  expect(data).toHaveLength(json.reports.length);
  const labels = header!.slice(7 + codes.length) as string[];

  // Built whole and compared once: 2,000 reports have half a million cells.
  const expected: Value[][] = [];
  const unlabelled: string[] = [];
  json.reports.forEach((r) => {
    const report = readReport(readFileSync(join(dir, r.file), "utf8")).report;
    const count = (pick: (f: JsonReport["findings"][number]) => boolean) => r.findings.filter(pick).length;
    const cells = cellsByLabel(report);
    for (const label of cells.keys()) if (!labels.includes(label)) unlabelled.push(`${r.file}: ${label}`);
    expected.push(
      [
        guarded(r.file),
        r.agency === null ? null : guarded(r.agency),
        r.year,
        report.format,
        count((f) => f.severity === "error"),
        count((f) => f.severity === "warning"),
        count((f) => f.severity === "info"),
        ...codes.map((code) => count((f) => f.code === code)),
        // Under the columns of the other form's cells, this report's row is empty.
        ...labels.map((label) => cells.get(label) ?? null),
      ].map(norm),
    );
  });
  expect(unlabelled).toEqual([]);
  expect(data).toEqual(expected);
}

/** Compares the findings sheet (header row first) with the JSON output, finding by finding. */
export function expectFindingsSheet(
  rows: readonly (readonly Value[])[],
  json: { reports: JsonReport[] },
  locale: Locale = "zh-CN",
): void {
  const t = (id: Parameters<typeof cliMessage>[0]) => cliMessage(id, {}, locale);
  const [header, ...data] = rows;
  expect(header).toEqual(
    ["sheet.file", "sheet.line", "sheet.rule", "sheet.severity", "sheet.message"].map((id) => t(id as never)),
  );
  const expected = json.reports.flatMap((r) =>
    r.findings.map((f) => [
      guarded(r.file),
      f.range.start.line + 1,
      f.code,
      t(`severity.${f.severity}`),
      guarded(f.message),
    ]),
  );
  expect(data).toEqual(expected);
}
