// The language server of VS Code for the Web, run in a web worker (browser/client.ts starts it): the
// same service and LSP host as the desktop's stdio server, over the worker's messages, its files
// read through the extension.
import { startLanguageServer } from "@nianbao/language-server/lsp";
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from "vscode-languageserver/browser";
import { filesOverConnection } from "./server-files.js";

// The worker's global scope posts and receives messages as a Worker does (the extension compiles
// against the DOM's types, not the web worker's).
const scope = self as unknown as Worker;
const connection = createConnection(
  ProposedFeatures.all,
  new BrowserMessageReader(scope),
  new BrowserMessageWriter(scope),
);
startLanguageServer(connection, filesOverConnection(connection));
