/**
 * The requests the language server in the web worker sends the extension, which alone can reach the
 * workbench's files (`vscode.workspace.fs`, `findFiles`): a worker has no file system. The model is
 * VS Code's own web language servers (css/html-language-features ask their client for `fs/content`).
 * File changes need no request of their own: the server registers for `workspace/didChangeWatchedFiles`
 * as on the desktop, and the client watches through the workbench.
 */

/** Reads a file: its text decoded as the CLI decodes it, or null (gone, not a file, too large, undecodable). */
export const READ_FILE = "nianbao/readFile";
export interface ReadFileParams {
  readonly uri: string;
}
export interface ReadFileResult {
  readonly text: string | null;
}

/** Lists report files: the URIs that the glob patterns match below the folders (URIs too). */
export const LIST_REPORT_FILES = "nianbao/listReportFiles";
export interface ListReportFilesParams {
  readonly folders: readonly string[];
  readonly patterns: readonly string[];
}
export interface ListReportFilesResult {
  readonly uris: readonly string[];
}

/** The file name of the server's bundle, beside the extension's in dist/browser/. */
export const SERVER_BUNDLE = "server.js";
