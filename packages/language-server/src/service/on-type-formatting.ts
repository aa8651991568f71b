import { blockLines, closingQuote, isPlainStart, proseKeyLine, unquoteLine } from "@nianbao/core";
import type { Position, TextEdit } from "vscode-languageserver-types";
import type { AnalyzedDocument } from "./document.js";

/**
 * Enter pressed in a text section. Inside a one-line text (`主动公开: "一是…"` or unquoted) the
 * editor has split the line and put the new one at the key's indentation, which YAML cannot read:
 * the edits turn the text into the block form (`主动公开: |`), the part before the cursor its first
 * paragraph and the part after it the second. Under a block's header (`主动公开: |`) the new line
 * is indented to the text. Null when the Enter was anywhere else.
 */
export function onTypeFormatting(doc: AnalyzedDocument, position: Position, ch: string): TextEdit[] | null {
  if (ch !== "\n" || position.line < 1) return null;
  const { lines } = doc;
  const keyLine = lines.lineText(position.line - 1);
  const key = proseKeyLine(doc.parsed.read.form, keyLine);
  if (!key) return null;
  const line = lines.lineText(position.line);
  const at = Math.min(position.character, line.length);
  const written = Math.min(/^ */.exec(line)![0].length, at);
  const pad = " ".repeat(key.indent + 2);
  // One edit from the key's value to the cursor: a client moves a cursor at the end of the range it
  // replaces to the end of the new text, so the cursor stays where the author is writing.
  const upToCursor = (start: number, head: string) => ({
    range: range(position.line - 1, start, position.line, written),
    newText: `${head}\n${pad}`,
  });
  const value = key.value.trimEnd();
  if (/^[|>][-+0-9]*\s*(?:#.*)?$/u.test(value)) return written === pad.length ? null : [upToCursor(keyLine.length, "")];
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : null;
  if (!quote) {
    if (!isPlainStart(value)) return null;
    return [upToCursor(key.valueAt, ["|", ...blockLines([value.trim()], key.indent)].join("\n"))];
  }
  // The quote must open on the key's line and close after the cursor, on the cursor's line.
  if (closingQuote(value) >= 0) return null;
  const rest = line.slice(at);
  const close = closingQuote(`${quote}${rest}`) - 1;
  if (close < 0) return null;
  const after = rest.slice(close + 1).trim();
  if (after && !after.startsWith("#")) return null;
  const first = unquoteLine(key.value.slice(1).trimEnd(), quote);
  const second = rest.slice(0, close);
  const unquoted = unquoteLine(second, quote);
  // After the cursor only the closing quote goes (a comment after it moves to the header), unless escapes must be undone.
  const tail: TextEdit =
    unquoted === second
      ? { range: range(position.line, at + close, position.line, line.length), newText: "" }
      : { range: range(position.line, at, position.line, line.length), newText: unquoted };
  return [upToCursor(key.valueAt, [after ? `|  ${after}` : "|", ...blockLines([first], key.indent)].join("\n")), tail];
}

const range = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});
