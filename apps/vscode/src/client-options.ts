import type { LanguageClientOptions } from "vscode-languageclient";

/**
 * The language client's options, the same on the desktop and in the web but for the schemes of the
 * documents the server is given: on the desktop files on disk (`file`), in the web also whatever the
 * workbench's file system calls the workspace's files (`vscode-remote` in code-server, `vscode-vfs`
 * in github.dev…), which the server reads back through the extension (browser/workspace-requests.ts).
 * Unsaved new reports (`untitled`) are checked everywhere; other schemes (`git:` in a diff view, say)
 * are not, or their findings would show twice in the Problems view.
 */
export function clientOptions(schemes: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: [...new Set([...schemes, "untitled"])].map((scheme) => ({ scheme, language: "nianbao" })),
    // The server pulls the `nianbao` section itself (workspace/configuration) and re-reads it on change.
    synchronize: { configurationSection: "nianbao" },
  };
}
