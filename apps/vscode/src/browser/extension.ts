import type * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { activateOn } from "../activate.js";
import { startBrowserClient } from "./client.js";
import { writeChosenFileInWeb } from "./write.js";

let client: BaseLanguageClient | undefined;

/**
 * The web entry (package.json `browser`), run by VS Code for the Web's web worker extension host:
 * every feature of the desktop's, the language server in a web worker (docs/editors.md).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = await activateOn(context, {
    startClient: startBrowserClient,
    writeChosenFile: writeChosenFileInWeb,
    opensExternally: false,
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
