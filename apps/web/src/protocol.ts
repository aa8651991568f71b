/**
 * The messages between the page and its language-service worker: LSP's shapes (positions in UTF-16
 * code units, 0-based lines) over postMessage, so the editor side reads like any LSP client's.
 */
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  InlayHint,
  Position,
  Range,
} from "vscode-languageserver-types";
import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { Locale } from "@nianbao/core";

/** A report kept in the browser, as the worker's workspace sees it (last year's reports are checked against). */
export interface StoredFile {
  readonly uri: string;
  readonly text: string;
}

/** What each request method takes and gives back. */
export interface Requests {
  completion: { params: { uri: string; position: Position }; result: CompletionList | null };
  hover: { params: { uri: string; position: Position }; result: Hover | null };
  codeActions: { params: { uri: string; range: Range }; result: CodeAction[] | null };
  inlayHints: { params: { uri: string; range: Range }; result: InlayHint[] | null };
  /** Where a click on a cell of the tables puts the cursor. */
  locate: { params: { uri: string; path: string }; result: Range | null };
}
/** Requests about no open document: core's work the page would otherwise have to load core for. */
export interface Tools {
  /** `nianbao new`: an empty report of the form for the year, as YAML. */
  newReport: { params: { agency: string | null; year: number | null; header: string }; result: string };
  /** `nianbao new --from`: next year's report from this one, or the carried figures that cannot be read. */
  nextYear: {
    params: { text: string; header: string; problemsHeading: string };
    result: { ok: true; text: string; year: number | null } | { ok: false; count: number; first: string };
  };
  /** `nianbao render --format html`: the publishable page. */
  exportHtml: { params: { text: string }; result: { html: string; title: string } };
}

export type Method = keyof Requests | keyof Tools;
export type Params<M extends Method> = M extends keyof Requests
  ? Requests[M]["params"]
  : M extends keyof Tools
    ? Tools[M]["params"]
    : never;
export type Result<M extends Method> = M extends keyof Requests
  ? Requests[M]["result"]
  : M extends keyof Tools
    ? Tools[M]["result"]
    : never;

export type ToService =
  | { type: "configure"; locale: Locale }
  | { type: "workspace"; files: readonly StoredFile[] }
  | { type: "open"; uri: string; version: number; text: string }
  | { type: "change"; uri: string; version: number; changes: TextDocumentContentChangeEvent[] }
  | { type: "close"; uri: string }
  | { [M in Method]: { type: "request"; id: number; method: M; params: Params<M> } }[Method]
  | { type: "cancel"; id: number };

/** A finding as the list beside the tables shows it: the diagnostic and the model paths of its cells. */
export interface Published {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The official tables with the findings marked (core's renderer, as in the VS Code preview). */
  readonly html: string;
  readonly title: string;
  /** Milliseconds the worker spent checking and rendering this version. */
  readonly took: number;
}

export type FromService =
  | ({ type: "published" } & Published)
  | { type: "response"; id: number; result: unknown }
  | { type: "failed"; id: number | null; message: string };

/** The files worker, started for each job: a published report into YAML, or a report into Word. */
export type FilesRequest =
  | { readonly op: "import"; readonly name: string; readonly bytes: Uint8Array; readonly locale: Locale }
  | { readonly op: "docx"; readonly text: string };

export type DocxReply =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly detail: string };

export type ImportReply =
  | { readonly ok: true; readonly yaml: string; readonly kind: string; readonly findings: number }
  | { readonly ok: false; readonly messageId: string; readonly args: Readonly<Record<string, string | number>> };
