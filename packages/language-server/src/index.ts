/**
 * @nianbao/language-server — the language service for `*.nianbao.yaml` (createLanguageService,
 * docs/api.md), importable in a browser or a web worker. The LSP hosts are `./lsp` (any platform)
 * and `./server` (the stdio server, Node).
 */
export * from "./service/index.js";
