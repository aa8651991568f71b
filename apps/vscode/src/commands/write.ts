import * as vscode from "vscode";
import { writeOutputFile } from "@nianbao/cli/write-file";

/**
 * The desktop's writer of a file the author chose in a save dialog (which has already asked before
 * replacing one): on disk atomically, through the CLI's writer (a temporary file renamed over the target, never
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
