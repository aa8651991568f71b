import * as vscode from "vscode";
import { diagnosticsOf } from "./diagnostics.js";
import { t } from "./localize.js";
import { countFindings, statusItem } from "./status.js";

/** Shows the active report's error and warning counts; a click opens the Problems view. */
export function registerStatusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem("nianbao.status", vscode.StatusBarAlignment.Left, 10);
  item.name = t("Nianbao report problems");
  item.command = "workbench.actions.view.problems";
  const refresh = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== "nianbao") return item.hide();
    const { text, tooltip } = statusItem(countFindings(diagnosticsOf(doc.uri)), t);
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) refresh();
    }),
  );
  refresh();
}
