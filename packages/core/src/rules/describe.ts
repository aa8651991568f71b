import { describePath, printedLabel, type FormDef } from "../form/index.js";
import type { Bilingual, MessageArgs } from "../messages/format.js";
import { hasMessage, message } from "../messages/index.js";
import { quoted } from "./labels.js";

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
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}:#]*$/u.test(text) && text.trimEnd() === text ? text : JSON.stringify(text);
}
