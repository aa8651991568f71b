/** The service's inlay hints as CodeMirror widgets, kept in place as the text around them changes. */
import { StateEffect, StateField, type Text } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";
import type { InlayHint } from "vscode-languageserver-types";
import { toOffset } from "./lsp-convert.js";

class HintWidget extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  override eq(other: HintWidget): boolean {
    return other.label === this.label;
  }
  toDOM(): HTMLElement {
    const span = document.createElement("span");
    span.className = "cm-inlay-hint";
    span.textContent = this.label;
    return span;
  }
}

export const setHints = StateEffect.define<DecorationSet>();
export const hintsField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update: (hints, tr) => {
    for (const e of tr.effects) if (e.is(setHints)) return e.value;
    return hints.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The hints of one version as decorations of that version's text. */
export function hintDecorations(doc: Text, hints: readonly InlayHint[]): DecorationSet {
  const decos = hints
    .map((h) => {
      const label = typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join("");
      const text = `${h.paddingLeft ? " " : ""}${label}${h.paddingRight ? " " : ""}`;
      return Decoration.widget({ widget: new HintWidget(text), side: 1 }).range(toOffset(doc, h.position));
    })
    .sort((a, b) => a.from - b.from);
  return Decoration.set(decos, true);
}
