import * as vscode from "vscode";
import type { PreviewManager } from "../preview/panel.js";
import { defaultReportYear, emptyReportText, exportFileName, exportHtmlText, nextYearText, recomputeAllTotals, reportFileName } from "./reports.js";

const t = (m: string, a?: Record<string, string | number>) => vscode.l10n.t(m, a ?? {});

function activeReport(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === "nianbao") return editor;
  void vscode.window.showWarningMessage(t("Open a 年报 file (*.nianbao.yaml) first."));
  return undefined;
}

/** The report a command acts on: the one passed by a menu, else the active editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return activeReport()?.document.uri;
}

async function newReport(): Promise<void> {
  const empty = { label: t("Empty report"), description: t("Every cell 0, every text empty"), from: false };
  const fromLast = { label: t("From last year's report…"), description: t("Carries 结转下年度 to 上年结转 and 现行有效 over; the text is left to write"), from: true };
  const pick = await vscode.window.showQuickPick([empty, fromLast], { title: t("New Report"), placeHolder: t("How should the new report start?") });
  if (!pick) return;
  let text: string;
  let name: string;
  let folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (pick.from) {
    const active = vscode.window.activeTextEditor?.document;
    const [previous] =
      (await vscode.window.showOpenDialog({
        title: t("Last year's report"),
        canSelectMany: false,
        ...(active?.languageId === "nianbao" ? { defaultUri: active.uri } : folder ? { defaultUri: folder } : {}),
        filters: { [t("年报 files")]: ["yaml", "yml"] },
      })) ?? [];
    if (!previous) return;
    const next = nextYearText(new TextDecoder().decode(await vscode.workspace.fs.readFile(previous)), t, vscode.env.language.toLowerCase().startsWith("zh") ? "zh-CN" : "en");
    for (const p of next.problems) void (p.severity === "error" ? vscode.window.showErrorMessage(p.message) : vscode.window.showWarningMessage(p.message));
    if (next.text === null) return;
    text = next.text;
    name = reportFileName(next.agency, next.year);
    folder = vscode.Uri.joinPath(previous, "..");
  } else {
    const year = defaultReportYear();
    const agency = await vscode.window.showInputBox({ title: t("New Report"), prompt: t("The agency's full name (机关), as it signs the report"), placeHolder: t("e.g. 淮安市洪泽区人民政府") });
    if (agency === undefined) return;
    text = emptyReportText(year, agency, t);
    name = reportFileName(agency.trim() || null, year);
  }
  const target = await vscode.window.showSaveDialog({ title: t("Save the new report"), ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}), filters: { [t("年报 files")]: ["nianbao.yaml", "yaml"] } });
  if (!target) {
    // Without a file name the report still opens, unsaved, so nothing is lost.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: "nianbao", content: text }));
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target);
}

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
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end)), e.newText);
  await vscode.workspace.applyEdit(we);
  void vscode.window.showInformationMessage(t("Recomputed {count} totals.", { count: edits.length }));
}

async function exportHtml(arg: unknown): Promise<void> {
  const uri = targetUri(arg);
  if (!uri) return;
  const doc = await vscode.workspace.openTextDocument(uri);
  const target = await vscode.window.showSaveDialog({ title: t("Export HTML"), defaultUri: vscode.Uri.joinPath(uri, "..", exportFileName(uri.path)), filters: { HTML: ["html"] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(exportHtmlText(doc.getText())));
  const open = t("Open");
  if ((await vscode.window.showInformationMessage(t("Exported {file}.", { file: target.path.split("/").pop() ?? "" }), open)) === open) await vscode.env.openExternal(target);
}

export function registerCommands(context: vscode.ExtensionContext, preview: PreviewManager): void {
  const open = (beside: boolean) => (arg: unknown) => {
    const uri = targetUri(arg);
    if (uri) preview.open(uri, beside);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand("nianbao.openPreview", open(false)),
    vscode.commands.registerCommand("nianbao.openPreviewToSide", open(true)),
    vscode.commands.registerCommand("nianbao.newReport", newReport),
    vscode.commands.registerCommand("nianbao.recomputeTotals", recomputeTotals),
    vscode.commands.registerCommand("nianbao.exportHtml", exportHtml),
  );
}
