import type { Observation, TextEdit } from "@nianbao/core";
import type { ServiceCache } from "./cache.js";
import type { AnalyzedDocument } from "./document.js";
import { sectionTemplate } from "./form-nav.js";

export type MissingSection = Extract<Observation, { kind: "missing" }> & { readonly what: "section" | "table" };

export function isMissingSection(o: Observation): o is MissingSection {
  return o.kind === "missing" && (o.what === "section" || o.what === "table");
}

/**
 * Puts a deleted section or table back, as the template writes it (every cell 0, every text empty,
 * the column comment above a table), where the form has it: after the nearest earlier section the
 * file still has, or else before the nearest later one, or else at the end; a blank line on either
 * side, as sections are written. Nothing else of the file changes.
 */
export function restoreSectionEdit(doc: AnalyzedDocument, obs: MissingSection, cache: ServiceCache): TextEdit | null {
  const { parsed, text } = doc;
  const form = parsed.read.form;
  const mine = form.sections.findIndex((s) => s.id === obs.path);
  if (mine < 0) return null;
  const body = sectionTemplate(form, form.sections[mine]!.key, cache, true);
  const entry = (i: number) => parsed.sourceMap.get(form.sections[i]!.id);
  for (let i = mine - 1; i >= 0; i--) {
    const e = entry(i);
    if (!e?.key) continue;
    const end = Math.max(e.value?.end ?? 0, e.key.end);
    // The end of the section's last line, before its line break.
    const lineBreak = text.indexOf("\n", Math.max(0, end - 1));
    const at = lineBreak < 0 ? text.length : lineBreak;
    return { range: { start: at, end: at }, newText: `\n\n${body}` };
  }
  for (let i = mine + 1; i < form.sections.length; i++) {
    const e = entry(i);
    if (!e?.key) continue;
    const at = text.lastIndexOf("\n", e.key.start - 1) + 1;
    return { range: { start: at, end: at }, newText: `${body}\n\n` };
  }
  const sep = text === "" || text.endsWith("\n") ? "" : "\n";
  return { range: { start: text.length, end: text.length }, newText: `${sep}\n${body}\n` };
}
