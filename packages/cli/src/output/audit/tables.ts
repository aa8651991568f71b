import { formFor, reportGrids, type GridSection, type Report, type TableGrid, printedHeading } from "@nianbao/core";
import type { AuditTable, AuditTemplate, TemplateCell } from "./data.js";

/**
 * Core's grids of a report (render/grid.ts), split into what most reports share (the layout, the
 * labels: a template) and what is the report's own (each figure's text and status, the 注). The
 * page puts them back together and draws them with core's gridHtml. Templates are collected in
 * `templates` (passed in, so each page has its own) and found again by their JSON.
 */
export class TemplateStore {
  readonly templates: AuditTemplate[] = [];
  private readonly byKey = new Map<string, number>();

  tablesOf(report: Report): AuditTable[] {
    const grids = reportGrids(report);
    const sections = formFor(report.format).sections;
    return (Object.keys(grids) as GridSection[]).map((kind) => {
      const s = sections.find((x) => x.kind === kind);
      return this.split(grids[kind], s ? printedHeading(s) : "");
    });
  }

  private split(grid: TableGrid, heading: string): AuditTable {
    const v: string[] = [];
    const classes: string[] = [];
    const rows = grid.rows.map((row) => ({
      ...(row.path !== undefined ? { path: row.path } : {}),
      classes: row.classes,
      cells: row.cells.map((cell): TemplateCell => {
        if (cell.kind !== "value") return cell;
        const slot = v.length;
        v.push(cell.text);
        classes.push(cell.classes.join(" "));
        return { ...cell, text: "", classes: [], slot };
      }),
    }));
    const layout = { section: grid.section, heading, table: grid.table, headerRows: grid.headerRows, rows };
    const key = JSON.stringify(layout);
    let t = this.byKey.get(key);
    // A figure's classes (its status: nb-value, nb-placeholder …) are the template's, as first
    // seen, unless the report's differ: most figures of most reports are plain numbers.
    if (t === undefined) {
      t = this.templates.push({ ...layout, vc: classes }) - 1;
      this.byKey.set(key, t);
    }
    const defaults = this.templates[t]!.vc;
    const c: Record<number, string> = {};
    classes.forEach((cls, slot) => {
      if (cls !== defaults[slot]) c[slot] = cls;
    });
    const n = grid.notes.map((note): readonly [string, string, string] => [
      note.text,
      note.path ?? "",
      note.classes.join(" "),
    ]);
    return { t, v, c, n };
  }
}
