import type { CodeAction, Diagnostic } from "vscode-languageserver-types";

/** The quick fixes of a diagnostic: those the service attached to it (same code and start). */
export function actionsFor(d: Diagnostic, actions: readonly CodeAction[]): CodeAction[] {
  return actions.filter((a) =>
    (a.diagnostics ?? []).some(
      (x) =>
        x.code === d.code &&
        x.range.start.line === d.range.start.line &&
        x.range.start.character === d.range.start.character,
    ),
  );
}
