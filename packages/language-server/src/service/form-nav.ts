import {
  normalizeKey,
  reportTemplate,
  writeReportYaml,
  type FormDef,
  type Localized,
  type Table3Node,
  printedHeading,
} from "@nianbao/core";
import type { ServiceCache } from "./cache.js";

/** A key that may be written at some place of a report, with what to insert for it. */
export interface KeyOption {
  readonly key: string;
  /** The official printed label. */
  readonly label: string;
  readonly en: string;
  readonly article?: string;
  readonly note?: Localized;
  /** Text inserted after the key's indentation; later lines are indented by the caller. */
  readonly insert: string;
}

function zeroRow(width: number): string {
  return `[${new Array(width).fill("0").join(", ")}]`;
}

/** The lines of one top-level section of the empty report, as the template writes them (with its column comment, if asked). */
export function sectionTemplate(form: FormDef, key: string, cache: ServiceCache, columnComments = false): string {
  const cacheKey = `${form.year}:${key}${columnComments ? ":comments" : ""}`;
  const hit = cache.templates.get(cacheKey);
  if (hit !== undefined) return hit;
  const lines = writeReportYaml(reportTemplate({ format: form.year }), { columnComments }).split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  let end = start + 1;
  while (end < lines.length && (lines[end]!.startsWith(" ") || lines[end]!.startsWith("-"))) end++;
  const text = start < 0 ? `${key}:` : lines.slice(start, end).join("\n");
  cache.templates.set(cacheKey, text);
  return text;
}

function table3Option(node: Table3Node, width: number): KeyOption {
  if (node.type === "row")
    return {
      key: node.key,
      label: node.label,
      en: node.en,
      ...(node.article ? { article: node.article } : {}),
      ...(node.note ? { note: node.note } : {}),
      insert: `${node.key}: ${zeroRow(width)}`,
    };
  const body = node.children
    .map((c) =>
      table3Option(c, width)
        .insert.split("\n")
        .map((l) => `  ${l}`)
        .join("\n"),
    )
    .join("\n");
  return {
    key: node.key,
    label: node.label,
    en: node.en,
    ...(node.article ? { article: node.article } : {}),
    insert: `${node.key}:\n${body}`,
  };
}

/** The keys that belong under `parents` (keys as written), in form order; null when the place is unknown. */
export function keyOptions(
  form: FormDef,
  parents: readonly string[],
  cache: ServiceCache,
  year: number,
): KeyOption[] | null {
  const is = (written: string | undefined, key: string) =>
    written !== undefined && normalizeKey(written) === normalizeKey(key);
  if (parents.length === 0) {
    const meta: KeyOption[] = form.meta.map((m) => ({
      key: m.key,
      label: m.key,
      en: m.en,
      note: m.note,
      insert: m.id === "format" ? `${m.key}: ${form.year}` : m.id === "year" ? `${m.key}: ${year}` : `${m.key}: `,
    }));
    const sections: KeyOption[] = form.sections.map((s) => ({
      key: s.key,
      label: printedHeading(s),
      en: s.en,
      article: s.article,
      note: s.note,
      insert: s.kind === "text" && s.id !== "overview" ? `${s.key}: |\n  ` : sectionTemplate(form, s.key, cache),
    }));
    return [
      ...meta,
      ...sections,
      { key: form.notesKey, label: form.notesKey, en: "notes", insert: `${form.notesKey}:\n  - 规则: \n    内容: ` },
    ];
  }
  const [top, ...rest] = parents;
  const overview = form.sections.find((s) => s.id === "overview")!;
  if (is(top, overview.key) && rest.length === 0)
    return form.overviewTopics.map((t) => ({
      key: t.key,
      label: t.label,
      en: t.en,
      ...(t.note ? { note: t.note } : {}),
      insert: `${t.key}: `,
    }));
  if (is(top, form.table2.key)) {
    if (rest.length === 0)
      return form.table2.blocks.flatMap((b) =>
        b.rows.map((r) => ({
          key: r.key,
          label: r.label,
          en: r.en,
          ...(r.article ? { article: r.article } : {}),
          ...(r.note ? { note: r.note } : {}),
          insert:
            b.columns.length === 1 ? `${r.key}: 0` : `${r.key}: { ${b.columns.map((c) => `${c.key}: 0`).join(", ")} }`,
        })),
      );
    const block = form.table2.blocks.find((b) => b.rows.some((r) => is(rest[0], r.key)));
    if (block && rest.length === 1)
      return block.columns.map((c) => ({ key: c.key, label: c.label, en: c.en, insert: `${c.key}: 0` }));
    return null;
  }
  if (is(top, form.table3.key)) {
    let nodes: readonly Table3Node[] = form.table3.rows;
    for (const k of rest) {
      const g = nodes.find((n) => n.type === "group" && is(k, n.key));
      if (!g || g.type !== "group") return null;
      nodes = g.children;
    }
    return nodes.map((n) => table3Option(n, form.table3.columns.length));
  }
  if (is(top, form.table4.key) && rest.length === 0)
    return form.table4.rows.map((r) => ({
      key: r.key,
      label: r.label,
      en: r.en,
      ...(r.article ? { article: r.article } : {}),
      insert: `${r.key}: ${zeroRow(form.table4.columns.length)}`,
    }));
  return null;
}

/** The width of the row a key names (7 for table 三, 5 for table 四), for value completion. */
export function rowWidth(form: FormDef, parents: readonly string[], key: string, cache: ServiceCache): number | null {
  const options = keyOptions(form, parents, cache, 0);
  const hit = options?.find((o) => normalizeKey(o.key) === normalizeKey(key));
  if (!hit) return null;
  const m = /^[^:]+: \[((?:0, )*0)\]$/.exec(hit.insert);
  return m ? m[1]!.split(",").length : null;
}
