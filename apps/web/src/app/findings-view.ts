/**
 * The list of findings beside the tables: one entry a diagnostic, worst first as the service gave
 * them, each a button that puts the cursor on its cell, with its quick fixes as buttons.
 */
import type { Locale } from "@nianbao/core";
import type { CodeAction, Diagnostic, Range } from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import { actionsFor } from "./quick-fixes.js";
import { messageText } from "./lsp-convert.js";

const SEVERITY_CLASS: Record<number, string> = { 1: "error", 2: "warning", 3: "info", 4: "info" };

export interface FindingsHandlers {
  readonly select: (range: Range) => void;
  readonly apply: (action: CodeAction) => void;
}

export function renderFindings(
  list: HTMLElement,
  summary: HTMLElement,
  diagnostics: readonly Diagnostic[],
  actions: readonly CodeAction[],
  locale: Locale,
  uri: string,
  on: FindingsHandlers,
): void {
  const count = (s: number) => diagnostics.filter((d) => (d.severity ?? 1) === s).length;
  summary.textContent = diagnostics.length
    ? t("findings.count", locale, { errors: count(1), warnings: count(2), infos: count(3) + count(4) })
    : t("findings.none", locale);
  const items = diagnostics.map((d) => {
    const li = document.createElement("li");
    li.className = `nb-finding nb-${SEVERITY_CLASS[d.severity ?? 1] ?? "error"}`;
    li.dataset.code = String(d.code ?? "");
    const go = document.createElement("button");
    go.type = "button";
    go.className = "nb-finding-go";
    const where = document.createElement("span");
    where.className = "nb-finding-where";
    where.textContent = `${t("findings.line", locale, { line: d.range.start.line + 1 })} · ${d.code ?? ""}`;
    const message = document.createElement("span");
    message.className = "nb-finding-message";
    message.textContent = messageText(d.message);
    go.append(where, message);
    go.addEventListener("click", () => on.select(d.range));
    li.append(go);
    for (const r of d.relatedInformation ?? []) {
      const rel = document.createElement("button");
      rel.type = "button";
      rel.className = "nb-related";
      rel.textContent = `${t("findings.related", locale)} ${t("findings.line", locale, { line: r.location.range.start.line + 1 })}: ${r.message}`;
      // Last year's report is another stored report: named, but not opened from here.
      if (r.location.uri === uri) rel.addEventListener("click", () => on.select(r.location.range));
      else rel.disabled = true;
      li.append(rel);
    }
    for (const a of actionsFor(d, actions)) {
      const fix = document.createElement("button");
      fix.type = "button";
      fix.className = "nb-fix";
      fix.textContent = `${t("action.fix", locale)}：${a.title}`;
      fix.addEventListener("click", () => on.apply(a));
      li.append(fix);
    }
    return li;
  });
  list.replaceChildren(...items);
}
