import { describePath, printedLabel, type FormDef, type Table3Node } from "../form/index.js";
import type { Bilingual, MessageArgs } from "../messages/format.js";
import { hasMessage, message } from "../messages/index.js";
import { quoted } from "./labels.js";
import type { RuleContext } from "./types.js";

/** A catalogue text in both languages, to pass as an argument of another message. */
export function bilingual(id: string, args?: MessageArgs): Bilingual {
  return { zh: message(id, args, "zh-CN"), en: message(id, args, "en") };
}

/** The printed label of a model path, e.g. 「（三）不予公开」; `fallback` (a printed label) when the form has no such path. */
export function pathLabel(form: FormDef, path: string, fallback?: string): Bilingual {
  const target = describePath(form, path);
  if (target) {
    const label = printedLabel(target);
    return quoted(label.zh, label.en);
  }
  const zh = `「${fallback ?? path}」`;
  return { zh, en: zh };
}

/** A YAML node type as the reader names it ("mapping", "sequence", "text", "number" …), in words. */
export function typeLabel(found: string): Bilingual {
  return hasMessage(`yamlType.${found}`) ? bilingual(`yamlType.${found}`) : { zh: found, en: found };
}

/**
 * A key or a one-line value as YAML text: plain when that is safe both in a block and inside a
 * flow row `[…]`, else double-quoted.
 */
export function yamlScalar(text: string): string {
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}:#]*$/u.test(text) && text.trimEnd() === text
    ? text
    : JSON.stringify(text);
}

/**
 * The model path a key would have if it were written at `parent` (the path of the mapping that
 * holds it): used to tell whether a suggested key is already there, which renaming would repeat.
 */
function pathOfKey(form: FormDef, parent: string, key: string): string | null {
  if (parent === "") {
    const meta = form.meta.find((m) => m.key === key);
    if (meta) return `meta.${meta.id}`;
    if (key === form.notesKey) return "notes";
    return form.sections.find((s) => s.key === key)?.id ?? null;
  }
  if (parent === "overview") {
    const topic = form.overviewTopics.find((t) => t.key === key);
    return topic ? `overview.${topic.id}` : null;
  }
  const [table, row] = parent.split(".");
  if (table === "proactive") {
    for (const block of form.table2.blocks) {
      if (row === undefined) {
        const r = block.rows.find((x) => x.key === key);
        if (r) return `proactive.${r.id}`;
      } else if (block.rows.some((x) => x.id === row)) {
        const c = block.columns.find((x) => x.key === key);
        return c ? `proactive.${row}.${c.id}` : null;
      }
    }
    return null;
  }
  if (table === "requests") {
    const find = (nodes: readonly Table3Node[]): Table3Node | undefined => {
      for (const n of nodes) {
        if (n.key === key) return n;
        const inner = n.type === "group" ? find(n.children) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const node = find(form.table3.rows);
    return node ? `requests.${node.id}` : null;
  }
  if (table === "litigation") {
    const r = form.table4.rows.find((x) => x.key === key);
    return r ? `litigation.${r.id}` : null;
  }
  return null;
}

/** Whether renaming a key at `parent` to `key` is safe: the mapping does not hold that key already. */
export function canRenameTo(ctx: RuleContext, parent: string, key: string): boolean {
  const path = pathOfKey(ctx.form, parent, key);
  return path === null || !ctx.read.sourceMap.has(path);
}
