import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
  TextEdit,
} from "vscode-languageserver-types";
import type { Settings } from "./settings.js";

/**
 * Whether the caller still wants an answer. The LSP's CancellationToken, VS Code's and a plain
 * `{ isCancellationRequested: false }` all fit: the service needs no protocol library to be told.
 */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface Disposable {
  dispose(): void;
}

/**
 * A report as an editor holds it: `TextDocument` of vscode-languageserver-textdocument fits. Its
 * version and text are read when a method is called (TextDocuments updates its documents in
 * place): the answer is for that version.
 */
export interface ReportDocument {
  readonly uri: string;
  /** Grows with each edit: an answer is made once per version. */
  readonly version: number;
  getText(): string;
}

/** A file created, changed or deleted outside the editor. */
export interface FileChange {
  readonly uri: string;
  readonly type: "created" | "changed" | "deleted";
}

/**
 * Everything the service learns of the world, passed in so that the same service runs in Node (the
 * stdio server reads the disk), in a web worker (VS Code for the Web reads `vscode.workspace.fs`,
 * the web page its storage) and in tests (createInMemoryWorkspace). URIs are strings as the LSP
 * sends them; the service only compares and slices them.
 */
export interface ReportWorkspace {
  /** URIs of the workspace folders: report file patterns are matched against paths below them. */
  folders(): readonly string[];
  /** The editor's copy of a document when it is open: it counts over the file (last year, being edited). */
  getOpenDocument(uri: string): ReportDocument | undefined;
  /**
   * The text of a file, decoded as the CLI decodes it; null when it is gone, not a file, too large
   * or undecodable. Must not throw.
   */
  readFile(uri: string): Promise<string | null>;
  /**
   * The URIs of every report file of the workspace (the files `patterns` match below the
   * folders), for pairing each report with its previous year.
   */
  listReportFiles(patterns: readonly string[], token: CancellationToken): Promise<readonly string[]>;
  /** Calls `listener` when files change outside the editor (not for edits of open documents). */
  onDidChangeFiles(listener: (changes: readonly FileChange[]) => void): Disposable;
}

/** Where the service reports its own failures (a file that could not be indexed, a failed rescan). */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export interface LanguageServiceInit {
  readonly workspace: ReportWorkspace;
  /** The editor's locale (e.g. `zh-cn`, `en-US`): 中文 for any zh-*, English otherwise, unless settings say. */
  readonly locale?: string | null;
  /** The user's `nianbao` settings as the editor sent them (untrusted JSON: what is malformed is dropped). */
  readonly settings?: unknown;
  readonly logger?: Logger;
}

/** How an indexing of the workspace is told to give way and reports its progress. */
export interface IndexingOptions {
  readonly token?: CancellationToken;
  /** True while the host has work waiting (an edit to check): indexing waits for it. */
  busy?(): boolean;
  progress?(done: number, total: number): void;
}

/**
 * The language service for `*.nianbao.yaml`: one object per workspace, holding what it learnt of
 * the workspace's reports. Answers are LSP types (vscode-languageserver-types); positions are in
 * UTF-16 units as the LSP counts them.
 */
export interface NianbaoLanguageService extends Disposable {
  /** The settings in force (defaults merged with the user's). */
  readonly settings: Settings;
  /** The user changed their settings: every later answer uses them (documents are analysed again). */
  configure(settings: unknown): void;
  /** Whether a URI names a report file (the file patterns, matched below the workspace folders). */
  isReport(uri: string): boolean;

  /**
   * Every finding for a document as LSP diagnostics, the cross-year ones included: last year's
   * report is looked up among the workspace's reports and read through the workspace. Null when
   * cancelled.
   */
  diagnostics(doc: ReportDocument, token?: CancellationToken): Promise<Diagnostic[] | null>;
  completion(doc: ReportDocument, position: Position, token?: CancellationToken): CompletionList | null;
  hover(doc: ReportDocument, position: Position, token?: CancellationToken): Hover | null;
  codeActions(doc: ReportDocument, range: Range, token?: CancellationToken): Promise<CodeAction[] | null>;
  inlayHints(doc: ReportDocument, range: Range, token?: CancellationToken): Promise<InlayHint[] | null>;
  documentSymbols(doc: ReportDocument, token?: CancellationToken): DocumentSymbol[] | null;
  foldingRanges(doc: ReportDocument, token?: CancellationToken): FoldingRange[] | null;
  /** Format Document (no range) or Format Selection. */
  formatting(doc: ReportDocument, range?: Range, token?: CancellationToken): TextEdit[] | null;
  /** Typing `ch` at `position` (Enter inside a one-line text turns it into the block form). */
  onTypeFormatting(doc: ReportDocument, position: Position, ch: string, token?: CancellationToken): TextEdit[] | null;
  /** How long the last analysis of a document took, in milliseconds (0 before its first): hosts delay checks of slow ones. */
  costOf(uri: string): number;

  /**
   * Finds every report file through the workspace and indexes it, yielding between files so
   * requests are served meanwhile. A newer call supersedes a running one. Resolves true when it
   * completed (then the open documents are worth checking again), false when superseded or cancelled.
   */
  indexWorkspace(options?: IndexingOptions): Promise<boolean>;
  /** The editor closed a document: what counts now is the file (unsaved changes may have been dropped). */
  documentClosed(uri: string): Promise<void>;
  /**
   * Calls `listener` with open documents whose diagnostics may have changed because another report
   * did (an edit of last year's report, a file changed on disk): the host asks for them again.
   */
  onDiagnosticsChanged(listener: (uris: readonly string[]) => void): Disposable;
}
