import type { LanguageClientOptions } from "vscode-languageclient";

/**
 * The language client's options, the same on the desktop and in the web but for the schemes of the
 * documents the server is given: on the desktop files on disk (`file`), in the web whatever the
 * workbench's file system calls them (`vscode-remote` in code-server, `vscode-vfs` in github.dev…),
 * which the server reads back through the extension (browser/workspace-requests.ts). Unsaved new
 * reports (`untitled`) are checked everywhere.
 */
export function clientOptions(schemes: readonly string[] | "any"): LanguageClientOptions {
  return {
    documentSelector:
      schemes === "any"
        ? [{ language: "nianbao" }]
        : [...schemes, "untitled"].map((scheme) => ({ scheme, language: "nianbao" })),
    // The server pulls the `nianbao` section itself (workspace/configuration) and re-reads it on change.
    synchronize: { configurationSection: "nianbao" },
  };
}
