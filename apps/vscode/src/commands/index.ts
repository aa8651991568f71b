import * as vscode from "vscode";
import { t } from "../localize.js";
import type { ExtensionHost } from "../host.js";
import type { PreviewManager } from "../preview/panel.js";
import { exportReport } from "./export-command.js";
import { newReport } from "./new-report.js";
import { recomputeAllTotals } from "./reports.js";
import { activeReport, targetUri } from "./target.js";

async function recomputeTotals(): Promise<void> {
  const editor = activeReport();
  if (!editor) return;
  const doc = editor.document;
  const edits = recomputeAllTotals(doc.getText());
  if (!edits.length) {
    void vscode.window.showInformationMessage(t("Every 总计 already equals the sum of its cells."));
    return;
  }
  const we = new vscode.WorkspaceEdit();
  for (const e of edits)
    we.replace(doc.uri, new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end)), e.newText);
  await vscode.workspace.applyEdit(we);
  void vscode.window.showInformationMessage(t("Recomputed {count} totals.", { count: edits.length }));
}

export function registerCommands(context: vscode.ExtensionContext, preview: PreviewManager, host: ExtensionHost): void {
  const open = (beside: boolean) => (arg: unknown) => {
    const uri = targetUri(arg);
    if (uri) preview.open(uri, beside);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand("nianbao.openPreview", open(false)),
    vscode.commands.registerCommand("nianbao.openPreviewToSide", open(true)),
    vscode.commands.registerCommand("nianbao.newReport", () => newReport(host)),
    vscode.commands.registerCommand("nianbao.recomputeTotals", recomputeTotals),
    vscode.commands.registerCommand("nianbao.exportDocx", (arg: unknown) => exportReport("docx", arg, host)),
    vscode.commands.registerCommand("nianbao.exportHtml", (arg: unknown) => exportReport("html", arg, host)),
  );
}
