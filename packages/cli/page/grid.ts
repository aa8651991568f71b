// A report's table put back together from the page's data: the template's layout and labels with
// the report's figures, status classes and 注, as the grid core laid out (render/grid.ts), so that
// core's gridHtml draws it exactly as the preview does.

import type { GridCell, TableGrid } from "@nianbao/core";
import type { AuditData, AuditTable } from "../src/output/audit/data.js";

const classList = (classes: string): string[] => (classes ? classes.split(" ") : []);

export function gridOf(data: AuditData, table: AuditTable): TableGrid {
  const tpl = data.templates[table.t]!;
  const note = ([text, path, classes]: readonly [string, string, string]): GridCell => ({
    text,
    path,
    rowSpan: 1,
    colSpan: 1,
    kind: "note",
    classes: classList(classes),
  });
  return {
    section: tpl.section,
    table: tpl.table as TableGrid["table"],
    columns: 0,
    labelColumns: 0,
    headerRows: tpl.headerRows,
    rows: tpl.rows.map((row) => ({
      ...row,
      cells: row.cells.map((c) =>
        c.slot === undefined
          ? c
          : { ...c, text: table.v[c.slot] ?? "", classes: classList(table.c[c.slot] ?? tpl.vc[c.slot] ?? "") },
      ),
    })),
    notes: table.n.map(note),
  };
}
