import { Document, Scalar, stringify } from "yaml";
import { formFor, type FormDef, type FormatYear, type Table3Node } from "../form/index.js";
import { missingCell, type Cell, type Report } from "../model/index.js";
import { emptyReport } from "../read/reader.js";
import { readReport } from "../read/reader.js";
import { isYamlError } from "../read/observations.js";
import { layoutReportText } from "./layout.js";

export interface WriteYamlOptions {
  /** Comment lines written at the top (without '#'). */
  readonly header?: readonly string[];
  /** Write a column-label comment above each table (default true). */
  readonly columnComments?: boolean;
  /**
   * Comments attached to model paths (e.g. `requests.granted.6` → "由推断得出"): written at the end
   * of the row or entry holding that path, so an importer can say where a value came from.
   */
  readonly comments?: ReadonlyMap<string, string>;
}

/** One cell as YAML text. Anything that is not a plain number is quoted, so nothing is re-interpreted. */
export function cellYaml(cell: Cell | undefined): string {
  const c = cell ?? missingCell();
  if (c.status === "number" && c.normalized === null && c.note === null && c.exact !== null) return c.exact;
  if (c.status === "missing" || c.status === "blank") return c.raw?.trim() ? JSON.stringify(c.raw) : '""';
  return JSON.stringify(c.raw ?? c.exact ?? "");
}

function textYaml(key: string, text: string | null | undefined, indent: string): string[] {
  if (text == null) return [`${indent}${key}:`];
  const body = stringify({ [key]: text }, { lineWidth: 0, blockQuote: "literal" }).trimEnd();
  return body.split("\n").map((l) => indent + l);
}

/**
 * A prose section, always in the literal block form (`key: |` with the text indented below), so
 * pressing Enter in it starts a new paragraph instead of breaking the file. An empty section is an
 * indented empty line under `key: |`: YAML reads it as the empty string, and the author's cursor
 * lands at the text's indentation. yaml itself decides the block's header (`|-`, `|2`, `|+`) and
 * falls back to a quoted string for text a block cannot hold (control characters).
 */
export function proseYaml(key: string, text: string | null | undefined, indent: string): string[] {
  if (text == null) return [`${indent}${key}:`];
  if (text === "") return [`${indent}${key}: |`, `${indent}  `];
  const value = new Scalar(text);
  value.type = Scalar.BLOCK_LITERAL;
  const doc = new Document({});
  doc.set(key, value);
  return doc
    .toString({ lineWidth: 0, indent: 2 })
    .trimEnd()
    .split("\n")
    .map((l) => (l ? indent + l : l));
}

/**
 * Writes a report in the `*.nianbao.yaml` vocabulary, laid out like the printed form: table rows as
 * rows, column comments above them. Reading the output gives back the same model.
 */
export function writeReportYaml(report: Report, options: WriteYamlOptions = {}): string {
  const form = formFor(report.format);
  const columnComments = options.columnComments ?? true;
  const note = (path: string) => {
    const c = options.comments?.get(path);
    return c ? `  # ${c.replace(/\n/g, " ")}` : "";
  };
  const out: string[] = [];
  for (const h of options.header ?? []) out.push(`# ${h}`);
  const meta = (id: string) => form.meta.find((m) => m.id === id)!.key;
  out.push(`${meta("format")}: ${report.format}`);
  if (report.agency !== null) out.push(...textYaml(meta("agency"), report.agency, ""));
  if (report.year !== null) out.push(`${meta("year")}: ${report.year}`);
  if (report.publishedOn !== null) out.push(`${meta("publishedOn")}: ${report.publishedOn}`);
  if (report.title !== null) out.push(...textYaml(meta("title"), report.title, ""));

  const section = (id: string) => form.sections.find((s) => s.id === id)!;
  if (report.present.overview) {
    out.push("");
    const key = section("overview").key;
    if (report.overview.text !== null || Object.keys(report.overview.topics).length === 0)
      out.push(...proseYaml(key, report.overview.text, ""));
    else {
      out.push(`${key}:`);
      for (const t of form.overviewTopics) {
        const v = report.overview.topics[t.id as keyof typeof report.overview.topics];
        if (v !== undefined) out.push(...proseYaml(t.key, v, "  "));
      }
    }
  }
  if (report.present.proactive) out.push("", ...table2Yaml(form, report, note));
  if (report.present.requests) out.push("", ...table3Yaml(form, report, columnComments, note));
  if (report.present.litigation) out.push("", ...table4Yaml(form, report, columnComments, note));
  for (const id of ["problems", "other"] as const)
    if (report.present[id]) out.push("", ...proseYaml(section(id).key, report[id], ""));
  if (report.notes.length) {
    out.push("", `${form.notesKey}:`);
    const tableKey: Record<string, string> = {
      proactive: section("proactive").key,
      requests: section("requests").key,
      litigation: section("litigation").key,
    };
    for (const n of report.notes) {
      const lines = [
        ...(n.rule ? [`规则: ${n.rule}`] : []),
        ...(n.table ? [`表: ${tableKey[n.table]}`] : []),
        ...textYaml("内容", n.text, ""),
      ];
      lines.forEach((l, i) => out.push(`${i === 0 ? "  - " : "    "}${l}`));
    }
  }
  const text = out.join("\n") + "\n";
  // Laid out as Format Document lays a report out (keys of a group padded, numbers right-aligned
  // per column), so that formatting a report just written changes nothing.
  const read = readReport(text);
  return read.observations.some(isYamlError) ? text : layoutReportText(text, read);
}

function table2Yaml(form: FormDef, report: Report, note: (p: string) => string): string[] {
  const out = [`${form.table2.key}:`];
  const width = Math.max(...form.table2.blocks.flatMap((b) => b.rows.map((r) => r.key.length)));
  for (const block of form.table2.blocks)
    for (const row of block.rows) {
      const cells = report.proactive[row.id] ?? {};
      const pad = " ".repeat(Math.max(0, width - row.key.length));
      const path = `proactive.${row.id}`;
      const comment = note(path) || block.columns.map((c) => note(`${path}.${c.id}`)).find(Boolean) || "";
      if (block.columns.length === 1) {
        const unit = block.columns[0]!.unit === "万元" && !comment ? `  # ${block.columns[0]!.unit}` : "";
        out.push(`  ${row.key}: ${pad}${cellYaml(cells[block.columns[0]!.id])}${unit}${comment}`);
      } else
        out.push(
          `  ${row.key}: ${pad}{ ${block.columns.map((c) => `${c.key}: ${cellYaml(cells[c.id])}`).join(", ")} }${comment}`,
        );
    }
  return out;
}

function rowYaml(cells: readonly Cell[] | undefined, width: number): string {
  const cs = cells ?? [];
  let n = width;
  // A short row stays short, so a missing cell is not turned into a blank one.
  while (n > 0 && (cs[n - 1]?.status ?? "missing") === "missing") n--;
  return `[${cs.slice(0, n).map(cellYaml).join(", ")}]`;
}

function table3Yaml(form: FormDef, report: Report, columnComments: boolean, note: (p: string) => string): string[] {
  const out = [`${form.table3.key}:`];
  if (columnComments) out.push(`  # ${form.table3.columns.map((c) => c.label).join(" ")}`);
  const width = form.table3.columns.length;
  const rowNote = (id: string) =>
    note(`requests.${id}`) || Array.from({ length: width }, (_, i) => note(`requests.${id}.${i}`)).find(Boolean) || "";
  const walk = (nodes: readonly Table3Node[], indent: string) => {
    for (const n of nodes) {
      if (n.type === "group") {
        // A 2021 report that still has 2019's single （六）其他处理 row is written as it was read.
        const legacy = report.requests[n.id as keyof Report["requests"]];
        if (legacy && n.children.every((c) => !report.requests[c.id as keyof Report["requests"]])) {
          out.push(`${indent}${n.key}: ${rowYaml(legacy, width)}${rowNote(n.id)}`);
          continue;
        }
        out.push(`${indent}${n.key}:`);
        walk(n.children, indent + "  ");
      } else {
        const cells = report.requests[n.id as keyof Report["requests"]];
        if (cells) out.push(`${indent}${n.key}: ${rowYaml(cells, width)}${rowNote(n.id)}`);
      }
    }
  };
  walk(form.table3.rows, "  ");
  return out;
}

function table4Yaml(form: FormDef, report: Report, columnComments: boolean, note: (p: string) => string): string[] {
  const out = [`${form.table4.key}:`];
  if (columnComments) out.push(`  # ${form.table4.columns.map((c) => c.label).join(" ")}`);
  const width = form.table4.columns.length;
  for (const r of form.table4.rows) {
    const rowNote =
      note(`litigation.${r.id}`) ||
      Array.from({ length: width }, (_, i) => note(`litigation.${r.id}.${i}`)).find(Boolean) ||
      "";
    out.push(`  ${r.key}: ${rowYaml(report.litigation[r.id as keyof Report["litigation"]], width)}${rowNote}`);
  }
  return out;
}

export interface TemplateOptions {
  readonly format?: FormatYear;
  readonly agency?: string;
  readonly year?: number;
}

/** A complete report with every cell 0 and every text empty: what `nianbao new` and an empty file's completion offer. */
export function reportTemplate(options: TemplateOptions = {}): Report {
  const format = options.format ?? 2021;
  const form = formFor(format);
  const r = emptyReport(form);
  const zero: Cell = { status: "number", value: 0, exact: "0", raw: null, note: null, normalized: null };
  for (const row of Object.keys(r.proactive))
    for (const col of Object.keys(r.proactive[row]!)) r.proactive[row]![col] = zero;
  const leaves = (nodes: readonly Table3Node[]): string[] =>
    nodes.flatMap((n) => (n.type === "group" ? leaves(n.children) : [n.id]));
  for (const id of leaves(form.table3.rows))
    r.requests[id as keyof Report["requests"]] = form.table3.columns.map(() => zero);
  for (const row of form.table4.rows)
    r.litigation[row.id as keyof Report["litigation"]] = form.table4.columns.map(() => zero);
  r.agency = options.agency ?? null;
  r.year = options.year ?? null;
  r.formatDeclared = true;
  r.overview = {
    text: null,
    topics: Object.fromEntries(form.overviewTopics.filter((t) => t.id !== "intro").map((t) => [t.id, ""])),
  };
  r.problems = "";
  r.other = "";
  r.present = { overview: true, proactive: true, requests: true, litigation: true, problems: true, other: true };
  return r;
}
