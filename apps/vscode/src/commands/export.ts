import { renderReportDocx } from "@nianbao/cli/docx";
import type { Translate } from "../l10n.js";
import { exportedReport, exportHtmlText } from "./reports.js";

/** The two exports: the Word document a leader is handed (the CLI's renderer), and the web page. */
export type ExportKind = "docx" | "html";

/** The bytes of an export of a report's text. */
export async function exportBytes(kind: ExportKind, text: string): Promise<Uint8Array> {
  if (kind === "docx") {
    const { report, unreadable } = exportedReport(text);
    return renderReportDocx(report, { unreadable });
  }
  return new TextEncoder().encode(exportHtmlText(text));
}

/** What the author is asked before exporting a report that still has errors; null when it has none. */
export function exportQuestion(errors: number, t: Translate): string | null {
  if (errors <= 0) return null;
  return errors === 1
    ? t("This report still has 1 error. Export it anyway?")
    : t("This report still has {count} errors. Export it anyway?", { count: errors });
}
