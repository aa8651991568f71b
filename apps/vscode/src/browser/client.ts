import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { clientOptions } from "../client-options.js";
import { t } from "../localize.js";
import { SERVER_BUNDLE } from "./protocol.js";
import { serveWorkspaceRequests } from "./workspace-requests.js";

/**
 * Starts the server's bundle (dist/browser/server.js) in a web worker. Where the extension is served
 * over http(s) (vscode.dev, github.dev) the worker loads it by URL, as VS Code's own web extensions
 * do; elsewhere (code-server serves an installed extension as `vscode-remote:`, which the web worker
 * extension host refuses to start a worker from) its bytes are read through the workbench and the
 * worker started from them.
 */
async function startWorker(extensionUri: vscode.Uri): Promise<Worker> {
  const script = vscode.Uri.joinPath(extensionUri, "dist", "browser", SERVER_BUNDLE);
  const options: WorkerOptions = { name: "nianbao-language-server" };
  if (script.scheme === "http" || script.scheme === "https") return new Worker(script.toString(true), options);
  const code = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([code as BlobPart], { type: "text/javascript" })), options);
}

/** The web's language client: the same language service as the desktop's, in a web worker. */
export async function startBrowserClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const worker = await startWorker(context.extensionUri);
  const schemes = ["file", ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)];
  const client = new LanguageClient("nianbao", t("Nianbao Language Server"), worker, clientOptions(schemes));
  context.subscriptions.push(...serveWorkspaceRequests(client));
  await client.start();
  return client;
}
