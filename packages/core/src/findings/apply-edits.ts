import type { TextEdit } from "./index.js";

/**
 * A text with non-overlapping edits applied, all against the original text (as an LSP client
 * applies them). New lines in an edit take the text's own line ending, so a CRLF file does not get
 * mixed endings.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const crlf = text.includes("\r\n");
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    const newText = crlf ? e.newText.replace(/\r?\n/g, "\r\n") : e.newText;
    out = out.slice(0, e.range.start) + newText + out.slice(e.range.end);
  }
  return out;
}
