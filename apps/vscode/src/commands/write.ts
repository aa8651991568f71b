import * as vscode from "vscode";
import { writeOutputFile } from "@nianbao/cli/write-file";

/**
 * Writes a file the author chose in a save dialog (which has already asked before replacing one):
 * on disk atomically, through the CLI's writer (a temporary file renamed over the target, never
 * the report being exported); elsewhere through VS Code's file system. Throws on failure.
 */
export async function writeChosenFile(target: vscode.Uri, body: Uint8Array, source?: vscode.Uri): Promise<void> {
  if (target.scheme !== "file") return vscode.workspace.fs.writeFile(target, body);
  await writeOutputFile(target.fsPath, body, {
    shown: target.fsPath,
    force: true,
    inputs: source?.scheme === "file" ? [source.fsPath] : [],
  });
}

/** Why a write failed, in a few words: the file system's code (EACCES, ENOSPC…) or its message. */
export function failureReason(err: unknown): string {
  const args = (err as { args?: { reason?: unknown } }).args;
  if (typeof args?.reason === "string") return args.reason;
  return err instanceof Error ? err.message : String(err);
}

/** Whether the write was refused because the target is the report itself (the CLI writer's check). */
export function isReportItself(err: unknown): boolean {
  return (err as { messageId?: unknown }).messageId === "error.outputIsInput";
}
