import type * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";

/**
 * What differs between the extension's two entries: the desktop's (extension.ts, Node extension
 * host) and VS Code for the Web's (browser/extension.ts, web worker extension host). Everything else
 * (preview, commands, status bar, paste) is the same code, given one of these.
 */
export interface ExtensionHost {
  /** Starts the language client on this host's server: a Node process, or a web worker. */
  startClient(context: vscode.ExtensionContext): Promise<BaseLanguageClient>;
  /**
   * Writes a file the author chose in a save dialog (which has already asked before replacing one);
   * `source` is the report being exported, which must never be replaced. Throws on failure.
   */
  writeChosenFile(target: vscode.Uri, body: Uint8Array, source?: vscode.Uri): Promise<void>;
  /** Whether an export can be handed to the system's program for its type (a desktop has one). */
  readonly opensExternally: boolean;
}
