/**
 * The report editor: CodeMirror 6 with the language service's features as an LSP client shows
 * them. Every answer comes from the worker; the editor only maps positions and draws.
 */
import { autocompletion, completionKeymap, type Completion, type CompletionContext } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, defaultHighlightStyle, foldGutter, syntaxHighlighting } from "@codemirror/language";
import {
  lintGutter,
  lintKeymap,
  openLintPanel,
  setDiagnostics,
  type Action,
  type Diagnostic as CmDiagnostic,
} from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, type Extension } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { CodeAction, CompletionItem, Diagnostic, InlayHint, Range, TextEdit } from "vscode-languageserver-types";
import type { Published } from "../protocol.js";
import { messageText, toChanges, toContentChanges, toOffset, toPosition, toRange } from "./lsp-convert.js";
import { hintDecorations, hintsField, setHints } from "./inlay-hints.js";
import { actionsFor } from "./quick-fixes.js";
import { markupNodes } from "./markup.js";
import type { ServiceClient } from "./service-client.js";

const SEVERITY: Record<number, CmDiagnostic["severity"]> = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

export interface EditorHooks {
  readonly client: ServiceClient;
  /** The text changed (for saving); called after the worker was told. */
  readonly changed: (text: string) => void;
  /** A related location of a finding was chosen. */
  readonly labels: () => { related: string; fix: string };
}

export class ReportEditor {
  readonly view: EditorView;
  private uri = "";
  private version = 0;

  constructor(
    parent: HTMLElement,
    private readonly hooks: EditorHooks,
  ) {
    this.view = new EditorView({ parent, state: EditorState.create({ doc: "", extensions: this.extensions() }) });
  }

  /** Names the editing area for screen readers, in the page's language. */
  setLabel(label: string): void {
    this.view.contentDOM.setAttribute("aria-label", label);
  }

  get currentUri(): string {
    return this.uri;
  }

  get currentVersion(): number {
    return this.version;
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  private extensions(): Extension[] {
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      foldGutter(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      bracketMatching(),
      history(),
      yaml(),
      syntaxHighlighting(defaultHighlightStyle),
      // Prose sections are long lines of 汉字: wrapped, they stay readable without scrolling sideways.
      EditorView.lineWrapping,
      EditorState.tabSize.of(2),
      lintGutter(),
      hintsField,
      autocompletion({ override: [(ctx) => this.complete(ctx)], activateOnTyping: true }),
      hoverTooltip((view, pos) => this.hover(view, pos), { hoverTime: 350 }),
      keymap.of([
        ...defaultKeymap,
        ...historyKeymap,
        ...searchKeymap,
        ...completionKeymap,
        ...lintKeymap,
        indentWithTab,
      ]),
      // Ctrl+. as in VS Code: the findings with their quick fixes, in a panel worked from the keyboard.
      keymap.of([{ key: "Mod-.", run: openLintPanel }]),
      EditorView.contentAttributes.of({ lang: "zh-CN" }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged || !this.uri) return;
        this.version++;
        this.hooks.client.change(this.uri, this.version, toContentChanges(u.startState.doc, u.changes));
        this.hooks.changed(u.state.doc.toString());
      }),
    ];
  }

  /** Shows another report: the worker closes the old document and opens this one. */
  load(uri: string, text: string): void {
    if (this.uri) this.hooks.client.close(this.uri);
    this.uri = "";
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      effects: setHints.of(hintDecorations(this.view.state.doc, [])),
    });
    this.view.dispatch(setDiagnostics(this.view.state, []));
    this.uri = uri;
    this.version = 1;
    this.hooks.client.open(uri, this.version, this.view.state.doc.toString());
  }

  /** The worker's diagnostics for the current version, with their quick fixes, in the editor's lint layer. */
  show(published: Published, actions: readonly CodeAction[]): void {
    const doc = this.view.state.doc;
    const diags: CmDiagnostic[] = published.diagnostics.map((d) => ({
      from: toOffset(doc, d.range.start),
      to: toOffset(doc, d.range.end),
      severity: SEVERITY[d.severity ?? 1] ?? "error",
      source: String(d.code ?? ""),
      message: messageText(d.message),
      renderMessage: () => this.renderMessage(d),
      actions: actionsFor(d, actions).map((a): Action => ({ name: a.title, apply: () => this.apply(a) })),
    }));
    this.view.dispatch(setDiagnostics(this.view.state, diags));
  }

  private renderMessage(d: Diagnostic): Node {
    const box = document.createElement("div");
    box.append(document.createTextNode(messageText(d.message)));
    for (const r of d.relatedInformation ?? []) {
      const link = document.createElement("button");
      link.type = "button";
      link.className = "nb-related";
      link.textContent = `${this.hooks.labels().related} ${r.location.range.start.line + 1}: ${r.message}`;
      if (r.location.uri === this.uri) link.addEventListener("click", () => this.select(r.location.range));
      else link.disabled = true;
      box.append(link);
    }
    return box;
  }

  setHints(hints: readonly InlayHint[]): void {
    this.view.dispatch({ effects: setHints.of(hintDecorations(this.view.state.doc, hints)) });
  }

  /** Applies a code action's edits to this document (the service only edits the document it was asked about). */
  apply(action: CodeAction): void {
    const edits = action.edit?.changes?.[this.uri] ?? [];
    const fromDocumentChanges = (action.edit?.documentChanges ?? []).flatMap((c) =>
      "textDocument" in c && c.textDocument.uri === this.uri
        ? c.edits.filter((e): e is TextEdit => "newText" in e)
        : [],
    );
    const all = [...edits, ...fromDocumentChanges];
    if (!all.length) return;
    this.view.dispatch({ changes: toChanges(this.view.state.doc, all), userEvent: "input.fix" });
    this.view.focus();
  }

  select(range: Range): void {
    const doc = this.view.state.doc;
    const anchor = toOffset(doc, range.start);
    const head = toOffset(doc, range.end);
    this.view.dispatch({ selection: { anchor, head }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) });
    this.view.focus();
  }

  wholeRange(): Range {
    return toRange(this.view.state.doc, 0, this.view.state.doc.length);
  }

  private async complete(ctx: CompletionContext) {
    const uri = this.uri;
    if (!uri) return null;
    const abort = new AbortController();
    ctx.addEventListener("abort", () => abort.abort());
    const list = await this.hooks.client.request(
      "completion",
      { uri, position: toPosition(ctx.state.doc, ctx.pos) },
      abort.signal,
    );
    if (!list || list.items.length === 0 || ctx.aborted) return null;
    const doc = ctx.state.doc;
    const first = list.items[0]!.textEdit;
    const start = first && "range" in first ? toOffset(doc, first.range.start) : ctx.pos;
    return {
      from: Math.min(start, ctx.pos),
      // The service filtered and ordered them (pinyin initials included): CodeMirror must not filter again.
      filter: false,
      options: list.items.map((item) => this.completionOf(item)),
    };
  }

  private completionOf(item: CompletionItem): Completion {
    const doc = item.documentation;
    const info = typeof doc === "string" ? doc : doc?.value;
    return {
      label: item.label,
      ...(item.detail ? { detail: item.detail } : {}),
      ...(info ? { info: () => markupNodes(info) } : {}),
      apply: (view, _completion, from, to) => {
        const edit = item.textEdit;
        const text = edit?.newText ?? item.insertText ?? item.label;
        const start = edit && "range" in edit ? toOffset(view.state.doc, edit.range.start) : from;
        view.dispatch({
          changes: { from: Math.min(start, from), to: Math.max(to, from), insert: text },
          selection: { anchor: Math.min(start, from) + text.length },
          userEvent: "input.complete",
        });
      },
    };
  }

  private async hover(view: EditorView, pos: number) {
    const uri = this.uri;
    if (!uri) return null;
    const got = await this.hooks.client.request("hover", { uri, position: toPosition(view.state.doc, pos) });
    if (!got) return null;
    const c = got.contents;
    const value =
      typeof c === "string"
        ? c
        : Array.isArray(c)
          ? c.map((x) => (typeof x === "string" ? x : x.value)).join("\n\n")
          : c.value;
    const doc = view.state.doc;
    return {
      pos: got.range ? toOffset(doc, got.range.start) : pos,
      end: got.range ? toOffset(doc, got.range.end) : pos,
      above: true,
      create: () => {
        const dom = markupNodes(value);
        dom.classList.add("nb-hover");
        return { dom };
      },
    };
  }
}
