/**
 * The published document as one stream of items in reading order (prose lines and table rows), cut
 * into the zones of the six sections. A zone starts at its section heading; a table whose heading
 * was lost (宿迁's comparison export keeps the tables but not their headings) starts where its own
 * content does: 第二十条第（一）项 for table 二, the 勾稽关系 header for table 三, the 行政复议 /
 * 行政诉讼 header for table 四.
 */
import { FORMS } from "../form/index.js";
import { matchHeading, type HeadingMatch } from "./headings.js";
import { rowFromLine, rowFromSource, type DataRow } from "./rows.js";
import type { SourceDocument, SourceLine, SourceLocation } from "./source.js";
import { isPageNumber, looseKey } from "./text.js";

export type SectionId = "overview" | "proactive" | "requests" | "litigation" | "problems" | "other";

export interface Item {
  readonly loc: SourceLocation;
  readonly text: string;
  /** Set for prose lines. */
  readonly line?: SourceLine;
  /** A table row, or a prose line that reads as one ("行政许可 97"). */
  readonly row?: DataRow;
  /** The item is a row of a table of the source (not a prose line). */
  readonly tabular: boolean;
}

export interface Zone {
  readonly id: SectionId;
  /** Index of the first item (the heading when there is one). */
  readonly start: number;
  /** Index past the last item. */
  readonly end: number;
  readonly heading: (HeadingMatch & { readonly item: Item }) | null;
}

export function itemsOf(doc: SourceDocument): Item[] {
  const items: Item[] = [];
  for (const line of doc.lines) {
    if (isPageNumber(line.text)) continue;
    const row = rowFromLine(line);
    items.push({ loc: line.loc, text: line.text, line, ...(row ? { row } : {}), tabular: false });
  }
  for (const table of doc.tables)
    for (const r of table.rows) {
      const row = rowFromSource(r);
      items.push({ loc: r.loc, text: row.text, row, tabular: true });
    }
  const page = (l: SourceLocation) => l.page ?? 0;
  return items.sort((a, b) => page(a.loc) - page(b.loc) || a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}

const has = (item: Item, words: readonly string[]) => {
  const k = looseKey(item.text);
  return words.some((w) => k.includes(w));
};
const FORM = FORMS[2021];
const T2_START = [looseKey(FORM.table2.blocks[0]!.caption)];
const T3_START = [looseKey(FORM.table3.relationNote).slice(0, 8), looseKey(FORM.table3.rows[0]!.label)];
const T4_START = [...FORM.table4.rows.map((r) => looseKey(r.label)), looseKey(FORM.table4.columns[0]!.label)];

export function zonesOf(items: readonly Item[]): Zone[] {
  const headings = new Map<SectionId, HeadingMatch & { item: Item; index: number }>();
  items.forEach((item, index) => {
    if (!item.line) return;
    const h = matchHeading(item.text);
    if (h && !headings.has(h.section.id)) headings.set(h.section.id, { ...h, item, index });
  });
  const starts = new Map<SectionId, number>();
  for (const [id, h] of headings) starts.set(id, h.index);
  // Content anchors stand in for lost headings; each table is looked for after the one before it.
  const find = (words: readonly string[], after: number) => {
    for (let i = Math.max(0, after); i < items.length; i++) if (has(items[i]!, words)) return i;
    return -1;
  };
  const overviewEnd = starts.get("overview") ?? -1;
  if (!starts.has("proactive")) {
    const i = find(T2_START, overviewEnd + 1);
    if (i >= 0) starts.set("proactive", i);
  }
  if (!starts.has("requests")) {
    const i = find(T3_START, (starts.get("proactive") ?? overviewEnd) + 1);
    if (i >= 0) starts.set("requests", i);
  }
  if (!starts.has("litigation")) {
    const i = find(T4_START, (starts.get("requests") ?? starts.get("proactive") ?? overviewEnd) + 1);
    if (i >= 0) starts.set("litigation", i);
  }
  const ordered = [...starts].sort((a, b) => a[1] - b[1]);
  return ordered.map(([id, start], k) => {
    const h = headings.get(id);
    return { id, start, end: ordered[k + 1]?.[1] ?? items.length, heading: h && h.index === start ? h : null };
  });
}

/** The items of a zone after its heading. */
export function zoneItems(items: readonly Item[], zone: Zone): Item[] {
  return items.slice(zone.heading ? zone.start + 1 : zone.start, zone.end);
}
