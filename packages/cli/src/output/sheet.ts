import type { Cell, FormatYear, Locale, Report } from "@nianbao/core";
import type { CheckedReport } from "../check/run.js";
import { cliMessage } from "../messages/index.js";
import { guardFormula } from "./formula-guard.js";
import { cellColumns, reportCells, type KeyCache } from "./sheet-columns.js";

/** What a spreadsheet cell holds: a number, a text, or nothing. */
export type SheetValue = string | number | null;

export interface SheetColumn {
  /** The heading over a run of columns (报告, 发现的问题, a table's printed heading). */
  readonly group: string;
  readonly header: string;
  /** Roughly how many characters wide the column should show. */
  readonly width: number;
}

export interface SheetTable {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

/**
 * The audit sheets of a run: one row per report (its file, agency, year and form, its findings by
 * severity and by rule, then every cell of its tables), and one row per finding. CSV writes the
 * first, XLSX both. Every text that comes from a report is guarded against formula injection.
 */
export interface AuditSheets {
  readonly reports: SheetTable;
  readonly findings: SheetTable;
}

/**
 * `tables` holds each report's tables as read from its file (null where it could not be read).
 * The findings are the run's, as output (after --quiet and --severity).
 */
export function auditSheets(
  reports: readonly CheckedReport[],
  tables: ReadonlyMap<string, Report | null>,
  locale: Locale,
): AuditSheets {
  const t = (id: Parameters<typeof cliMessage>[0]) => cliMessage(id, {}, locale);
  const read = reports.map((r) => tables.get(r.file) ?? null);
  const formats = read.flatMap((r) => (r ? [r.format] : []));
  const keys: KeyCache = new Map();
  const held = read.map((r) => (r ? reportCells(r, keys) : new Map<string, Cell>()));
  const cells = cellColumns(formats.length ? formats : ([2021] as FormatYear[]), held);
  const codes = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.code)))].sort(byCodePoint);

  const report = t("sheet.groupReport");
  const found = t("sheet.groupFindings");
  const byRule = t("sheet.groupByRule");
  const columns: SheetColumn[] = [
    { group: report, header: t("sheet.file"), width: 40 },
    { group: report, header: t("sheet.agency"), width: 28 },
    { group: report, header: t("sheet.year"), width: 8 },
    { group: report, header: t("sheet.format"), width: 8 },
    { group: found, header: t("severity.error"), width: 8 },
    { group: found, header: t("severity.warning"), width: 8 },
    { group: found, header: t("severity.info"), width: 8 },
    ...codes.map((code) => ({ group: byRule, header: code, width: Math.max(8, code.length + 2) })),
    ...cells.map((c) => ({ group: c.table, header: c.label, width: 14 })),
  ];
  const rows = reports.map((r, i) => {
    const tablesOf = read[i];
    const own = held[i]!;
    const count = (severity: string) => r.findings.filter((f) => f.severity === severity).length;
    const byCode = new Map<string, number>();
    for (const f of r.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    return [
      guardFormula(r.file),
      r.agency === null ? null : guardFormula(r.agency),
      r.year,
      tablesOf?.format ?? null,
      count("error"),
      count("warning"),
      count("info"),
      ...codes.map((code) => byCode.get(code) ?? 0),
      ...cells.map((c) => cellValue(own.get(c.key))),
    ];
  });

  const findingColumns: SheetColumn[] = [
    { group: found, header: t("sheet.file"), width: 40 },
    { group: found, header: t("sheet.line"), width: 6 },
    { group: found, header: t("sheet.rule"), width: 20 },
    { group: found, header: t("sheet.severity"), width: 8 },
    { group: found, header: t("sheet.message"), width: 100 },
  ];
  const findingRows = reports.flatMap((r) =>
    r.findings.map((f) => [
      guardFormula(r.file),
      f.location.range.start.line + 1,
      f.code,
      t(`severity.${f.severity}`),
      guardFormula(f.message),
    ]),
  );
  return {
    reports: { name: t("sheet.reportsName"), columns, rows },
    findings: { name: t("sheet.findingsName"), columns: findingColumns, rows: findingRows },
  };
}

/**
 * A table cell as the sheets hold it: a number as a number; a number written with a note
 * (22（其中修订16件）), a placeholder ('/') or text that is not a number, as written; a blank or
 * missing cell, nothing.
 */
export function cellValue(cell: Cell | undefined): SheetValue {
  if (!cell) return null;
  switch (cell.status) {
    case "number":
      return cell.note === null ? Number(cell.exact ?? cell.value) : guardFormula(cell.raw ?? String(cell.value));
    case "placeholder":
    case "invalid":
      return cell.raw === null ? null : guardFormula(cell.raw);
    case "blank":
    case "missing":
      return null;
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
