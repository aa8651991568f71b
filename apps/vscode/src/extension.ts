import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { startClient } from "./client.js";
import { registerCommands } from "./commands/index.js";
import { PREVIEW_VIEW_TYPE, PreviewManager } from "./preview/panel.js";
import { registerRowPaste } from "./paste.js";
import { registerStatusBar } from "./status-bar.js";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const preview = new PreviewManager(context);
  context.subscriptions.push(preview, vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, preview));
  registerCommands(context, preview);
  registerStatusBar(context);
  registerRowPaste(context);
  client = await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
