import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
  TextEdit,
} from "vscode-languageserver-types";
import { LspLines } from "../../src/service/lsp-lines.js";

/**
 * Checks of LSP responses against the text they are about: every position inside the document,
 * every shape as the protocol defines it. Each returns the problems found (empty when valid), so a
 * fuzz failure says what was wrong, not only that something was.
 */
export class ShapeChecker {
  readonly problems: string[] = [];

  constructor(
    private readonly lines: LspLines,
    private readonly where: string,
  ) {}

  static of(text: string, where: string): ShapeChecker {
    return new ShapeChecker(new LspLines(text), where);
  }

  private fail(what: string, value: unknown): false {
    this.problems.push(`${this.where}: ${what}: ${JSON.stringify(value)?.slice(0, 300)}`);
    return false;
  }

  position(p: Position | undefined, what: string): boolean {
    if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
      return this.fail(`${what} is no position`, p);
    if (p.line >= this.lines.lineCount) return this.fail(`${what} is past the last line (${this.lines.lineCount})`, p);
    const length = this.lines.lineEnd(p.line) - this.lines.lineStart(p.line);
    if (p.character > length) return this.fail(`${what} is past the end of its line (${length})`, p);
    return true;
  }

  range(r: Range | undefined, what: string): boolean {
    if (!r || !this.position(r.start, `${what}.start`) || !this.position(r.end, `${what}.end`))
      return r ? false : this.fail(`${what} is missing`, r);
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character))
      return this.fail(`${what} ends before it starts`, r);
    return true;
  }

  private offset(p: Position): number {
    return this.lines.offset(p);
  }

  /** Edits of one document: valid ranges that do not overlap (the protocol requires it). */
  edits(edits: readonly TextEdit[] | undefined, what: string): void {
    if (!Array.isArray(edits)) return void this.fail(`${what} is not a list of edits`, edits);
    const spans: [number, number][] = [];
    edits.forEach((e, i) => {
      if (typeof e?.newText !== "string") this.fail(`${what}[${i}].newText`, e);
      if (this.range(e?.range, `${what}[${i}].range`))
        spans.push([this.offset(e.range.start), this.offset(e.range.end)]);
    });
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 1; i < spans.length; i++)
      if (spans[i]![0] < spans[i - 1]![1]) this.fail(`${what}: edits overlap`, spans);
  }

  /**
   * `related(uri)` gives the texts another file may have had when the diagnostics were made (the
   * server may have read it before its latest change): a related range must fit one of them.
   */
  diagnostics(list: readonly Diagnostic[], uri: string, related: (uri: string) => readonly LspLines[] | null): void {
    list.forEach((d, i) => {
      this.range(d.range, `diagnostic[${i}] ${d.code}`);
      if (typeof d.message !== "string" || !d.message) this.fail(`diagnostic[${i}] has no message`, d);
      if (![1, 2, 3, 4].includes(d.severity ?? 0)) this.fail(`diagnostic[${i}] severity`, d.severity);
      for (const r of d.relatedInformation ?? []) {
        if (r.location.uri === uri) this.range(r.location.range, `diagnostic[${i}] related`);
        else {
          const versions = related(r.location.uri);
          if (!versions?.length) this.fail(`diagnostic[${i}] related in an unknown file`, r.location.uri);
          else {
            const checks = versions.map((lines) => new ShapeChecker(lines, this.where));
            for (const c of checks) c.range(r.location.range, `diagnostic[${i}] related (${r.location.uri})`);
            if (checks.every((c) => c.problems.length)) this.problems.push(...checks[checks.length - 1]!.problems);
          }
        }
      }
    });
  }

  completion(result: CompletionList | CompletionItem[] | null): void {
    if (result === null) return;
    const items = Array.isArray(result) ? result : result.items;
    if (!Array.isArray(items)) return void this.fail("completion without items", result);
    items.forEach((item, i) => {
      if (typeof item.label !== "string") this.fail(`completion[${i}].label`, item);
      const te = item.textEdit;
      if (te) {
        if ("range" in te) this.edits([te], `completion[${i}].textEdit`);
        else {
          this.range(te.insert, `completion[${i}].insert`);
          this.range(te.replace, `completion[${i}].replace`);
        }
      }
      if (item.additionalTextEdits) this.edits(item.additionalTextEdits, `completion[${i}].additionalTextEdits`);
    });
  }

  hover(result: Hover | null): void {
    if (result === null) return;
    const c = result.contents as unknown;
    const ok =
      typeof c === "string" ||
      (typeof c === "object" && c !== null && "value" in c && typeof (c as { value: unknown }).value === "string") ||
      Array.isArray(c);
    if (!ok) this.fail("hover contents", c);
    if (result.range) this.range(result.range, "hover.range");
  }

  codeActions(result: (CodeAction | { command: string })[] | null, uri: string): void {
    if (result === null) return;
    if (!Array.isArray(result)) return void this.fail("code actions are not a list", result);
    result.forEach((a, i) => {
      if (!("title" in a) || typeof a.title !== "string" || !a.title)
        return void this.fail(`codeAction[${i}] has no title`, a);
      const action = a as CodeAction;
      for (const [target, edits] of Object.entries(action.edit?.changes ?? {})) {
        if (target !== uri) this.fail(`codeAction[${i}] edits another document`, target);
        else this.edits(edits, `codeAction[${i}] "${action.title}"`);
      }
      for (const d of action.diagnostics ?? []) this.range(d.range, `codeAction[${i}].diagnostic`);
    });
  }

  inlayHints(result: InlayHint[] | null): void {
    if (result === null) return;
    result.forEach((h, i) => {
      this.position(h.position, `inlayHint[${i}]`);
      if (typeof h.label !== "string" && !Array.isArray(h.label)) this.fail(`inlayHint[${i}].label`, h);
    });
  }

  symbols(result: DocumentSymbol[] | null, what = "symbol"): void {
    if (result === null) return;
    result.forEach((s, i) => {
      const w = `${what}[${i}]`;
      if (typeof s.name !== "string" || !s.name) this.fail(`${w} has no name`, s);
      if (this.range(s.range, `${w}.range`) && this.range(s.selectionRange, `${w}.selectionRange`)) {
        const inside =
          this.offset(s.selectionRange.start) >= this.offset(s.range.start) &&
          this.offset(s.selectionRange.end) <= this.offset(s.range.end);
        if (!inside) this.fail(`${w}.selectionRange is outside its range`, s);
      }
      if (s.children) this.symbols(s.children, `${w}.children`);
    });
  }

  folding(result: FoldingRange[] | null): void {
    if (result === null) return;
    result.forEach((f, i) => {
      if (
        !Number.isInteger(f.startLine) ||
        !Number.isInteger(f.endLine) ||
        f.startLine < 0 ||
        f.endLine < f.startLine ||
        f.endLine >= this.lines.lineCount
      )
        this.fail(`foldingRange[${i}]`, f);
    });
  }
}
