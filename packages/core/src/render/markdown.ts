import { formFor } from "../form/index.js";
import type { FormDef, SectionDef, Table3Node } from "../form/types.js";
import type { Cell, Report, Table3RowId, TableId } from "../model/index.js";
import { cellText, labelDepth, noteCells, table3Rows } from "./grid.js";
import { signatureLines } from "./printed.js";
import { reportTitle } from "./report.js";
import { unreadableLabel, type UnreadablePart } from "./unreadable.js";

/** Escapes the characters that would turn text into inline markup (or end a table cell). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/**
 * Escapes a line of prose so Markdown shows it as written: inline markup anywhere, and what would
 * open a heading, quote, list or rule at the start of the line.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#+=-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** A table cell: on one line (a pipe table row cannot break), where only inline markup matters. */
function mdCell(text: string): string {
  return escapeInline(text.replace(/\s*\n\s*/g, " ").trim());
}

/** A pipe table; the first row is the header. */
function pipeTable(rows: readonly (readonly string[])[]): string[] {
  const [head, ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(" | ")} |`;
  return [line(head!), `|${head!.map(() => " --- ").join("|")}|`, ...body.map(line)];
}

function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map(escapeMarkdown);
}

const cells = (list: readonly (Cell | undefined)[]): string[] => list.map(cellText);

/**
 * Table 二 the way published Markdown writes it (e.g. 沭阳县 2025): each block's caption row, which
 * spans the whole printed table, becomes a heading over a table of its own.
 */
function table2(form: FormDef, report: Report): string[] {
  const out: string[] = [];
  for (const block of form.table2.blocks) {
    const rows = block.rows.map((r) => [r.label, ...cells(block.columns.map((c) => report.proactive[r.id]?.[c.id]))]);
    out.push(
      `### ${escapeMarkdown(block.caption)}`,
      "",
      ...pipeTable([[block.header, ...block.columns.map((c) => c.label)], ...rows]),
      "",
    );
  }
  return out;
}

/**
 * Table 三 as one pipe table. Markdown has no merged cells, so the printed layout is flattened: one
 * label column per level of the row tree, a group's label repeated on every row it spans (as a
 * merged cell is copied when a Word table is converted), a label spanning the deeper label columns
 * written once and the rest left empty; the two header rows of the organisations become one, each
 * column named with its organisation heading.
 */
function table3(form: FormDef, report: Report): string[] {
  const t = form.table3;
  const tree = table3Rows(form, report.requests);
  const labelColumns = labelDepth(tree);
  const last = t.columns.length - 1;
  const columnLabel = (label: string, i: number) =>
    i === 0 || i === last ? label : `${t.organisationHeader}（${label}）`;
  const head = [
    t.relationNote,
    ...Array.from({ length: labelColumns - 1 }, () => ""),
    ...t.columns.map((c, i) => columnLabel(c.label, i)),
  ];
  const rows: string[][] = [head];
  const row = (groups: readonly string[], label: string, values: readonly Cell[] | undefined) => {
    const labels = [...groups, label];
    while (labels.length < labelColumns) labels.push("");
    rows.push([...labels, ...cells(t.columns.map((_, i) => values?.[i]))]);
  };
  const walk = (nodes: readonly Table3Node[], groups: readonly string[]) => {
    for (const n of nodes) {
      if (n.type === "row") row(groups, n.label, report.requests[n.id as Table3RowId]);
      else walk(n.children, [...groups, n.label]);
    }
  };
  walk(tree, []);
  return [...pipeTable(rows), ""];
}

/**
 * Table 四 the way published Markdown writes it: one table per block (行政复议, then each kind of
 * 行政诉讼 under its heading), since the three-row printed header cannot be drawn.
 */
function table4(form: FormDef, report: Report): string[] {
  const t = form.table4;
  const out: string[] = [];
  t.rows.forEach((r, i) => {
    const heading = i === 0 ? t.reviewHeader : `${t.litigationHeader}（${r.label}）`;
    const values = report.litigation[r.id as keyof Report["litigation"]];
    out.push(
      `### ${escapeMarkdown(heading)}`,
      "",
      ...pipeTable([t.columns.map((c) => c.label), cells(t.columns.map((_, j) => values?.[j]))]),
      "",
    );
  });
  return out;
}

function notes(report: Report, table: TableId | null): string[] {
  return noteCells(report, table).flatMap((n) => [escapeMarkdown(n.text), ""]);
}

const TABLE_OF: Readonly<Record<string, TableId>> = { table2: "proactive", table3: "requests", table4: "litigation" };

function overview(form: FormDef, report: Report): string[] {
  const { text, topics } = report.overview;
  if (text !== null) return paragraphs(text).flatMap((p) => [p, ""]);
  return form.overviewTopics
    .filter((t) => topics[t.id as keyof typeof topics] !== undefined)
    .flatMap((t) => [
      ...(t.id === "intro" ? [] : [`### ${escapeMarkdown(t.label)}`, ""]),
      ...paragraphs(topics[t.id as keyof typeof topics]).flatMap((p) => [p, ""]),
    ]);
}

/**
 * The report as Markdown: the title, the six sections under their printed headings (一 … 六), the
 * tables as pipe tables with the form's labels, each table's 注 under it, the 落款 (机关, 发布日期). Pure: runs in a browser.
 */
export function renderReportMarkdown(
  report: Report,
  options: { readonly unreadable?: readonly UnreadablePart[] } = {},
): string {
  const form = formFor(report.format);
  const out: string[] = [`# ${escapeMarkdown(reportTitle(report))}`, ""];
  // Lines YAML could not read, quoted under a bold label where they stand, so nothing is left out silently.
  const unreadable = (id: SectionDef["id"] | null) =>
    (options.unreadable ?? [])
      .filter((p) => p.section === id)
      .flatMap((p) => [
        `> **${escapeMarkdown(unreadableLabel(p))}**`,
        ">",
        ...p.text.split("\n").map((l) => (l.trim() ? `> ${escapeMarkdown(l.trim())}  ` : ">")),
        "",
      ]);
  out.push(...unreadable(null));
  const body = (s: SectionDef): string[] => {
    switch (s.kind) {
      case "table2":
        return table2(form, report);
      case "table3":
        return table3(form, report);
      case "table4":
        return table4(form, report);
      default:
        return s.id === "overview"
          ? overview(form, report)
          : paragraphs(report[s.id as "problems" | "other"]).flatMap((p) => [p, ""]);
    }
  };
  for (const s of form.sections) {
    out.push(`## ${escapeMarkdown(`${s.ordinal}、${s.heading}`)}`, "", ...body(s), ...unreadable(s.id));
    if (s.kind !== "text") out.push(...notes(report, TABLE_OF[s.kind]!));
  }
  out.push(...notes(report, null));
  while (out.at(-1) === "") out.pop();
  for (const line of signatureLines(report)) out.push("", escapeMarkdown(line));
  return out.join("\n") + "\n";
}
