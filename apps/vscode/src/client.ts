import type * as vscode from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";
import { clientOptions } from "./client-options.js";
import { t } from "./localize.js";

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
  const client = new LanguageClient("nianbao", t("Nianbao Language Server"), serverOptions, clientOptions(["file"]));
  await client.start();
  return client;
}
