import { FORMS } from "../form/index.js";
import type {
  ColumnDef,
  FormDef,
  FormatYear,
  MetaFieldDef,
  RowDef,
  SectionDef,
  Table2BlockDef,
  Table3Node,
  TopicDef,
} from "../form/types.js";
import { KeyMatcher, type KeyCandidate } from "./keys.js";

/**
 * The key matchers of each official form, built once when the module loads: every read of a report
 * matches its keys against the same fixed vocabulary, and building a matcher normalises every
 * spelling of every key. They are never changed after construction.
 */

export type TopTarget =
  | { readonly type: "meta"; readonly def: MetaFieldDef }
  | { readonly type: "section"; readonly def: SectionDef }
  | { readonly type: "notes" };

export interface Table2Target {
  readonly block: Table2BlockDef;
  readonly row: RowDef;
  readonly form: FormDef;
}

export type NoteField = "rule" | "text" | "table";

export interface FormMatchers {
  readonly top: KeyMatcher<TopTarget>;
  readonly overview: KeyMatcher<TopicDef>;
  readonly table2Rows: KeyMatcher<Table2Target>;
  /** Columns of each block of table 二, by block id. */
  readonly table2Columns: ReadonlyMap<string, KeyMatcher<ColumnDef>>;
  /** The children of each group of table 三, by group id; "" for the table's top rows. */
  readonly table3: ReadonlyMap<string, KeyMatcher<Table3Node>>;
  readonly table4: KeyMatcher<RowDef>;
  readonly noteFields: KeyMatcher<NoteField>;
}

const spelled = <T extends { key: string; label: string; aliases?: readonly string[] }>(d: T): KeyCandidate<T> => ({
  key: d.key,
  spellings: [d.label, ...(d.aliases ?? [])],
  target: d,
});

function buildMatchers(form: FormDef): FormMatchers {
  const table3 = new Map<string, KeyMatcher<Table3Node>>();
  const walk = (id: string, nodes: readonly Table3Node[]) => {
    table3.set(id, new KeyMatcher(nodes.map(spelled)));
    for (const n of nodes) if (n.type === "group") walk(n.id, n.children);
  };
  walk("", form.table3.rows);
  return {
    top: new KeyMatcher<TopTarget>([
      ...form.meta.map((def) => ({
        key: def.key,
        spellings: def.aliases ?? [],
        target: { type: "meta", def } as TopTarget,
      })),
      ...form.sections.map((def) => ({
        key: def.key,
        spellings: [def.heading, ...(def.aliases ?? [])],
        target: { type: "section", def } as TopTarget,
      })),
      { key: form.notesKey, spellings: ["注", "备注"], target: { type: "notes" } },
    ]),
    overview: new KeyMatcher(form.overviewTopics.map(spelled)),
    table2Rows: new KeyMatcher(
      form.table2.blocks.flatMap((block) =>
        block.rows.map((row) => ({ ...spelled(row), target: { block, row, form } })),
      ),
    ),
    table2Columns: new Map(form.table2.blocks.map((b) => [b.id, new KeyMatcher(b.columns.map(spelled))])),
    table3,
    table4: new KeyMatcher(form.table4.rows.map(spelled)),
    noteFields: new KeyMatcher<NoteField>([
      { key: "规则", spellings: ["rule"], target: "rule" },
      { key: "内容", spellings: ["text", "说明"], target: "text" },
      { key: "表", spellings: ["表格", "table"], target: "table" },
    ]),
  };
}

export const MATCHERS: Readonly<Record<FormatYear, FormMatchers>> = {
  2019: buildMatchers(FORMS[2019]),
  2021: buildMatchers(FORMS[2021]),
};
