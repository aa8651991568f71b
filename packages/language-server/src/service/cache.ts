import { pinyin } from "pinyin-pro";

/**
 * Memo tables the service may reuse between requests. The server owns one and passes it in, so the
 * service itself keeps no state.
 */
export interface ServiceCache {
  readonly initials: Map<string, string>;
  readonly templates: Map<string, string>;
}

export function createCache(): ServiceCache {
  return { initials: new Map(), templates: new Map() };
}

/** Pinyin initials of a label (行政许可 → xzxk), so Latin typing finds Chinese keys. */
export function initialsOf(cache: ServiceCache, text: string): string {
  let v = cache.initials.get(text);
  if (v === undefined) {
    v = pinyin(text, { pattern: "first", toneType: "none", type: "array" })
      .join("")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
    cache.initials.set(text, v);
  }
  return v;
}
