import * as vscode from "vscode";
import type { Severity } from "@nianbao/core";
import type { PlainDiagnostic } from "./preview/model.js";

const SEVERITY: Record<vscode.DiagnosticSeverity, Severity> = {
  [vscode.DiagnosticSeverity.Error]: "error",
  [vscode.DiagnosticSeverity.Warning]: "warning",
  [vscode.DiagnosticSeverity.Information]: "info",
  [vscode.DiagnosticSeverity.Hint]: "info",
};

/** A VS Code diagnostic as the pure modules see it; `data` is the server's `{ messageId, paths }`, kept by the client. */
export function toPlain(d: vscode.Diagnostic): PlainDiagnostic {
  const code = typeof d.code === "object" ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
  const data = (d as vscode.Diagnostic & { data?: { paths?: unknown } }).data;
  const paths = Array.isArray(data?.paths) ? data.paths.filter((p): p is string => typeof p === "string") : undefined;
  return {
    source: d.source,
    code,
    severity: SEVERITY[d.severity],
    message: d.message,
    paths,
    start: { line: d.range.start.line, character: d.range.start.character },
  };
}

export function diagnosticsOf(uri: vscode.Uri): PlainDiagnostic[] {
  return vscode.languages.getDiagnostics(uri).map(toPlain);
}
