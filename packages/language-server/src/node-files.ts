import { fileURLToPath, pathToFileURL } from "node:url";
import type { FileAccess } from "./lsp/lsp-workspace.js";
import { findReportFiles, loadReportText } from "./workspace-files.js";

/**
 * The files of the stdio server: read and listed on the local disk. The one place the Node host
 * touches the file system (workspace-files.ts does the reading and the walking); only `file:`
 * folders are searched, and other URIs read as absent.
 */
export const nodeFiles: FileAccess = {
  readFile: loadReportText,
  async listReportFiles(folders, patterns) {
    const paths = folders.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
    return (await findReportFiles(paths, patterns)).map((p) => pathToFileURL(p).href);
  },
};
