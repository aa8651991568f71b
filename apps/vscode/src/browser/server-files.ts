import type { FileAccess } from "@nianbao/language-server/lsp";
import type { Connection } from "vscode-languageserver";
import {
  LIST_REPORT_FILES,
  READ_FILE,
  type ListReportFilesParams,
  type ListReportFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from "./protocol.js";

/**
 * The files of a language server in a web worker: asked of the extension, which reads them through
 * the workbench (workspace-requests.ts). A failed request counts as a missing file, as a failed
 * read does on the desktop: the check goes on without last year's report.
 */
export function filesOverConnection(connection: Connection): FileAccess {
  return {
    async readFile(uri) {
      try {
        const r = await connection.sendRequest<ReadFileResult>(READ_FILE, { uri } satisfies ReadFileParams);
        return typeof r?.text === "string" ? r.text : null;
      } catch {
        return null;
      }
    },
    async listReportFiles(folders, patterns, token) {
      // The service's token is a plain flag, not the protocol's (which can be listened to): checked before asking.
      if (token.isCancellationRequested) return [];
      try {
        const r = await connection.sendRequest<ListReportFilesResult>(LIST_REPORT_FILES, {
          folders,
          patterns,
        } satisfies ListReportFilesParams);
        return Array.isArray(r?.uris) ? r.uris.filter((u): u is string => typeof u === "string") : [];
      } catch {
        return [];
      }
    },
  };
}
