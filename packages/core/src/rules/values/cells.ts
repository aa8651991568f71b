import { table2Cells, table3Leaves, type CellKind, type FormDef } from "../../form/index.js";
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

/**
 * Every value cell the report holds, in the order of the printed tables. Table 三 includes rows
 * of the other form that the reader kept (2019's single （六）其他处理 in a 2021 report).
 */
export function reportCells(form: FormDef, report: Report): CellRef[] {
  const out: CellRef[] = [];
  for (const { row, column: col } of table2Cells(form)) {
    const cell = report.proactive[row.id]?.[col.id];
    if (cell) out.push({ path: `proactive.${row.id}.${col.id}`, cell, kind: col.kind, unit: col.unit, table: "proactive", get label() { return table2CellLabel(form, row.id, col.id); } });
  }
  const formRows = table3Leaves(form).map((l) => l.row.id as string);
  const rowIds = [...formRows, ...Object.keys(report.requests).filter((id) => !formRows.includes(id))];
  for (const rowId of rowIds) {
    const cells = report.requests[rowId as keyof Report["requests"]];
    cells?.forEach((cell, i) => {
      const col = form.table3.columns[i];
      if (col) out.push({ path: `requests.${rowId}.${i}`, cell, kind: col.kind, unit: col.unit, table: "requests", get label() { return table3CellLabel(form, rowId, i); } });
    });
  }
  for (const row of form.table4.rows)
    report.litigation[row.id as keyof Report["litigation"]]?.forEach((cell, i) => {
      const col = form.table4.columns[i];
      if (col) out.push({ path: `litigation.${row.id}.${i}`, cell, kind: col.kind, unit: col.unit, table: "litigation", get label() { return table4CellLabel(form, row.id, i); } });
    });
  return out;
}

/** The cells of this check's report, listed once and shared by the value rules. */
export function checkedCells(ctx: RuleContext): readonly CellRef[] {
  return ctx.memo("values.reportCells", () => reportCells(ctx.form, ctx.report));
}
