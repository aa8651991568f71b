import type { ColumnDef, FormDef, Table2BlockDef, Table3Node } from "../form/types.js";
import type { Cell, Report } from "../model/index.js";
import { attr, escapeHtml } from "./escape.js";
import type { Annotator } from "./marks.js";

/** A cell as the author wrote it: the number, or the text kept with it ('/', '22（其中修订16件）'). */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.status === "missing" || cell.status === "blank") return "";
  if (cell.raw !== null) return cell.raw;
  return cell.exact ?? "";
}

function dataCell(a: Annotator, path: string, cell: Cell | undefined, colspan = 1): string {
  const status = cell?.status ?? "missing";
  const classes = ["nb-value", ...(status === "number" ? [] : [`nb-${status}`])];
  return `<td${attr("colspan", colspan > 1 ? colspan : null)}${a.attrs(path, classes)}>${escapeHtml(cellText(cell))}</td>`;
}

/** A header cell; `extra` is already-escaped attributes (an Annotator's). */
const th = (text: string, span: { colspan?: number; rowspan?: number } = {}, extra = ""): string =>
  `<th${attr("colspan", span.colspan && span.colspan > 1 ? span.colspan : null)}${attr("rowspan", span.rowspan && span.rowspan > 1 ? span.rowspan : null)}${extra}>${escapeHtml(text)}</th>`;

/**
 * How many grid columns each value column of table 二 spans. The 2021 table sits on a 4-column grid
 * (label + 3), the 2019 one on a 5-column grid (label + 4) so that its two-column blocks split evenly
 * (FORMAT §3.1, §6.2): the value grid is the narrowest width, at least the widest block, that every
 * narrower block divides; a block that does not divide it widens its middle column.
 */
export function table2Spans(form: FormDef): { readonly width: number; readonly spans: ReadonlyMap<string, readonly number[]> } {
  const widths = form.table2.blocks.map((b) => b.columns.length);
  const widest = Math.max(...widths);
  const narrower = widths.filter((w) => w < widest);
  let width = widest;
  while (!narrower.every((w) => width % w === 0)) width++;
  const spans = new Map<string, number[]>();
  for (const b of form.table2.blocks) {
    const n = b.columns.length;
    const base = Math.floor(width / n);
    const extra = width - base * n;
    const middle = Math.floor((n - extra) / 2);
    spans.set(b.id, b.columns.map((_, i) => base + (i >= middle && i < middle + extra ? 1 : 0)));
  }
  return { width, spans };
}

/** Table 二 (主动公开): one caption row per block, its header row, then its rows. */
export function renderTable2(form: FormDef, report: Report, a: Annotator): string {
  const { width, spans } = table2Spans(form);
  const rows: string[] = [];
  const block = (b: Table2BlockDef) => {
    const s = spans.get(b.id)!;
    rows.push(`<tr class="nb-caption">${th(b.caption, { colspan: width + 1 })}</tr>`);
    rows.push(`<tr class="nb-head">${th(b.header)}${b.columns.map((c: ColumnDef, i) => th(c.label, { colspan: s[i]! })).join("")}</tr>`);
    for (const r of b.rows) {
      const path = `proactive.${r.id}`;
      const cells = report.proactive[r.id] ?? {};
      rows.push(`<tr${attr("data-line", a.line(path))}>${th(r.label, {}, a.attrs(path, ["nb-label"]))}${b.columns.map((c, i) => dataCell(a, `${path}.${c.id}`, cells[c.id], s[i]!)).join("")}</tr>`);
    }
  };
  form.table2.blocks.forEach(block);
  return `<table class="nb-table nb-table2" data-table="proactive"><tbody>${rows.join("")}</tbody></table>`;
}

function leafCount(node: Table3Node, report: Report): number {
  if (node.type === "row") return 1;
  if (legacyRow(node, report)) return 1;
  return node.children.reduce((n, c) => n + leafCount(c, report), 0);
}

/**
 * A group the file fills with the other form's single row (2019's （六）其他处理 in a 2021 report) is
 * drawn as that one row, so the figures the author wrote are shown where they wrote them.
 */
function legacyRow(node: Table3Node & { type: "group" }, report: Report): Cell[] | undefined {
  const cells = report.requests[node.id as keyof Report["requests"]];
  return cells && node.children.every((c) => !report.requests[c.id as keyof Report["requests"]]) ? cells : undefined;
}

/** Table 三 (依申请): the 3-row header with the relation note, then the row tree with group labels spanning their rows. */
export function renderTable3(form: FormDef, report: Report, a: Annotator): string {
  const t = form.table3;
  const cols = t.columns;
  const depth = (nodes: readonly Table3Node[]): number => Math.max(...nodes.map((n) => (n.type === "group" ? 1 + depth(n.children) : 1)));
  const labelColumns = depth(t.rows);
  const organisations = cols.slice(1, -1);
  const head = [
    `<tr>${th(t.relationNote, { colspan: labelColumns, rowspan: 3 }, ' class="nb-relation"')}${th(t.applicantHeader, { colspan: cols.length })}</tr>`,
    `<tr>${th(cols[0]!.label, { rowspan: 2 })}${th(t.organisationHeader, { colspan: organisations.length })}${th(cols[cols.length - 1]!.label, { rowspan: 2 })}</tr>`,
    `<tr>${organisations.map((c) => th(c.label)).join("")}</tr>`,
  ];
  const body: string[] = [];
  // Group label cells waiting to open the next row, outermost first.
  let pending: string[] = [];
  const row = (id: string, label: string, level: number, cells: readonly Cell[] | undefined) => {
    const path = `requests.${id}`;
    const labelCell = th(label, { colspan: labelColumns - level }, a.attrs(path, ["nb-label"]));
    body.push(`<tr${attr("data-line", a.line(path))}>${pending.join("")}${labelCell}${cols.map((_, i) => dataCell(a, `${path}.${i}`, cells?.[i])).join("")}</tr>`);
    pending = [];
  };
  const walk = (nodes: readonly Table3Node[], level: number) => {
    for (const n of nodes) {
      if (n.type === "row") {
        row(n.id, n.label, level, report.requests[n.id as keyof Report["requests"]]);
        continue;
      }
      const legacy = legacyRow(n, report);
      if (legacy) {
        row(n.id, n.label, level, legacy);
        continue;
      }
      pending.push(th(n.label, { rowspan: leafCount(n, report) }, a.attrs(`requests.${n.id}`, ["nb-group"])));
      walk(n.children, level + 1);
    }
  };
  walk(t.rows, 0);
  return `<table class="nb-table nb-table3" data-table="requests"><thead>${head.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
}

/** Table 四 (复议诉讼): 行政复议 over five columns, 行政诉讼 over its two blocks of five, one data row. */
export function renderTable4(form: FormDef, report: Report, a: Annotator): string {
  const t = form.table4;
  const [review, ...lawsuits] = t.rows;
  const n = t.columns.length;
  const colHeads = t.columns.map((c) => th(c.label)).join("");
  const head = [
    `<tr>${th(t.reviewHeader, { colspan: n }, a.attrs(`litigation.${review!.id}`, ["nb-label"]))}${th(t.litigationHeader, { colspan: n * lawsuits.length })}</tr>`,
    `<tr>${t.columns.map((c) => th(c.label, { rowspan: 2 })).join("")}${lawsuits.map((r) => th(r.label, { colspan: n }, a.attrs(`litigation.${r.id}`, ["nb-label"]))).join("")}</tr>`,
    `<tr>${lawsuits.map(() => colHeads).join("")}</tr>`,
  ];
  const cells = t.rows.flatMap((r) => t.columns.map((_, i) => dataCell(a, `litigation.${r.id}.${i}`, report.litigation[r.id as keyof Report["litigation"]]?.[i])));
  return `<table class="nb-table nb-table4" data-table="litigation"><thead>${head.join("")}</thead><tbody><tr${attr("data-line", a.line(`litigation.${review!.id}`))}>${cells.join("")}</tr></tbody></table>`;
}
