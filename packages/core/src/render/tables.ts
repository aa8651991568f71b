import type { FormDef } from "../form/types.js";
import type { Report } from "../model/index.js";
import { attr, escapeHtml } from "./escape.js";
import { table2Grid, table3Grid, table4Grid, type GridCell, type GridRow, type TableGrid } from "./grid.js";
import type { Annotator } from "./marks.js";

const classAttr = (classes: readonly string[]) => attr("class", classes.length ? classes.join(" ") : null);

/** A cell that shows a model path carries its `data-path`, line and marks; a header only its classes. */
function cellHtml(c: GridCell, a: Annotator): string {
  const tag = c.kind === "value" ? "td" : "th";
  const spans = attr("colspan", c.colSpan > 1 ? c.colSpan : null) + attr("rowspan", c.rowSpan > 1 ? c.rowSpan : null);
  const rest = c.path !== undefined ? a.attrs(c.path, c.classes) : classAttr(c.classes);
  return `<${tag}${spans}${rest}>${escapeHtml(c.text)}</${tag}>`;
}

function rowHtml(r: GridRow, a: Annotator): string {
  const line = r.path !== undefined ? attr("data-line", a.line(r.path)) : "";
  return `<tr${classAttr(r.classes)}${line}>${r.cells.map((c) => cellHtml(c, a)).join("")}</tr>`;
}

/** A table grid as an HTML table: its header rows in `thead`, the merges as `colspan`/`rowspan`, every text escaped. */
export function gridHtml(grid: TableGrid, a: Annotator): string {
  const rows = (from: number, to?: number) =>
    grid.rows
      .slice(from, to)
      .map((r) => rowHtml(r, a))
      .join("");
  const head = grid.headerRows > 0 ? `<thead>${rows(0, grid.headerRows)}</thead>` : "";
  return `<table class="nb-table nb-${grid.section}"${attr("data-table", grid.table)}>${head}<tbody>${rows(grid.headerRows)}</tbody></table>`;
}

/** Table 二 (主动公开): one caption row per block, its header row, then its rows. */
export function renderTable2(form: FormDef, report: Report, a: Annotator): string {
  return gridHtml(table2Grid(form, report), a);
}

/** Table 三 (依申请): the 3-row header with the relation note, then the row tree with group labels spanning their rows. */
export function renderTable3(form: FormDef, report: Report, a: Annotator): string {
  return gridHtml(table3Grid(form, report), a);
}

/** Table 四 (复议诉讼): 行政复议 over five columns, 行政诉讼 over its two blocks of five, one data row. */
export function renderTable4(form: FormDef, report: Report, a: Annotator): string {
  return gridHtml(table4Grid(form, report), a);
}
