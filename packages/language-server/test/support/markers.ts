import { TextDocument } from "vscode-languageserver-textdocument";
import type { Position, TextEdit } from "vscode-languageserver-types";
import { analyze, type AnalyzedDocument } from "../../src/service/document.js";
import { resolveSettings, type Settings } from "../../src/service/settings.js";

/** The cursor marker in fixtures. */
export const CURSOR = "‸";

export interface Marked {
  readonly text: string;
  readonly offset: number;
  readonly position: Position;
}

/** Removes the cursor marker and says where it was. */
export function marked(withCursor: string): Marked {
  const offset = withCursor.indexOf(CURSOR);
  if (offset < 0) throw new Error("fixture has no cursor marker ‸");
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + CURSOR.length);
  const doc = TextDocument.create("file:///t.nianbao.yaml", "yaml", 1, text);
  return { text, offset, position: doc.positionAt(offset) };
}

export function settings(overrides: Record<string, unknown> = {}): Settings {
  return resolveSettings({ locale: "zh-CN", ...overrides });
}

export function doc(text: string, s: Settings = settings(), uri = "file:///work/t.nianbao.yaml"): AnalyzedDocument {
  return analyze(uri, 1, text, s);
}

/** Applies LSP text edits the way a client does: all against the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const d = TextDocument.create("file:///x", "yaml", 1, text);
  return TextDocument.applyEdits(d, [...edits]);
}
