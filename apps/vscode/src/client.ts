import * as vscode from "vscode";
import { t } from "./localize.js";
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";

/**
 * Starts the bundled language server (dist/server.js) over Node IPC. In a debug session the server
 * listens for a debugger on port 6009 ("Attach to Server" in .vscode/launch.json).
 */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "nianbao" },
      { scheme: "untitled", language: "nianbao" },
    ],
    // The server pulls the `nianbao` section itself (workspace/configuration) and re-reads it on change.
    synchronize: { configurationSection: "nianbao" },
  };
  const client = new LanguageClient("nianbao", t("Nianbao Language Server"), serverOptions, clientOptions);
  await client.start();
  return client;
}
