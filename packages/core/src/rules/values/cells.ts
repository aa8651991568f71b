import { laidOutOnce, table2Cells, table3Leaves, type CellKind, type FormDef } from "../../form/index.js";
import type { Bilingual } from "../../messages/format.js";
import type { Cell, Report, TableId } from "../../model/index.js";
import { table2CellLabel, table3CellLabel, table4CellLabel } from "../labels.js";
import type { RuleContext } from "../types.js";

/** A value cell of one of the three tables, with what the form says it holds. Its label is worded only when read. */
export interface CellRef {
  readonly path: string;
  readonly cell: Cell;
  readonly kind: CellKind;
  /** The printed unit (件, 万元) or "" when the form prints none. */
  readonly unit: string;
  readonly table: TableId;
  readonly label: Bilingual;
}

/** Where a cell sits in the form, whatever the report holds: everything of a CellRef but the cell. */
interface CellSlot {
  readonly path: string;
  readonly kind: CellKind;
  readonly unit: string;
  readonly table: TableId;
  readonly label: () => Bilingual;
}

/** The slots of a table 三 or 四 row, by column index. */
interface RowSlots {
  readonly rowId: string;
  readonly slots: readonly CellSlot[];
}

/** Every slot of a form's three tables, in printed order; table 二's with its row and column ids. */
interface FormSlots {
  readonly table2: readonly (CellSlot & { readonly rowId: string; readonly columnId: string })[];
  readonly table3: readonly RowSlots[];
  readonly table3Ids: ReadonlySet<string>;
  readonly table4: readonly RowSlots[];
}

function formSlots(form: FormDef): FormSlots {
  const table3 = table3Leaves(form).map((l) => table3RowSlots(form, l.row.id));
  return {
    table2: table2Cells(form).map(({ row, column: col }) => ({
      path: `proactive.${row.id}.${col.id}`,
      kind: col.kind,
      unit: col.unit,
      table: "proactive" as const,
      label: () => table2CellLabel(form, row.id, col.id),
      rowId: row.id,
      columnId: col.id,
    })),
    table3,
    table3Ids: new Set(table3.map((r) => r.rowId)),
    table4: form.table4.rows.map((row) => ({
      rowId: row.id,
      slots: form.table4.columns.map((col, i) => ({
        path: `litigation.${row.id}.${i}`,
        kind: col.kind,
        unit: col.unit,
        table: "litigation" as const,
        label: () => table4CellLabel(form, row.id, i),
      })),
    })),
  };
}

function table3RowSlots(form: FormDef, rowId: string): RowSlots {
  return {
    rowId,
    slots: form.table3.columns.map((col, i) => ({
      path: `requests.${rowId}.${i}`,
      kind: col.kind,
      unit: col.unit,
      table: "requests" as const,
      label: () => table3CellLabel(form, rowId, i),
    })),
  };
}

/** The slots of a form, laid out once: listing a report's cells is then a walk over them, for every report of a batch. */
const slotsOf = laidOutOnce(formSlots);

/** A cell found in a report at its slot; the slot's fields are read through. */
class SlottedCell implements CellRef {
  constructor(
    private readonly slot: CellSlot,
    readonly cell: Cell,
  ) {}
  get path(): string {
    return this.slot.path;
  }
  get kind(): CellKind {
    return this.slot.kind;
  }
  get unit(): string {
    return this.slot.unit;
  }
  get table(): TableId {
    return this.slot.table;
  }
  get label(): Bilingual {
    return this.slot.label();
  }
}

/**
 * Every value cell the report holds, in the order of the printed tables. Table 三 includes rows
 * of the other form that the reader kept (2019's single （六）其他处理 in a 2021 report).
 */
export function reportCells(form: FormDef, report: Report): CellRef[] {
  const slots = slotsOf(form);
  const out: CellRef[] = [];
  for (const slot of slots.table2) {
    const cell = report.proactive[slot.rowId]?.[slot.columnId];
    if (cell) out.push(new SlottedCell(slot, cell));
  }
  const rows = (table: readonly RowSlots[], values: Readonly<Record<string, readonly Cell[] | undefined>>) => {
    for (const { rowId, slots: row } of table) {
      const cells = values[rowId];
      if (!cells) continue;
      const n = Math.min(cells.length, row.length);
      // A sparse list has holes where YAML had nothing to read; like forEach, they are skipped.
      for (let i = 0; i < n; i++) if (i in cells) out.push(new SlottedCell(row[i]!, cells[i]!));
    }
  };
  rows(slots.table3, report.requests);
  const otherRows = Object.keys(report.requests).filter((id) => !slots.table3Ids.has(id));
  if (otherRows.length)
    rows(
      otherRows.map((id) => table3RowSlots(form, id)),
      report.requests,
    );
  rows(slots.table4, report.litigation);
  return out;
}

/** The cells of this check's report, listed once and shared by the value rules. */
export function checkedCells(ctx: RuleContext): readonly CellRef[] {
  return ctx.memo("values.reportCells", () => reportCells(ctx.form, ctx.report));
}
