import * as vscode from "vscode";
import { diagnosticsOf } from "../diagnostics.js";
import { t } from "../localize.js";
import { countFindings } from "../status.js";
import { exportBytes, exportQuestion, type ExportKind } from "./export.js";
import { exportFileName } from "./reports.js";
import { targetUri } from "./target.js";
import type { ExtensionHost } from "../host.js";
import { failureReason, isReportItself } from "./write-errors.js";

/**
 * 导出 Word / 导出网页: asks first when the report still has errors (counted from the diagnostics
 * the editor shows for it, as the status bar counts them), then where to save; cancelling either
 * writes nothing.
 */
export async function exportReport(kind: ExportKind, arg: unknown, host: ExtensionHost): Promise<void> {
  const uri = targetUri(arg);
  if (!uri) return;
  const doc = await vscode.workspace.openTextDocument(uri);
  const question = exportQuestion(countFindings(diagnosticsOf(uri)).errors, t);
  if (question !== null) {
    // Our own 取消: VS Code's would follow the display language, not nianbao.locale.
    const go = { title: t("Export anyway") };
    const cancel = { title: t("Cancel"), isCloseAffordance: true };
    if ((await vscode.window.showWarningMessage(question, { modal: true }, go, cancel)) !== go) return;
  }
  const docx = kind === "docx";
  const target = await vscode.window.showSaveDialog({
    title: docx ? t("Export Word") : t("Export Web Page"),
    defaultUri: vscode.Uri.joinPath(uri, "..", exportFileName(uri.path, kind)),
    filters: docx ? { [t("Word document")]: ["docx"] } : { [t("Web page")]: ["html"] },
  });
  if (!target) return;
  const file = target.path.split("/").pop() ?? "";
  try {
    await host.writeChosenFile(target, await exportBytes(kind, doc.getText()), uri);
  } catch (err) {
    void vscode.window.showErrorMessage(
      isReportItself(err)
        ? t("An export cannot replace the report itself: choose another name.")
        : t("Could not write {file}: {reason}", { file, reason: failureReason(err) }),
    );
    return;
  }
  // In the web there is no program to hand the file to: the message alone says where it went.
  if (!host.opensExternally) return void vscode.window.showInformationMessage(t("Exported {file}.", { file }));
  const open = t("Open");
  if ((await vscode.window.showInformationMessage(t("Exported {file}.", { file }), open)) === open)
    await vscode.env.openExternal(target);
}
