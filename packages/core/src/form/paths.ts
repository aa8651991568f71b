import { printedHeading } from "./heading.js";
import { FORMS } from "./index.js";
import type {
  ColumnDef,
  FormDef,
  GroupDef,
  Localized,
  RowDef,
  SectionDef,
  Table2BlockDef,
  Table3Node,
  TopicDef,
  MetaFieldDef,
} from "./types.js";

/** What a model path (`requests.granted.6`, `proactive.regulations.made` …) is in the official form. */
export type PathTarget =
  | { readonly kind: "meta"; readonly field: MetaFieldDef }
  | { readonly kind: "section"; readonly section: SectionDef }
  | { readonly kind: "topic"; readonly topic: TopicDef }
  | {
      readonly kind: "group";
      readonly section: SectionDef;
      readonly group: GroupDef;
      readonly groups: readonly GroupDef[];
    }
  | {
      readonly kind: "row";
      readonly section: SectionDef;
      readonly row: RowDef;
      readonly groups: readonly GroupDef[];
      readonly block?: Table2BlockDef;
    }
  | {
      readonly kind: "cell";
      readonly section: SectionDef;
      readonly row: RowDef;
      readonly column: ColumnDef;
      readonly columnIndex: number;
      readonly groups: readonly GroupDef[];
      readonly block?: Table2BlockDef;
    }
  | { readonly kind: "notes" };

function findTable3(
  nodes: readonly Table3Node[],
  id: string,
  groups: GroupDef[] = [],
): { node: Table3Node; groups: GroupDef[] } | null {
  for (const n of nodes) {
    if (n.id === id) return { node: n, groups };
    if (n.type === "group") {
      const hit = findTable3(n.children, id, [...groups, n]);
      if (hit) return hit;
    }
  }
  return null;
}

/** Resolves a model path against a form; also finds rows of the other form (a 2019 row in a 2021 report). */
export function describePath(form: FormDef, path: string): PathTarget | null {
  const parts = path.split(".");
  const [head, a, b] = parts;
  const section = (id: string) => form.sections.find((s) => s.id === id)!;
  switch (head) {
    case "meta": {
      const field = form.meta.find((m) => m.id === a);
      return field ? { kind: "meta", field } : null;
    }
    case "notes":
      return { kind: "notes" };
    case "overview": {
      if (a === undefined) return { kind: "section", section: section("overview") };
      const topic = form.overviewTopics.find((t) => t.id === a);
      return topic ? { kind: "topic", topic } : null;
    }
    case "problems":
    case "other":
      return { kind: "section", section: section(head) };
    case "proactive": {
      if (a === undefined) return { kind: "section", section: section("proactive") };
      for (const f of [form, FORMS[form.year === 2021 ? 2019 : 2021]])
        for (const block of f.table2.blocks) {
          const row = block.rows.find((r) => r.id === a);
          if (!row) continue;
          if (b === undefined) return { kind: "row", section: section("proactive"), row, groups: [], block };
          const columnIndex = block.columns.findIndex((c) => c.id === b);
          if (columnIndex < 0) return null;
          return {
            kind: "cell",
            section: section("proactive"),
            row,
            column: block.columns[columnIndex]!,
            columnIndex,
            groups: [],
            block,
          };
        }
      return null;
    }
    case "requests": {
      if (a === undefined) return { kind: "section", section: section("requests") };
      const hit = findTable3(form.table3.rows, a) ?? findTable3(FORMS[form.year === 2021 ? 2019 : 2021].table3.rows, a);
      if (!hit) return null;
      const s = section("requests");
      if (hit.node.type === "group" && b === undefined)
        return { kind: "group", section: s, group: hit.node, groups: hit.groups };
      if (b === undefined) return { kind: "row", section: s, row: hit.node, groups: hit.groups };
      const columnIndex = Number(b);
      const column = form.table3.columns[columnIndex];
      return column ? { kind: "cell", section: s, row: hit.node, column, columnIndex, groups: hit.groups } : null;
    }
    case "litigation": {
      const s = section("litigation");
      if (a === undefined) return { kind: "section", section: s };
      const row = form.table4.rows.find((r) => r.id === a);
      if (!row) return null;
      if (b === undefined) return { kind: "row", section: s, row, groups: [] };
      const columnIndex = Number(b);
      const column = form.table4.columns[columnIndex];
      return column ? { kind: "cell", section: s, row, column, columnIndex, groups: [] } : null;
    }
    default:
      return null;
  }
}

/** The printed label of a path's row or key, with its groups (for hovers, outlines and previews). */
export function printedLabel(target: PathTarget): Localized {
  switch (target.kind) {
    case "meta":
      return { zh: target.field.key, en: target.field.en };
    case "section":
      return { zh: printedHeading(target.section), en: target.section.en };
    case "topic":
      return { zh: target.topic.label, en: target.topic.en };
    case "notes":
      return { zh: "说明", en: "notes" };
    case "group":
      return {
        zh: [...target.groups.filter((g) => g.id !== "results"), target.group].map((g) => g.label).join(" "),
        en: target.group.en,
      };
    case "row":
    case "cell": {
      const groups = target.groups.filter((g) => g.id !== "results").map((g) => g.label);
      const row = [...groups, target.row.label].join(" ");
      if (target.kind === "row") return { zh: row, en: target.row.en };
      return { zh: `${row} · ${target.column.label}`, en: `${target.row.en} · ${target.column.en}` };
    }
  }
}
