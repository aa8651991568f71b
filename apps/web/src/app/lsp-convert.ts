/**
 * LSP positions (0-based lines, UTF-16 characters) and CodeMirror offsets, both ways, and edits
 * between the two. CodeMirror counts UTF-16 units too, so only lines need mapping.
 */
import type { ChangeSpec, Text, ChangeSet } from "@codemirror/state";
import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { Position, Range, TextEdit } from "vscode-languageserver-types";

export function toOffset(doc: Text, p: Position): number {
  if (p.line >= doc.lines) return doc.length;
  const line = doc.line(p.line + 1);
  return line.from + Math.min(Math.max(p.character, 0), line.length);
}

export function toPosition(doc: Text, offset: number): Position {
  const line = doc.lineAt(Math.min(Math.max(offset, 0), doc.length));
  return { line: line.number - 1, character: offset - line.from };
}

export function toRange(doc: Text, from: number, to: number): Range {
  return { start: toPosition(doc, from), end: toPosition(doc, to) };
}

/**
 * A transaction's changes as LSP incremental changes, last first: each one's range is then still
 * right in the text the worker holds when it is applied.
 */
export function toContentChanges(before: Text, changes: ChangeSet): TextDocumentContentChangeEvent[] {
  const out: TextDocumentContentChangeEvent[] = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out.push({ range: toRange(before, fromA, toA), text: inserted.toString() });
  });
  return out.reverse();
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown there; the service writes plain text). */
export function messageText(m: string | { value: string }): string {
  return typeof m === "string" ? m : m.value;
}

/** LSP text edits (all against the same text) as one CodeMirror change. */
export function toChanges(doc: Text, edits: readonly TextEdit[]): ChangeSpec[] {
  return edits.map((e) => ({ from: toOffset(doc, e.range.start), to: toOffset(doc, e.range.end), insert: e.newText }));
}
