import { FORM_2019 } from "./form2019.js";
import { FORM_2021 } from "./form2021.js";
import type { FormDef, FormatYear, Table3Node, Table3RowRole, RowDef, ColumnDef, Table2BlockDef } from "./types.js";
import { deepFreeze } from "../model/freeze.js";

export * from "./types.js";
export { printedHeading } from "./heading.js";
export { FORM_2019, FORM_2021 };
export { TABLE3_RELATION_NOTE } from "./common.js";

/** The two official forms, deeply frozen: every report of a process shares them. */
export const FORMS: Readonly<Record<FormatYear, FormDef>> = deepFreeze({ 2019: FORM_2019, 2021: FORM_2021 });

export function formFor(year: FormatYear): FormDef {
  return FORMS[year];
}

/** A leaf row of table 三 with where it sits in the printed table. */
export interface Table3Leaf {
  readonly row: RowDef & { readonly role: Table3RowRole };
  /** The groups above it, outermost first (e.g. 三、本年度办理结果 › （三）不予公开). */
  readonly groups: readonly (Table3Node & { type: "group" })[];
  /** YAML keys from the table down to the row. */
  readonly keyPath: readonly string[];
}

/** Every leaf row of table 三 in printed order. Derived once per form; callers may cache it. */
export function table3Leaves(form: FormDef): readonly Table3Leaf[] {
  return leavesOf(form).leaves;
}

/**
 * `layout` as a function of the form, worked out once at load for the two official forms and
 * never changed (any other form, as tests make, is laid out on each call). For what rules and the
 * reader derive from the form for every report of a batch: paths, labels, rows by role.
 */
export function laidOutOnce<T extends object>(layout: (form: FormDef) => T): (form: FormDef) => T {
  const official = new Map([FORM_2019, FORM_2021].map((form) => [form, layout(form)] as const));
  return (form) => official.get(form) ?? layout(form);
}

function walkTable3(form: FormDef): readonly Table3Leaf[] {
  const out: Table3Leaf[] = [];
  const walk = (nodes: readonly Table3Node[], groups: (Table3Node & { type: "group" })[], keys: string[]) => {
    for (const node of nodes) {
      if (node.type === "group") walk(node.children, [...groups, node], [...keys, node.key]);
      else out.push({ row: node, groups, keyPath: [...keys, node.key] });
    }
  };
  walk(form.table3.rows, [], []);
  // Shared by every caller of table3Leaves (the official forms' leaves are laid out once).
  return deepFreeze(out);
}

/**
 * The leaves of a form, walked once: rules label every cell of table 三 through them, and walking
 * the tree per cell was most of parseReport's time.
 */
const leavesOf = laidOutOnce(
  (form): { readonly leaves: readonly Table3Leaf[]; readonly byId: ReadonlyMap<string, Table3Leaf> } => {
    const leaves = walkTable3(form);
    return { leaves, byId: new Map(leaves.map((l) => [l.row.id, l])) };
  },
);

/** A cell of table 二 with its block, row and column. */
export interface Table2Cell {
  readonly block: Table2BlockDef;
  readonly row: RowDef;
  readonly column: ColumnDef;
}

export function table2Cells(form: FormDef): readonly Table2Cell[] {
  return form.table2.blocks.flatMap((block) =>
    block.rows.flatMap((row) => block.columns.map((column) => ({ block, row, column }))),
  );
}

/** The printed label of a table 三 row with its groups, e.g. "三、本年度办理结果 （三）不予公开 1.属于国家秘密". */
export function table3PrintedLabel(leaf: Table3Leaf): string {
  const inner = leaf.groups.filter((g) => g.id !== "results");
  return [...inner.map((g) => g.label), leaf.row.label].join(" ");
}

export function findTable3Leaf(form: FormDef, rowId: string): Table3Leaf | undefined {
  return leavesOf(form).byId.get(rowId);
}
export { describePath, printedLabel, type PathTarget } from "./paths.js";
