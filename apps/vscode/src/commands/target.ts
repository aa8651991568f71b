import * as vscode from "vscode";
import { t } from "../localize.js";

/** The active editor when it shows a report; otherwise the author is told to open one. */
export function activeReport(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === "nianbao") return editor;
  void vscode.window.showWarningMessage(t("Open a 年报 file (*.nianbao.yaml) first."));
  return undefined;
}

/** The report a command acts on: the one passed by a menu, else the active editor's. */
export function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  return activeReport()?.document.uri;
}
