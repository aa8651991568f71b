import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { NianbaoLanguageService } from "../service/api.js";
import type { Guards } from "./guards.js";

/**
 * Answers the LSP requests about an open document from the service (none before `initialize` made
 * it): completion, hover, code actions, inlay hints, symbols, folding and formatting.
 */
export function serveRequests(
  connection: Connection,
  documents: Pick<TextDocuments<TextDocument>, "get">,
  current: () => NianbaoLanguageService | null,
  { guard, guardAsync }: Guards,
): void {
  /** The service and the open document a request is about. */
  const about = (uri: string) => {
    const service = current();
    const doc = service ? documents.get(uri) : undefined;
    return service && doc ? { service, doc } : null;
  };
  connection.onCompletion(
    guard("completion", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.completion(got.doc, p.position, token) : null;
    }),
  );
  connection.onHover(
    guard("hover", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.hover(got.doc, p.position, token) : null;
    }),
  );
  connection.onCodeAction(
    guardAsync("codeAction", null, async (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.codeActions(got.doc, p.range, token) : null;
    }),
  );
  connection.languages.inlayHint.on(
    guardAsync("inlayHint", null, async (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.inlayHints(got.doc, p.range, token) : null;
    }),
  );
  connection.onDocumentSymbol(
    guard("documentSymbol", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.documentSymbols(got.doc, token) : null;
    }),
  );
  connection.onFoldingRanges(
    guard("foldingRange", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.foldingRanges(got.doc, token) : null;
    }),
  );
  connection.onDocumentFormatting(
    guard("formatting", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.formatting(got.doc, undefined, token) : null;
    }),
  );
  connection.onDocumentRangeFormatting(
    guard("rangeFormatting", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.formatting(got.doc, p.range, token) : null;
    }),
  );
  connection.onDocumentOnTypeFormatting(
    guard("onTypeFormatting", null, (p, token) => {
      const got = about(p.textDocument.uri);
      return got ? got.service.onTypeFormatting(got.doc, p.position, p.ch, token) : null;
    }),
  );
}
