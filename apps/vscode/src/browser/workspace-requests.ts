import { decodeBytes, DEFAULT_LIMITS } from "@nianbao/core";
import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import {
  LIST_REPORT_FILES,
  READ_FILE,
  type ListReportFilesParams,
  type ListReportFilesResult,
  type ReadFileParams,
  type ReadFileResult,
} from "./protocol.js";

/**
 * A UTF-8 character takes at most 3 bytes for each UTF-16 unit core counts, so a larger file cannot
 * fit within core's size limit: it is not read at all (as the desktop server does).
 */
const MAX_FILE_BYTES = DEFAULT_LIMITS.maxLength * 3;
/** As many report files as the desktop server indexes at most. */
const MAX_LISTED_FILES = 50_000;

/** Reads a file through the workbench; null for anything that is no readable report text. */
export async function readReportText(uri: vscode.Uri): Promise<string | null> {
  try {
    const info = await vscode.workspace.fs.stat(uri);
    if (!(info.type & vscode.FileType.File) || info.size > MAX_FILE_BYTES) return null;
    return decodeBytes(await vscode.workspace.fs.readFile(uri))?.text ?? null;
  } catch {
    // Gone, unreadable or on a file system that refuses: the server treats it as absent.
    return null;
  }
}

/** The report files below the folders, as URIs, without duplicates (folders and patterns may overlap). */
export async function listReportFiles(
  folders: readonly vscode.Uri[],
  patterns: readonly string[],
  token: vscode.CancellationToken,
): Promise<string[]> {
  const found = new Set<string>();
  for (const folder of folders)
    for (const pattern of patterns) {
      if (token.isCancellationRequested || found.size >= MAX_LISTED_FILES) return [...found];
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, pattern),
        null,
        MAX_LISTED_FILES - found.size,
        token,
      );
      for (const uri of uris) found.add(uri.toString());
    }
  return [...found];
}

/** Answers the web worker server's requests for files (browser/protocol.ts). */
export function serveWorkspaceRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(READ_FILE, async (p: ReadFileParams): Promise<ReadFileResult> => ({
      text: await readReportText(vscode.Uri.parse(p.uri)),
    })),
    client.onRequest(
      LIST_REPORT_FILES,
      async (p: ListReportFilesParams, token: vscode.CancellationToken): Promise<ListReportFilesResult> => ({
        uris: await listReportFiles(
          p.folders.map((f) => vscode.Uri.parse(f)),
          p.patterns,
          token,
        ),
      }),
    ),
  ];
}
