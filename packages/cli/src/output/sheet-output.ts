import type { Locale } from "@nianbao/core";
import type { LoadedInput } from "../check/batch.js";
import type { CheckedReport } from "../check/run.js";
import { toCsv } from "./csv.js";
import { auditSheets } from "./sheet.js";
import { reportTables } from "./sheet-input.js";
import { toXlsx } from "./xlsx.js";

/** `check --format csv|xlsx`: the audit sheets of the reports as output, CSV text or XLSX bytes. */
export async function sheetOutput(
  format: "csv" | "xlsx",
  reports: readonly CheckedReport[],
  context: { readonly cwd: string; readonly locale: Locale; readonly stdin?: LoadedInput },
): Promise<string | Uint8Array> {
  const sheets = auditSheets(reports, await reportTables(reports, context.cwd, context.stdin), context.locale);
  return format === "csv" ? toCsv(sheets) : toXlsx(sheets);
}
