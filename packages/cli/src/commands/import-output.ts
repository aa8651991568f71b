/**
 * How `nianbao import` shows its results: the findings as `file:line:column: severity CODE message`
 * lines, the JSON form of an import (docs/model-json.md), and the summary table of a folder.
 */
import { displayWidth, type ImportFinding, type ImportResult, type Locale } from "@nianbao/core";
import { cliMessage } from "../messages/index.js";

/** One imported file, as the summary and the JSON show it. */
export interface ImportedFile {
  readonly file: string;
  readonly result: ImportResult;
}

/** Version of the JSON form; raised only when a field changes meaning or goes away. */
export const IMPORT_JSON_VERSION = 1;

/** Compiler-style lines as `nianbao check` prints them, `file:line:col  severity  CODE  message`, pointing into the source. */
export function findingLines(file: string, findings: readonly ImportFinding[], locale: Locale): string {
  return findings
    .map(
      (f) =>
        `${file}:${f.source.line}:${f.source.column}  ${cliMessage(`severity.${f.severity}`, {}, locale)}  ${f.code}  ${f.message.replace(/\s*\r?\n\s*/g, " ")}\n`,
    )
    .join("");
}

/** The JSON form of one import (docs/model-json.md). */
export function importJson({ file, result }: ImportedFile) {
  return {
    nianbao: "import",
    version: IMPORT_JSON_VERSION,
    source: { file, kind: result.kind },
    stats: result.stats,
    report: result.report,
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      messageId: f.messageId,
      message: f.message,
      source: f.source,
      path: f.path,
      paths: f.paths,
      ...(f.cuts ? { cuts: f.cuts } : {}),
    })),
  };
}

const count = (r: ImportResult, severity: ImportFinding["severity"]) =>
  r.findings.filter((f) => f.severity === severity).length;

/** The summary of a folder: one row per file, then the totals. */
export function summaryTable(files: readonly ImportedFile[], locale: Locale): string {
  const t = (id: Parameters<typeof cliMessage>[0], args = {}) => cliMessage(id, args, locale);
  const header = [
    t("import.column.file"),
    t("import.column.kind"),
    t("import.column.agency"),
    t("import.column.year"),
    t("import.column.read"),
    t("import.column.inferred"),
    t("import.column.unreadable"),
    t("import.column.findings"),
  ];
  const rows = files.map(({ file, result }) => [
    file,
    result.kind,
    result.report.agency ?? "—",
    result.report.year === null ? "—" : String(result.report.year),
    `${result.stats.read}/${result.stats.cells}`,
    String(result.stats.inferred),
    String(result.stats.unreadable),
    t("import.column.findingCounts", {
      errors: count(result, "error"),
      warnings: count(result, "warning"),
      infos: count(result, "info"),
    }),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i]! - displayWidth(c))))
      .join("  ")
      .trimEnd();
  // A file in which no report was found is listed with its finding but not counted as imported.
  const imported = files.filter((f) => f.result.reportFound);
  const sum = (f: (r: ImportResult) => number) => imported.reduce((s, x) => s + f(x.result), 0);
  const total = t("import.summary.total", {
    files: imported.length,
    cells: sum((r) => r.stats.cells),
    read: sum((r) => r.stats.read),
    inferred: sum((r) => r.stats.inferred),
    unreadable: sum((r) => r.stats.unreadable),
    errors: sum((r) => count(r, "error")),
    warnings: sum((r) => count(r, "warning")),
  });
  const notFound = files.length - imported.length;
  return [
    line(header),
    ...rows.map(line),
    "",
    total,
    ...byKind(imported, locale),
    ...(notFound > 0 ? [t("import.summary.noReport", { count: notFound })] : []),
    "",
  ].join("\n");
}

/** The totals of each kind of source, when a folder mixes kinds (web pages, PDFs, Word documents…). */
function byKind(imported: readonly ImportedFile[], locale: Locale): string[] {
  const kinds = [...new Set(imported.map((f) => f.result.kind))];
  if (kinds.length < 2) return [];
  return kinds.map((kind) => {
    const of = imported.filter((f) => f.result.kind === kind).map((f) => f.result);
    const sum = (f: (r: ImportResult) => number) => of.reduce((s, r) => s + f(r), 0);
    return cliMessage(
      "import.summary.kind",
      {
        kind,
        files: of.length,
        cells: sum((r) => r.stats.cells),
        read: sum((r) => r.stats.read),
        inferred: sum((r) => r.stats.inferred),
        unreadable: sum((r) => r.stats.unreadable),
      },
      locale,
    );
  });
}

/** The one-line account of a single import, on standard error. */
export function resultLine(file: string, result: ImportResult, locale: Locale): string {
  const { stats } = result;
  return `${cliMessage("import.result", { file, cells: stats.cells, read: stats.read, inferred: stats.inferred, unreadable: stats.unreadable, errors: count(result, "error"), warnings: count(result, "warning") }, locale)}\n`;
}
