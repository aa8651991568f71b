import type { Finding, ReadResult } from "@nianbao/core";
import type { AnalyzedDocument } from "./document.js";
import { PINYIN_INITIALS } from "./initials.generated.js";

/**
 * Memo tables the service may reuse between requests. The server owns one and passes it in, so the
 * service itself keeps no state.
 */
export interface ServiceCache {
  readonly initials: Map<string, string>;
  readonly templates: Map<string, string>;
  /**
   * Findings of one analysed version, with the previous-year read they were checked against:
   * diagnostics, inlay hints and code actions of a version share one check.
   */
  readonly findings: WeakMap<
    AnalyzedDocument,
    { readonly previous: ReadResult | null; readonly likely: string | null; readonly findings: readonly Finding[] }
  >;
}

export function createCache(): ServiceCache {
  return { initials: new Map(), templates: new Map(), findings: new WeakMap() };
}

/**
 * Pinyin initials of a label (行政许可 → xzxk), so Latin typing finds Chinese keys. Completion only
 * ever asks for the keys and labels of the forms, whose initials are generated at build time
 * (scripts/generate-initials.mjs): the server does not carry a pinyin dictionary. Anything else
 * has no initials.
 */
export function initialsOf(cache: ServiceCache, text: string): string {
  let v = cache.initials.get(text);
  if (v === undefined) {
    v = Object.hasOwn(PINYIN_INITIALS, text) ? PINYIN_INITIALS[text]! : "";
    cache.initials.set(text, v);
  }
  return v;
}
