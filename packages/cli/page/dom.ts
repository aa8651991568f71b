// Small DOM helpers for the audit page. Every text goes in through textContent (never markup), so
// report text cannot become an element; the only markup the page inserts is core's escaped tables.

import type { AuditData } from "../src/output/audit/data.js";

type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Child = Node | string | null | undefined | false;

/** An element with attributes (null/false/undefined left out) and children (strings as text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== null && value !== undefined && value !== false)
      el.setAttribute(name, value === true ? "" : String(value));
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** The page's words, from the catalogue embedded in the data. */
export function wordsOf(data: AuditData): (id: string, args?: Readonly<Record<string, string | number>>) => string {
  return (id, args = {}) =>
    (data.words[id] ?? id).replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

export type Words = ReturnType<typeof wordsOf>;

/** Numbers as the locale writes them (1,234). */
export function formatNumber(n: number, locale: string): string {
  return n.toLocaleString(locale);
}
