import { cellText, formFor, table2Spans, type Cell, type FormDef, type Report, type Table3Node } from "@nianbao/core";

/** One cell of a printed table: its text and how many grid columns and rows it covers. */
export interface GridCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** A header or caption, a row label, or a figure of the report. */
  readonly kind: "head" | "label" | "value";
}

export interface GridTable {
  /** Width of the grid in columns. */
  readonly columns: number;
  /** How many label columns stand before the figures (for column widths). */
  readonly labelColumns: number;
  /** The leading rows that form the header, repeated when the table runs over a page. */
  readonly headerRows: number;
  /** Rows as printed: a cell covered by a span from above is not repeated in the rows below. */
  readonly rows: readonly (readonly GridCell[])[];
}

const cell = (text: string, kind: GridCell["kind"], colSpan = 1, rowSpan = 1): GridCell => ({ text, kind, colSpan, rowSpan });
const value = (c: Cell | undefined, colSpan = 1): GridCell => cell(cellText(c), "value", colSpan);

/**
 * Table 二 on its grid (FORMAT §3.1): per block a caption row across the table, the header row, the
 * rows; a block with fewer columns widens them so that every block fills the same grid.
 */
export function table2Grid(form: FormDef, report: Report): GridTable {
  const { width, spans } = table2Spans(form);
  const rows: GridCell[][] = [];
  for (const b of form.table2.blocks) {
    const s = spans.get(b.id)!;
    rows.push([cell(b.caption, "head", width + 1)]);
    rows.push([cell(b.header, "head"), ...b.columns.map((c, i) => cell(c.label, "head", s[i]))]);
    for (const r of b.rows) rows.push([cell(r.label, "label"), ...b.columns.map((c, i) => value(report.proactive[r.id]?.[c.id], s[i]))]);
  }
  return { columns: width + 1, labelColumns: 1, headerRows: 0, rows };
}

/** A group the file fills with the other form's single row (2019's （六）其他处理 in a 2021 report). */
function legacyCells(node: Table3Node & { type: "group" }, report: Report): Cell[] | undefined {
  const own = report.requests[node.id as keyof Report["requests"]];
  return own && node.children.every((c) => !report.requests[c.id as keyof Report["requests"]]) ? own : undefined;
}

function leafCount(node: Table3Node, report: Report): number {
  if (node.type === "row" || legacyCells(node, report)) return 1;
  return node.children.reduce((n, c) => n + leafCount(c, report), 0);
}

/**
 * Table 三 (FORMAT §3.2): the three header rows with the relation note, then the row tree, each
 * group's label spanning the rows of its leaves and each leaf's label the label columns left.
 */
export function table3Grid(form: FormDef, report: Report): GridTable {
  const t = form.table3;
  const cols = t.columns;
  const depth = (nodes: readonly Table3Node[]): number => Math.max(...nodes.map((n) => (n.type === "group" ? 1 + depth(n.children) : 1)));
  const labelColumns = depth(t.rows);
  const organisations = cols.slice(1, -1);
  const rows: GridCell[][] = [
    [cell(t.relationNote, "head", labelColumns, 3), cell(t.applicantHeader, "head", cols.length)],
    [cell(cols[0]!.label, "head", 1, 2), cell(t.organisationHeader, "head", organisations.length), cell(cols[cols.length - 1]!.label, "head", 1, 2)],
    organisations.map((c) => cell(c.label, "head")),
  ];
  // Group labels waiting to open the next row, outermost first.
  let pending: GridCell[] = [];
  const row = (label: string, level: number, cells: readonly Cell[] | undefined) => {
    rows.push([...pending, cell(label, "label", labelColumns - level), ...cols.map((_, i) => value(cells?.[i]))]);
    pending = [];
  };
  const walk = (nodes: readonly Table3Node[], level: number) => {
    for (const n of nodes) {
      if (n.type === "row") row(n.label, level, report.requests[n.id as keyof Report["requests"]]);
      else {
        const legacy = legacyCells(n, report);
        if (legacy) row(n.label, level, legacy);
        else {
          pending.push(cell(n.label, "label", 1, leafCount(n, report)));
          walk(n.children, level + 1);
        }
      }
    }
  };
  walk(t.rows, 0);
  return { columns: labelColumns + cols.length, labelColumns, headerRows: 3, rows };
}

/** Table 四 (FORMAT §3.3): 行政复议 over five columns, 行政诉讼 over two blocks of five, one data row. */
export function table4Grid(form: FormDef, report: Report): GridTable {
  const t = form.table4;
  const lawsuits = t.rows.slice(1);
  const n = t.columns.length;
  const rows: GridCell[][] = [
    [cell(t.reviewHeader, "head", n), cell(t.litigationHeader, "head", n * lawsuits.length)],
    [...t.columns.map((c) => cell(c.label, "head", 1, 2)), ...lawsuits.map((r) => cell(r.label, "head", n))],
    lawsuits.flatMap(() => t.columns.map((c) => cell(c.label, "head"))),
    t.rows.flatMap((r) => t.columns.map((_, i) => value(report.litigation[r.id as keyof Report["litigation"]]?.[i]))),
  ];
  return { columns: n * t.rows.length, labelColumns: 0, headerRows: 3, rows };
}

/** The three tables of a report, keyed by the section kind that prints them. */
export function reportGrids(report: Report): Readonly<Record<"table2" | "table3" | "table4", GridTable>> {
  const form = formFor(report.format);
  return { table2: table2Grid(form, report), table3: table3Grid(form, report), table4: table4Grid(form, report) };
}
