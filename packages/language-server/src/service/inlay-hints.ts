import type { Finding } from "@nianbao/core";
import { InlayHintKind, type InlayHint, type Range } from "vscode-languageserver-types";
import type { AnalyzedDocument } from "./document.js";
import type { Settings } from "./settings.js";

const ROW_PATH = /^(requests|litigation)\.[A-Za-z]+\.(\d+)$/;

/** Column labels before the numbers of table rows, and the computed value beside a wrong total. */
export function inlayHints(
  doc: AnalyzedDocument,
  range: Range,
  settings: Settings,
  findings: readonly Finding[],
): InlayHint[] {
  const { parsed } = doc;
  const index = doc.lines;
  const from = index.offset(range.start);
  const to = index.offset(range.end);
  const form = parsed.read.form;
  const hints: InlayHint[] = [];
  if (settings.inlayHints.columnLabels) {
    for (const [path, entry] of parsed.sourceMap) {
      const m = ROW_PATH.exec(path);
      const r = entry.value;
      if (!m || !r || r.start < from || r.start > to || entry.key) continue;
      const columns = m[1] === "requests" ? form.table3.columns : form.table4.columns;
      const col = columns[Number(m[2])];
      if (!col) continue;
      hints.push({
        position: index.position(r.start),
        label: `${col.label}:`,
        kind: InlayHintKind.Parameter,
        paddingRight: true,
      });
    }
  }
  if (settings.inlayHints.totals) {
    for (const f of findings) {
      const edit = f.fix?.edits.length === 1 ? f.fix.edits[0] : undefined;
      if (!edit || !/^-?\d+(?:\.\d+)?$/.test(edit.newText) || edit.range.end < from || edit.range.start > to) continue;
      if (!f.paths.length || !f.paths.some((p) => ROW_PATH.test(p))) continue;
      hints.push({
        position: index.position(edit.range.end),
        label: `≠ ${edit.newText}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: f.message,
      });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
