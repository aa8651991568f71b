import {
  applyEdits,
  isYamlError,
  layoutReportText,
  readReport,
  type Observation,
  type ReadResult,
} from "@nianbao/core";
import type { Range, TextEdit } from "vscode-languageserver-types";
import { toLspRange } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";

/**
 * Format Document (and Format Selection): the report laid out as `nianbao new` writes it, two
 * spaces per level and the table rows aligned (core's layoutReportText), as one edit per line that
 * changes. Every comment and value stays. Nothing is offered when the text cannot be read safely
 * (a syntax error, a repeated key, a limit), except one wrongly indented line, which the layout
 * then corrects as YAML-SYNTAX's fix would; and nothing when the laid-out text would read as
 * another report, however slightly.
 */
export function formatting(doc: AnalyzedDocument, range?: Range): TextEdit[] {
  const start = readable(doc);
  if (!start) return [];
  const formatted = layoutReportText(start.text, start.read);
  if (formatted === doc.text || !sameReading(start.read, readReport(formatted))) return [];
  const before = doc.text.split("\n");
  const after = formatted.split("\n");
  if (before.length !== after.length) return [];
  const edits: TextEdit[] = [];
  let offset = 0;
  before.forEach((line, i) => {
    if (line !== after[i]) {
      const r = toLspRange(doc.lines, { start: offset, end: offset + line.length - (line.endsWith("\r") ? 1 : 0) });
      if (!range || (r.start.line >= range.start.line && r.start.line <= range.end.line))
        edits.push({ range: r, newText: after[i]!.replace(/\r$/u, "") });
    }
    offset += line.length + 1;
  });
  return edits;
}

/** Blocks a safe reading: yaml's errors (not its warnings), a repeated key, a passed limit. */
function blocks(o: Observation): boolean {
  return isYamlError(o) || o.kind === "duplicate-key" || o.kind === "limit";
}

/** The text to lay out and its reading: the document's own, or with its one misindented line re-indented. */
function readable(doc: AnalyzedDocument): { text: string; read: ReadResult } | null {
  const { read, findings } = doc.parsed;
  if (!read.observations.some(blocks)) return { text: doc.text, read };
  const reindent = findings
    .filter((f) => f.code === "YAML-SYNTAX" && f.messageId.startsWith("YAML-SYNTAX.indent") && f.fix)
    .flatMap((f) => f.fix!.edits);
  if (reindent.length === 0) return null;
  const text = applyEdits(doc.text, reindent);
  const fixed = readReport(text);
  return fixed.observations.some(blocks) ? null : { text, read: fixed };
}

/** The same report and the same observations (where they sit aside): what the formatter must keep. */
function sameReading(a: ReadResult, b: ReadResult): boolean {
  const observed = (r: ReadResult) =>
    JSON.stringify(r.observations.map(({ range: _r, ...o }) => ("first" in o ? { ...o, first: null } : o)));
  return (
    !b.observations.some(blocks) && JSON.stringify(a.report) === JSON.stringify(b.report) && observed(a) === observed(b)
  );
}
