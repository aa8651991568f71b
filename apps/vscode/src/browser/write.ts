import * as vscode from "vscode";

/**
 * The web's writer of a file the author chose in a save dialog: through the workbench's file system
 * (the only one there is), which replaces the file in one call. Like the desktop's, it never
 * replaces the report being exported.
 */
export async function writeChosenFileInWeb(target: vscode.Uri, body: Uint8Array, source?: vscode.Uri): Promise<void> {
  if (source && target.toString() === source.toString())
    throw Object.assign(new Error("error.outputIsInput"), { messageId: "error.outputIsInput" });
  await vscode.workspace.fs.writeFile(target, body);
}
