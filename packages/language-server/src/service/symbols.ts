import { describePath, printedLabel, type SourceEntry } from "@nianbao/core";
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from "vscode-languageserver-types";
import { toLspRange } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";
import type { Settings } from "./settings.js";

function kindOf(path: string, hasChildren: boolean): SymbolKind {
  if (path.startsWith("meta.")) return SymbolKind.Field;
  if (!path.includes(".")) return hasChildren ? SymbolKind.Namespace : SymbolKind.String;
  return hasChildren ? SymbolKind.Struct : SymbolKind.Array;
}

/** The outline: metadata, the six sections, table groups and rows, notes. Cells are left out. */
export function documentSymbols(doc: AnalyzedDocument, settings: Settings): DocumentSymbol[] {
  const { parsed } = doc;
  const form = parsed.read.form;
  const index = doc.lines;
  const entries = [...parsed.sourceMap].filter(
    ([path, e]) => e.key && describePath(form, path)?.kind !== "cell" && !/^notes\.\d+\./.test(path),
  );
  const roots: DocumentSymbol[] = [];
  const span = (e: SourceEntry) => ({ start: e.key!.start, end: Math.max(e.key!.end, e.value?.end ?? 0) });
  // Entries sorted by position: a parent starts before its children and its range contains them.
  entries.sort((a, b) => a[1].key!.start - b[1].key!.start);
  const stack: { end: number; sym: DocumentSymbol & { children: DocumentSymbol[] } }[] = [];
  for (const [path, e] of entries) {
    const target = describePath(form, path);
    const label = target ? printedLabel(target) : { zh: path, en: path };
    const s = span(e);
    const sym = {
      name: settings.locale === "en" && target ? `${label.zh} (${label.en})` : label.zh,
      detail: doc.text.slice(e.key!.start, e.key!.end),
      kind: kindOf(path, !!e.value && doc.text.slice(e.value.start, e.value.end).includes("\n")),
      range: toLspRange(index, s),
      selectionRange: toLspRange(index, e.key!),
      children: [] as DocumentSymbol[],
    };
    while (stack.length && stack[stack.length - 1]!.end < s.end) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.sym.children.push(sym);
    else roots.push(sym);
    stack.push({ end: s.end, sym });
  }
  return roots;
}

/** Folding for every key whose value spans several lines, and for runs of comment lines. */
export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const { parsed } = doc;
  const index = doc.lines;
  const out: FoldingRange[] = [];
  for (const [, e] of parsed.sourceMap) {
    if (!e.key || !e.value) continue;
    const startLine = index.position(e.key.start).line;
    let endLine = index.position(e.value.end).line;
    // A block value's range ends at the start of the next line.
    if (index.position(e.value.end).character === 0) endLine--;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  const isComment = (line: number) => index.lineText(line).trim().startsWith("#");
  for (let i = 0; i < index.lineCount; i++) {
    if (!isComment(i)) continue;
    let j = i;
    while (j + 1 < index.lineCount && isComment(j + 1)) j++;
    if (j > i) out.push({ startLine: i, endLine: j, kind: FoldingRangeKind.Comment });
    i = j;
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
