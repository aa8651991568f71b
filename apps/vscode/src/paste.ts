import { pasteAsRow } from "@nianbao/language-server";
import * as vscode from "vscode";
import { t } from "./localize.js";

/**
 * Pasting a row copied from Word or Excel onto a table 三/四 row writes it `[a, b, …]` at once. The
 * language service decides (pasteAsRow, the same function as its 「拆成 7 格」 fix); other pastes go
 * in as copied, and VS Code's paste widget still offers the plain text.
 */
export function registerRowPaste(context: vscode.ExtensionContext): void {
  const kind = vscode.DocumentDropOrPasteEditKind.Text.append("nianbao", "row");
  const provider: vscode.DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(document, ranges, dataTransfer, _context, token) {
      const item = dataTransfer.get("text/plain");
      if (ranges.length !== 1 || !item) return undefined;
      const pasted = await item.asString();
      if (token.isCancellationRequested) return undefined;
      const range = ranges[0]!;
      const row = pasteAsRow(document.getText(), document.offsetAt(range.start), document.offsetAt(range.end), pasted);
      return row === null ? undefined : [new vscode.DocumentPasteEdit(row, t("Paste as a table row"), kind)];
    },
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentPasteEditProvider({ language: "nianbao" }, provider, {
      providedPasteEditKinds: [kind],
      pasteMimeTypes: ["text/plain"],
    }),
  );
}
