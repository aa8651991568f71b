import type { Disposable, FileChange, ReportDocument, ReportWorkspace } from "./api.js";
import { matchesPatterns } from "./settings.js";

/**
 * A workspace held in memory: files by URI and the documents open in an "editor". Tests build the
 * service on it; a host with no file system (a web page keeping reports in its storage) can too.
 */
export interface InMemoryWorkspace extends ReportWorkspace {
  /** Writes a file and tells the listeners, as a file watcher would (created or changed). */
  writeFile(uri: string, text: string): void;
  /** Deletes a file and tells the listeners. */
  deleteFile(uri: string): void;
  /** Opens a document, or edits an open one: its version grows with each call. */
  openDocument(uri: string, text: string): ReportDocument;
  /** Closes a document (its file, if any, stays as it was). */
  closeDocument(uri: string): void;
}

export interface InMemoryWorkspaceInit {
  /** Folder URIs (default `file:///workspace/`): report files are those below them that match the patterns. */
  readonly folders?: readonly string[];
  /** Files by URI. */
  readonly files?: Readonly<Record<string, string>>;
}

export function createInMemoryWorkspace(init: InMemoryWorkspaceInit = {}): InMemoryWorkspace {
  const folders = (init.folders ?? ["file:///workspace/"]).map((f) => (f.endsWith("/") ? f : `${f}/`));
  const files = new Map(Object.entries(init.files ?? {}));
  const open = new Map<string, ReportDocument>();
  const listeners = new Set<(changes: readonly FileChange[]) => void>();
  const tell = (change: FileChange) => {
    for (const listener of listeners) listener([change]);
  };

  return {
    folders: () => folders,
    getOpenDocument: (uri) => open.get(uri),
    readFile: async (uri) => files.get(uri) ?? null,
    async listReportFiles(patterns, token) {
      const found: string[] = [];
      for (const uri of [...files.keys()].sort()) {
        if (token.isCancellationRequested) break;
        const folder = folders.find((f) => uri.startsWith(f));
        if (folder && matchesPatterns(decodeURIComponent(uri.slice(folder.length)), patterns)) found.push(uri);
      }
      return found;
    },
    onDidChangeFiles(listener): Disposable {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    writeFile(uri, text) {
      const type = files.has(uri) ? "changed" : "created";
      files.set(uri, text);
      tell({ uri, type });
    },
    deleteFile(uri) {
      if (files.delete(uri)) tell({ uri, type: "deleted" });
    },
    openDocument(uri, text) {
      const doc: ReportDocument = { uri, version: (open.get(uri)?.version ?? 0) + 1, getText: () => text };
      open.set(uri, doc);
      return doc;
    },
    closeDocument(uri) {
      open.delete(uri);
    },
  };
}
