import {
  describePath,
  pathAtOffset,
  readReport,
  renderReportHtml,
  reportTitle,
  unreadableParts,
  type ReadResult,
  type RenderMark,
  type Severity,
} from "@nianbao/core";
import type { ToWebview } from "./protocol.js";

/** A diagnostic as the preview needs it, free of the `vscode` types (see `diagnosticToPlain` in panel.ts). */
export interface PlainDiagnostic {
  readonly source: string | undefined;
  readonly code: string | undefined;
  readonly severity: Severity;
  readonly message: string;
  /** Model paths the server attached (`data.paths`), when the client kept them. */
  readonly paths: readonly string[] | undefined;
  /** 0-based position of the diagnostic's start. */
  readonly start: { readonly line: number; readonly character: number };
}

export const DIAGNOSTIC_SOURCE = "nianbao";

/**
 * The language server's diagnostics as marks on the rendered report: the preview shows the same
 * findings as the Problems view, with the server's wording and severities. Paths are model paths,
 * so marks stay on the right cells while the text moves under later edits.
 */
export function marksFromDiagnostics(diagnostics: readonly PlainDiagnostic[], read: ReadResult): RenderMark[] {
  const marks: RenderMark[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    let paths = (d.paths ?? []).filter((p) => p.length > 0);
    if (!paths.length) {
      const at = pathAtOffset(read.sourceMap, read.lineIndex.offset(d.start));
      paths = at ? [at] : [];
    }
    if (paths.length) marks.push({ code: d.code ?? "", severity: d.severity, message: d.message, paths });
  }
  return marks;
}

/** Everything the preview shows of one version of a report file. */
export interface PreviewContent {
  readonly read: ReadResult;
  readonly message: Extract<ToWebview, { type: "update" }>;
}

/** Reads the text and renders it with the marks: the `update` message the webview patches its page with. */
export function previewContent(
  uri: string,
  version: number,
  text: string,
  diagnostics: readonly PlainDiagnostic[],
): PreviewContent {
  const read = readReport(text);
  const marks = marksFromDiagnostics(diagnostics, read);
  const html = renderReportHtml(read.report, {
    marks,
    source: { sourceMap: read.sourceMap, lineIndex: read.lineIndex },
    unreadable: unreadableParts(read),
  });
  return { read, message: { type: "update", uri, version, html, title: reportTitle(read.report) } };
}

/**
 * Where a click on a path puts the cursor: a cell's or a field's value as written; a row's, group's
 * or section's key (its label). Falls back to whichever of the two the file has.
 */
export function selectionForPath(read: ReadResult, path: string): { start: number; end: number } | null {
  const entry = read.sourceMap.get(path);
  if (!entry) return null;
  const kind = describePath(read.form, path)?.kind;
  const r = kind === "cell" || kind === "meta" ? (entry.value ?? entry.key) : (entry.key ?? entry.value);
  return r ? { start: r.start, end: r.end } : null;
}
