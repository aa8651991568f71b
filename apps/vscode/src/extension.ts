import type * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { activateOn } from "./activate.js";
import { startClient } from "./client.js";
import { writeChosenFile } from "./commands/write.js";

let client: BaseLanguageClient | undefined;

/** The desktop entry (package.json `main`): the language server runs as a Node process. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = await activateOn(context, { startClient, writeChosenFile, opensExternally: true });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
