import {
  describePath,
  FORMS,
  printedLabel,
  table3Leaves,
  type Cell,
  type FormatYear,
  type Report,
  printedHeading,
} from "@nianbao/core";

/** One cell of the official tables as a column of the audit sheets, labelled as printed. */
export interface CellColumn {
  /** The table's heading as printed (二、主动公开政府信息情况 …). */
  readonly table: string;
  /** The model path of the cell (`requests.granted.6`) and its printed label: what identifies the column. */
  readonly key: string;
  /** The cell's printed row and column labels (（一）予以公开 · 总计). */
  readonly label: string;
}

type TableSection = "proactive" | "requests" | "litigation";
const TABLES: readonly TableSection[] = ["proactive", "requests", "litigation"];

/** The model paths of a table's cells in printed order, row by row. */
function tablePaths(format: FormatYear, table: TableSection): string[] {
  const form = FORMS[format];
  switch (table) {
    case "proactive":
      return form.table2.blocks.flatMap((b) =>
        b.rows.flatMap((r) => b.columns.map((c) => `proactive.${r.id}.${c.id}`)),
      );
    case "requests":
      return table3Leaves(form).flatMap((l) => form.table3.columns.map((_, i) => `requests.${l.row.id}.${i}`));
    case "litigation":
      return form.table4.rows.flatMap((r) => form.table4.columns.map((_, i) => `litigation.${r.id}.${i}`));
  }
}

const keyOf = (path: string, label: string): string => `${path}\u0000${label}`;

/** Column keys by form and model path, worked out once per run (a batch has thousands of reports alike). */
export type KeyCache = Map<string, string | null>;

/**
 * The cells a report holds, by column key. Read from the model, not from its form: a 2021 report
 * that carries a row of the 2019 form (（六）其他处理 as one row, STR-TEMPLATE-VERSION) keeps it,
 * under that form's label.
 */
export function reportCells(report: Report, keys: KeyCache): Map<string, Cell> {
  const form = FORMS[report.format];
  const out = new Map<string, Cell>();
  const put = (path: string, cell: Cell | undefined) => {
    if (!cell) return;
    const cached = `${report.format}:${path}`;
    let key = keys.get(cached);
    if (key === undefined) {
      const target = describePath(form, path);
      key = target ? keyOf(path, printedLabel(target).zh) : null;
      keys.set(cached, key);
    }
    if (key !== null) out.set(key, cell);
  };
  for (const [row, cols] of Object.entries(report.proactive))
    for (const [col, cell] of Object.entries(cols)) put(`proactive.${row}.${col}`, cell);
  for (const [row, cells] of Object.entries(report.requests)) cells?.forEach((c, i) => put(`requests.${row}.${i}`, c));
  for (const [row, cells] of Object.entries(report.litigation))
    cells.forEach((c, i) => put(`litigation.${row}.${i}`, c));
  return out;
}

/**
 * The columns for the given reports' cells, table by table: every cell of the forms they use, in
 * printed order (the 2021 form's, then those only the 2019 form prints, or prints under another
 * label: table 二 changed between the forms), and any cell of the other form a report carries. A
 * cell both forms print alike (all of table 三 but （六）, all of table 四) is one column. The
 * labels are core's form description.
 */
export function cellColumns(formats: readonly FormatYear[], held: readonly ReadonlyMap<string, Cell>[]): CellColumn[] {
  const present = new Set(formats);
  const keys = new Set(held.flatMap((cells) => [...cells.keys()]));
  const out: CellColumn[] = [];
  const seen = new Set<string>();
  for (const table of TABLES)
    for (const format of [2021, 2019] as const) {
      const form = FORMS[format];
      const section = form.sections.find((s) => s.id === table)!;
      for (const path of tablePaths(format, table)) {
        const label = printedLabel(describePath(form, path)!).zh;
        const key = keyOf(path, label);
        if (seen.has(key) || !(present.has(format) || keys.has(key))) continue;
        seen.add(key);
        out.push({ table: printedHeading(section), key, label });
      }
    }
  return out;
}
