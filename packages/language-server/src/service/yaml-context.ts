/**
 * Where the cursor is in the YAML structure, read from indentation. Completion runs on text being
 * typed, which is often not valid YAML yet, so this does not rely on the parser.
 */
export interface CursorContext {
  /** Keys of the enclosing block mappings, outermost first. */
  readonly parents: readonly string[];
  /** Column of the key being typed (its indentation). */
  readonly indent: number;
  /** Keys already present at the same level of the same parent. */
  readonly siblings: ReadonlySet<string>;
  /** The word being typed and where it starts (offset). */
  readonly word: string;
  readonly wordStart: number;
  /** The key whose value is being typed, when the cursor is after `key:` on the line. */
  readonly valueOf: string | null;
  /** Whether the whole document is blank (comments and spaces only). */
  readonly emptyDocument: boolean;
}

const KEY_LINE = /^(\s*)(?:-\s+)?([^#\s:][^:#]*?)\s*:(?:\s|$)/u;

function indentOf(line: string): number {
  const m = /^[ ]*/.exec(line);
  return m ? m[0].length : 0;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === "" || t.startsWith("#");
}

export function cursorContext(text: string, offset: number): CursorContext {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let lineEnd = text.indexOf("\n", offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const indent = indentOf(before.replace(/^(\s*)-\s+/, (m) => " ".repeat(m.length)));
  const colon = before.indexOf(":");
  const valueOf = colon >= 0 ? before.slice(0, colon).trim().replace(/^-\s*/, "") : null;
  const wm = /[^\s:,[\]{}"']*$/u.exec(before);
  const word = wm ? wm[0] : "";
  const wordStart = offset - word.length;

  const lines = text.split("\n");
  const lineNo = text.slice(0, lineStart).split("\n").length - 1;
  const parents: string[] = [];
  let level = indent;
  let parentLine = -1;
  for (let i = lineNo - 1; i >= 0 && level > 0; i--) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const ind = indentOf(l);
    if (ind < level) {
      const m = KEY_LINE.exec(l);
      if (m) {
        parents.unshift(m[2]!.trim());
        if (parentLine < 0) parentLine = i;
      }
      level = ind;
    }
  }
  const siblings = new Set<string>();
  const collect = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const l = lines[i]!;
      if (isBlank(l)) continue;
      const ind = indentOf(l);
      if (ind < indent) break;
      if (ind === indent) {
        const m = KEY_LINE.exec(l);
        if (m) siblings.add(m[2]!.trim());
      }
    }
  };
  collect(lineNo - 1, -1);
  collect(lineNo + 1, 1);
  const emptyDocument = lines.every(isBlank) || text.trim() === word.trim();
  return { parents, indent, siblings, word, wordStart, valueOf, emptyDocument };
}
