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

/** Characters that end the word being typed (looking back from the cursor). */
const WORD_STOP = /[\s:,[\]{}"']/u;
const SPACE = /\s/u;

/**
 * The key a line writes (`  key: …`, `- key: …`), or null: what the pattern
 * `^\s*(?:-\s+)?([^#\s:][^:#]*?)\s*:(?:\s|$)` captures, found in one pass. The pattern itself
 * backtracks quadratically on long lines of spaces, and lines are typed by users.
 */
export function keyOfLine(line: string): string | null {
  let c = 0;
  while (c < line.length && line[c] !== ":" && line[c] !== "#") c++;
  if (c === line.length || line[c] === "#") return null;
  if (c + 1 < line.length && !SPACE.test(line[c + 1]!)) return null;
  let p = 0;
  while (p < c && SPACE.test(line[p]!)) p++;
  if (p === c) return null;
  let start = p;
  if (line[p] === "-" && p + 1 < c && SPACE.test(line[p + 1]!)) {
    let q = p + 1;
    while (q < c && SPACE.test(line[q]!)) q++;
    // "- : x": nothing after the dash, which is then the key itself.
    if (q < c) start = q;
  }
  return line.slice(start, c).trim();
}

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
  const before = text.slice(lineStart, offset);
  const indent = indentOf(before.replace(/^(\s*)-\s+/, (m) => " ".repeat(m.length)));
  const colon = before.indexOf(":");
  const valueOf = colon >= 0 ? before.slice(0, colon).trim().replace(/^-\s*/, "") : null;
  // Scanned back from the cursor: a pattern anchored at the end would retry from every start of a long line.
  let ws = before.length;
  while (ws > 0 && !WORD_STOP.test(before[ws - 1]!)) ws--;
  const word = before.slice(ws);
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
      const key = keyOfLine(l);
      if (key !== null) {
        parents.unshift(key);
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
        const key = keyOfLine(l);
        if (key !== null) siblings.add(key);
      }
    }
  };
  collect(lineNo - 1, -1);
  collect(lineNo + 1, 1);
  const emptyDocument = lines.every(isBlank) || text.trim() === word.trim();
  return { parents, indent, siblings, word, wordStart, valueOf, emptyDocument };
}
