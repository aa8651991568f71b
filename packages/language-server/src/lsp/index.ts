/**
 * `@nianbao/language-server/lsp`: the language service served over an LSP connection made by the
 * host (vscode-languageserver/node or /browser), with the files reached through a FileAccess.
 */
export { startLanguageServer } from "./host.js";
export type { FileAccess } from "./lsp-workspace.js";
