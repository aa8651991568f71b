import { table3ResultRowIds } from "../arith/totals.js";
import { FORMS, formFor } from "../form/index.js";
import type { FormDef, Table3Node } from "../form/types.js";
import type { Cell, Report, ReportNote, Table3RowId, Table4RowId, TableId } from "../model/index.js";
import { PRINTED } from "./printed.js";

/**
 * The three official tables laid out once, as printed (FORMAT §3, §6.2, §6.3): every renderer (the
 * HTML page and preview, the Word document) draws these grids and works out no merge of its own.
 * Pure data derived from the form and the report: no label is typed here.
 */

/** What a cell is: a header or a block's caption, a row or group label, a figure, or a 注 under the table. */
export type GridCellKind = "header" | "label" | "value" | "caption" | "note";

export interface GridCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly kind: GridCellKind;
  /** The model path the cell shows (`requests.granted.0`, `requests.withheld`, `notes.2`), where it shows one. */
  readonly path?: string;
  /** The renderer's class names: a figure's status (`nb-placeholder`), `nb-label`, `nb-group`, `nb-relation`, `nb-note`. */
  readonly classes: readonly string[];
}

export interface GridRow {
  /** The cells that start in this row: a cell covered by a span from above is not repeated. */
  readonly cells: readonly GridCell[];
  /** The model path of the row the figures belong to (for its source line); none on header rows. */
  readonly path?: string;
  /** `nb-caption` and `nb-head` on table 二's caption and header rows. */
  readonly classes: readonly string[];
}

export type GridSection = "table2" | "table3" | "table4";

export interface TableGrid {
  /** The section kind that prints the table. */
  readonly section: GridSection;
  readonly table: TableId;
  /** Width of the grid in columns. */
  readonly columns: number;
  /** How many label columns stand before the figures. */
  readonly labelColumns: number;
  /** The leading rows that form the header (repeated when the table runs over a page). */
  readonly headerRows: number;
  readonly rows: readonly GridRow[];
  /** The 注 printed under the table, kind `note`. */
  readonly notes: readonly GridCell[];
}

interface CellOptions {
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly path?: string;
  readonly classes?: readonly string[];
}

function gridCell(kind: GridCellKind, text: string, o: CellOptions = {}): GridCell {
  return {
    text,
    rowSpan: o.rowSpan ?? 1,
    colSpan: o.colSpan ?? 1,
    kind,
    ...(o.path !== undefined ? { path: o.path } : {}),
    classes: o.classes ?? [],
  };
}

function gridRow(cells: readonly GridCell[], o: { path?: string; classes?: readonly string[] } = {}): GridRow {
  return { cells, ...(o.path !== undefined ? { path: o.path } : {}), classes: o.classes ?? [] };
}

/** A cell as the author wrote it: the number, or the text kept with it ('/', '22（其中修订16件）'). */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.status === "missing" || cell.status === "blank") return "";
  if (cell.raw !== null) return cell.raw;
  return cell.exact ?? "";
}

function valueCell(path: string, cell: Cell | undefined, colSpan = 1): GridCell {
  const status = cell?.status ?? "missing";
  return gridCell("value", cellText(cell), {
    colSpan,
    path,
    classes: ["nb-value", ...(status === "number" ? [] : [`nb-${status}`])],
  });
}

/** The table a 说明 is printed under: the one it names, else the one its rule checks (T2-, T3-, T4-). */
export function noteTable(note: ReportNote): TableId | null {
  if (note.table) return note.table;
  const m = /^T([234])-/.exec(note.rule ?? "");
  return m ? (["proactive", "requests", "litigation"] as const)[Number(m[1]) - 2]! : null;
}

/** The 注 printed under a table (or, for null, after the last section): one line each, in the file's order. */
export function noteCells(report: Report, table: TableId | null): GridCell[] {
  return report.notes.flatMap((n, i) =>
    n.text.trim() && noteTable(n) === table
      ? [
          gridCell("note", PRINTED.note + n.text.replace(/\s*\n\s*/g, " ").trim(), {
            path: `notes.${i}`,
            classes: ["nb-note"],
          }),
        ]
      : [],
  );
}

/**
 * How many grid columns each value column of table 二 spans. The 2021 table sits on a 4-column grid
 * (label + 3), the 2019 one on a 5-column grid (label + 4) so that its two-column blocks split evenly
 * (FORMAT §3.1, §6.2): the value grid is the narrowest width, at least the widest block, that every
 * narrower block divides; a block that does not divide it widens its middle column.
 */
export function table2Spans(form: FormDef): {
  readonly width: number;
  readonly spans: ReadonlyMap<string, readonly number[]>;
} {
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
    spans.set(
      b.id,
      b.columns.map((_, i) => base + (i >= middle && i < middle + extra ? 1 : 0)),
    );
  }
  return { width, spans };
}

/** Table 二 (FORMAT §3.1): per block a caption row across the table, its header row, then its rows. */
export function table2Grid(form: FormDef, report: Report): TableGrid {
  const { width, spans } = table2Spans(form);
  const rows: GridRow[] = [];
  for (const b of form.table2.blocks) {
    const s = spans.get(b.id)!;
    rows.push(gridRow([gridCell("caption", b.caption, { colSpan: width + 1 })], { classes: ["nb-caption"] }));
    rows.push(
      gridRow(
        [gridCell("header", b.header), ...b.columns.map((c, i) => gridCell("header", c.label, { colSpan: s[i] }))],
        { classes: ["nb-head"] },
      ),
    );
    for (const r of b.rows) {
      const path = `proactive.${r.id}`;
      const label = gridCell("label", r.label, { path, classes: ["nb-label"] });
      rows.push(
        gridRow(
          [label, ...b.columns.map((c, i) => valueCell(`${path}.${c.id}`, report.proactive[r.id]?.[c.id], s[i]))],
          { path },
        ),
      );
    }
  }
  return {
    section: "table2",
    table: "proactive",
    columns: width + 1,
    labelColumns: 1,
    headerRows: 0,
    rows,
    notes: noteCells(report, "proactive"),
  };
}

const leafIds = (n: Table3Node): string[] => (n.type === "row" ? [n.id] : n.children.flatMap(leafIds));
const isResult = (n: Table3Node): boolean => (n.type === "row" ? n.role === "result" : n.children.every(isResult));
const findNode = (nodes: readonly Table3Node[], id: string): Table3Node | undefined => {
  for (const n of nodes) {
    const hit = n.id === id ? n : n.type === "group" ? findNode(n.children, id) : undefined;
    if (hit) return hit;
  }
  return undefined;
};

/**
 * Table 三's row tree as this report fills it: the form's, except where the report carries the other
 * form's （六）其他处理 instead of its own (2019's single row in a 2021 report, as 洪泽区 2023; 2021's
 * three rows in a 2019 report). The result rows that feed （七）总计 say which (`table3ResultRowIds`),
 * and the other form's node is drawn in its place, so the figures show where the author wrote them.
 */
export function table3Rows(form: FormDef, requests: Report["requests"]): readonly Table3Node[] {
  const results = new Set(table3ResultRowIds(form, requests));
  const other = FORMS[form.year === 2021 ? 2019 : 2021].table3.rows;
  const resolve = (n: Table3Node): Table3Node => {
    if (n.type === "group" && !isResult(n)) return { ...n, children: n.children.map(resolve) };
    if (!isResult(n) || leafIds(n).some((id) => results.has(id))) return n;
    return findNode(other, n.id) ?? n;
  };
  return form.table3.rows.map(resolve);
}

/** How many label columns a row tree needs: one per level of its deepest branch. */
export function labelDepth(nodes: readonly Table3Node[]): number {
  return Math.max(...nodes.map((n) => (n.type === "group" ? 1 + labelDepth(n.children) : 1)));
}

/**
 * Table 三 (FORMAT §3.2, §6.3): the three header rows with the relation note, then the row tree,
 * each group's label spanning the rows of its leaves and each leaf's label the label columns left.
 */
export function table3Grid(form: FormDef, report: Report): TableGrid {
  const t = form.table3;
  const cols = t.columns;
  const tree = table3Rows(form, report.requests);
  const labelColumns = labelDepth(tree);
  const organisations = cols.slice(1, -1);
  const rows: GridRow[] = [
    gridRow([
      gridCell("header", t.relationNote, { colSpan: labelColumns, rowSpan: 3, classes: ["nb-relation"] }),
      gridCell("header", t.applicantHeader, { colSpan: cols.length }),
    ]),
    gridRow([
      gridCell("header", cols[0]!.label, { rowSpan: 2 }),
      gridCell("header", t.organisationHeader, { colSpan: organisations.length }),
      gridCell("header", cols.at(-1)!.label, { rowSpan: 2 }),
    ]),
    gridRow(organisations.map((c) => gridCell("header", c.label))),
  ];
  // Group labels waiting to open the next row, outermost first.
  let pending: GridCell[] = [];
  const walk = (nodes: readonly Table3Node[], level: number) => {
    for (const n of nodes) {
      const path = `requests.${n.id}`;
      if (n.type === "group") {
        pending.push(gridCell("label", n.label, { rowSpan: leafIds(n).length, path, classes: ["nb-group"] }));
        walk(n.children, level + 1);
        continue;
      }
      const values = report.requests[n.id as Table3RowId];
      const label = gridCell("label", n.label, { colSpan: labelColumns - level, path, classes: ["nb-label"] });
      rows.push(gridRow([...pending, label, ...cols.map((_, i) => valueCell(`${path}.${i}`, values?.[i]))], { path }));
      pending = [];
    }
  };
  walk(tree, 0);
  return {
    section: "table3",
    table: "requests",
    columns: labelColumns + cols.length,
    labelColumns,
    headerRows: 3,
    rows,
    notes: noteCells(report, "requests"),
  };
}

/** Table 四 (FORMAT §3.3): 行政复议 over five columns, 行政诉讼 over its two blocks of five, one data row. */
export function table4Grid(form: FormDef, report: Report): TableGrid {
  const t = form.table4;
  const [review, ...lawsuits] = t.rows;
  const n = t.columns.length;
  const blockHeader = (r: (typeof t.rows)[number], text: string) =>
    gridCell("header", text, { colSpan: n, path: `litigation.${r.id}`, classes: ["nb-label"] });
  const rows: GridRow[] = [
    gridRow([
      blockHeader(review!, t.reviewHeader),
      gridCell("header", t.litigationHeader, { colSpan: n * lawsuits.length }),
    ]),
    gridRow([
      ...t.columns.map((c) => gridCell("header", c.label, { rowSpan: 2 })),
      ...lawsuits.map((r) => blockHeader(r, r.label)),
    ]),
    gridRow(lawsuits.flatMap(() => t.columns.map((c) => gridCell("header", c.label)))),
    gridRow(
      t.rows.flatMap((r) =>
        t.columns.map((_, i) => valueCell(`litigation.${r.id}.${i}`, report.litigation[r.id as Table4RowId]?.[i])),
      ),
      { path: `litigation.${review!.id}` },
    ),
  ];
  return {
    section: "table4",
    table: "litigation",
    columns: n * t.rows.length,
    labelColumns: 0,
    headerRows: 3,
    rows,
    notes: noteCells(report, "litigation"),
  };
}

const GRIDS: Readonly<Record<GridSection, (form: FormDef, report: Report) => TableGrid>> = {
  table2: table2Grid,
  table3: table3Grid,
  table4: table4Grid,
};

/** The grid of the table a section prints. */
export function tableGrid(form: FormDef, report: Report, section: GridSection): TableGrid {
  return GRIDS[section](form, report);
}

/** The three tables of a report on the grids of its form, keyed by the section kind that prints them. */
export function reportGrids(report: Report): Readonly<Record<GridSection, TableGrid>> {
  const form = formFor(report.format);
  return { table2: table2Grid(form, report), table3: table3Grid(form, report), table4: table4Grid(form, report) };
}
