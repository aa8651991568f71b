import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { registerCommands } from "./commands/index.js";
import type { ExtensionHost } from "./host.js";
import { registerRowPaste } from "./paste.js";
import { PREVIEW_VIEW_TYPE, PreviewManager } from "./preview/panel.js";
import { registerStatusBar } from "./status-bar.js";

/** Activates every feature of the extension on a host (desktop or web); returns the started client. */
export async function activateOn(context: vscode.ExtensionContext, host: ExtensionHost): Promise<BaseLanguageClient> {
  const preview = new PreviewManager(context);
  context.subscriptions.push(preview, vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, preview));
  registerCommands(context, preview, host);
  registerStatusBar(context);
  registerRowPaste(context);
  return host.startClient(context);
}
