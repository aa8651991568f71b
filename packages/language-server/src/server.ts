import { createConnection, ProposedFeatures, type Connection } from "vscode-languageserver/node";
import { startLanguageServer } from "./lsp/host.js";
import { nodeFiles } from "./node-files.js";

/** Sends whatever the process prints to the client's log: over stdio, stdout carries only the protocol. */
export function redirectConsole(connection: Connection): void {
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(" "));
  console.info = console.log;
  console.debug = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(" "));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(" "));
}

/**
 * Starts the language server on a connection (stdio, node-ipc or socket from argv by default;
 * tests pass one made from streams): the service of createLanguageService, its files on the disk.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  return startLanguageServer(connection, nodeFiles);
}
