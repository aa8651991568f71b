import { normalizeKey, reportTemplate, reportYearDue, writeReportYaml, type FormDef } from "@nianbao/core";
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import { initialsOf, type ServiceCache } from "./cache.js";
import type { AnalyzedDocument } from "./document.js";
import { keyOptions, rowWidth, type KeyOption } from "./form-nav.js";
import type { Settings } from "./settings.js";
import { cursorContext } from "./yaml-context.js";

/**
 * What makes an editor ask for completion as the user types: a key's colon and the space after it,
 * and every letter, since pinyin initials (zd → 主动公开) are typed in letters and editors without
 * VS Code's quick suggestions only ask on these characters.
 */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = Object.freeze([
  ":",
  " ",
  ..."abcdefghijklmnopqrstuvwxyz",
]);

function matches(option: KeyOption, word: string, cache: ServiceCache): boolean {
  if (!word) return true;
  const w = word.toLowerCase();
  if (
    option.key.includes(word) ||
    option.label.includes(word) ||
    normalizeKey(option.label).includes(normalizeKey(word))
  )
    return true;
  if (/^[a-z]+$/.test(w))
    return initialsOf(cache, option.key).startsWith(w) || initialsOf(cache, normalizeKey(option.label)).startsWith(w);
  return false;
}

function indentLines(text: string, indent: number): string {
  const pad = " ".repeat(indent);
  return text
    .split("\n")
    .map((l, i) => (i === 0 ? l : pad + l))
    .join("\n");
}

/**
 * Completion at a position: the keys that may come next in form order (pinyin initials filter
 * Chinese keys), table rows, a whole empty report for an empty file, and values for 格式.
 */
export function completion(
  doc: AnalyzedDocument,
  position: Position,
  settings: Settings,
  cache: ServiceCache,
  now: Date = new Date(),
): CompletionList {
  const { text } = doc;
  const form: FormDef = doc.parsed.read.form;
  const index = doc.lines;
  const offset = index.offset(position);
  const ctx = cursorContext(text, offset);
  const locale = settings.locale;
  // The position as the text has it: a client may send one past the end of a line or of the document.
  const range = { start: index.position(ctx.wordStart), end: index.position(offset) };
  const items: CompletionItem[] = [];
  const year = reportYearDue(now);
  // In a comment the letters typed are words: pinyin initials there would offer keys nobody asked for.
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (/(?:^|\s)#/u.test(text.slice(lineStart, offset))) return { isIncomplete: false, items };

  if (ctx.valueOf !== null) {
    const k = normalizeKey(ctx.valueOf);
    if (ctx.parents.length === 0 && k === normalizeKey(form.meta.find((m) => m.id === "format")!.key)) {
      for (const f of [2021, 2019] as const)
        items.push({
          label: String(f),
          kind: CompletionItemKind.EnumMember,
          detail: t(`completion.format${f}`, locale),
          textEdit: { range, newText: String(f) },
          sortText: f === 2021 ? "0" : "1",
        });
    } else if (ctx.parents.length === 0 && k === normalizeKey(form.meta.find((m) => m.id === "year")!.key)) {
      items.push({ label: String(year), kind: CompletionItemKind.Value, textEdit: { range, newText: String(year) } });
    } else {
      const width = rowWidth(form, ctx.parents, ctx.valueOf, cache);
      if (width !== null) {
        const row = `[${new Array(width).fill("0").join(", ")}]`;
        items.push({
          label: row,
          kind: CompletionItemKind.Value,
          detail: t("completion.zeroRow", locale),
          textEdit: { range, newText: row },
        });
      }
    }
    return { isIncomplete: false, items };
  }

  if (ctx.emptyDocument) {
    for (const format of [2021, 2019] as const) {
      const body = writeReportYaml(reportTemplate({ format, year: format === 2019 ? 2020 : year, agency: "" }));
      const source = format === 2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
      items.push({
        label: t("completion.emptyReport", locale, { format }),
        kind: CompletionItemKind.Snippet,
        detail: t("completion.emptyReportDetail", locale, { source }),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range, newText: body },
        filterText: ctx.word || "nianbao",
        sortText: format === 2021 ? " 0" : " 1",
      });
    }
  }

  const options = keyOptions(form, ctx.parents, cache, year);
  if (options) {
    options.forEach((o, i) => {
      if (ctx.siblings.has(o.key) || !matches(o, ctx.word, cache)) return;
      const doc = [
        o.label !== o.key ? `**${o.label}**` : "",
        o.article ?? "",
        o.note ? (locale === "en" ? o.note.en : o.note.zh) : "",
      ]
        .filter(Boolean)
        .join("\n\n");
      items.push({
        label: o.key,
        kind: o.insert.includes("\n") ? CompletionItemKind.Module : CompletionItemKind.Property,
        detail: [o.label !== o.key ? o.label : locale === "en" ? o.en : "", o.article ?? ""]
          .filter(Boolean)
          .join(" · "),
        ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
        textEdit: { range, newText: indentLines(o.insert, ctx.indent) },
        filterText: ctx.word || o.key,
        sortText: String(i).padStart(3, "0"),
      });
    });
  }
  // Re-asked on every keystroke, so pinyin filtering happens here rather than in the client.
  return { isIncomplete: true, items };
}
