import type { CompletionItem } from "vscode-languageserver-types";
import { completion as complete } from "../../src/service/completion.js";
import { createCache } from "../../src/service/cache.js";
import { doc, settings, type Marked } from "./markers.js";

export { createCache };

export function completion(m: Marked, locale: "zh-CN" | "en" = "zh-CN", now: Date = new Date("2026-01-10")) {
  const s = settings({ locale });
  const list = complete(doc(m.text, s), m.position, s, createCache(), now);
  return { items: list.items, text: m.text };
}

export function parseLabels(items: readonly CompletionItem[]): string[] {
  return items.filter((i) => !String(i.label).startsWith("空白年报")).map((i) => String(i.label));
}
