import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CancellationToken, Disposable, FileChange, ReportWorkspace } from "../service/api.js";

/**
 * How a host reaches the files: Node reads the disk (node-files.ts); a web worker asks its client.
 * The only I/O a language server host supplies; documents, folders and file watching come over LSP.
 */
export interface FileAccess {
  /** The decoded text of a file; null when it is gone, not a file, too large or undecodable. Never throws. */
  readFile(uri: string): Promise<string | null>;
  /** The URIs of the files below `folders` (folder URIs) that `patterns` match, relative to their folder. */
  listReportFiles(
    folders: readonly string[],
    patterns: readonly string[],
    token: CancellationToken,
  ): Promise<readonly string[]>;
}

/** The workspace of a language server: the editor's open documents and folders over LSP, the files through `files`. */
export interface LspWorkspace extends ReportWorkspace {
  setFolders(uris: readonly string[]): void;
  /** Files changed outside the editor (workspace/didChangeWatchedFiles). */
  filesChanged(changes: readonly FileChange[]): void;
}

export function createLspWorkspace(
  documents: Pick<TextDocuments<TextDocument>, "get">,
  files: FileAccess,
): LspWorkspace {
  let folders: readonly string[] = [];
  const listeners = new Set<(changes: readonly FileChange[]) => void>();
  return {
    folders: () => folders,
    getOpenDocument: (uri) => documents.get(uri),
    readFile: (uri) => files.readFile(uri),
    listReportFiles: (patterns, token) => files.listReportFiles(folders, patterns, token),
    onDidChangeFiles(listener): Disposable {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    setFolders(uris) {
      folders = [...uris];
    },
    filesChanged(changes) {
      for (const listener of listeners) listener(changes);
    },
  };
}
