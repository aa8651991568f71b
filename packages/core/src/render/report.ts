import { formFor } from "../form/index.js";
import type { SectionDef } from "../form/types.js";
import type { Report, ReportNote, TableId } from "../model/index.js";
import { attr, escapeHtml } from "./escape.js";
import { Annotator, type RenderMark, type RenderSource } from "./marks.js";
import { PRINTED } from "./printed.js";
import { renderTable2, renderTable3, renderTable4 } from "./tables.js";

export interface RenderOptions {
  /** Findings (or diagnostics) whose cells are marked, with their message as the cell's title. */
  readonly marks?: readonly RenderMark[];
  /** Where each part is written, so elements carry `data-line` (0-based) for scroll sync. */
  readonly source?: RenderSource;
}

/** The title as printed: the file's 标题, else 「{机关}{年度}年政府信息公开工作年度报告」. */
export function reportTitle(report: Report): string {
  if (report.title) return report.title;
  return `${report.agency ?? ""}${report.year ?? ""}${PRINTED.titleTail}`;
}

/** Prose as paragraphs, one per written line; every character escaped. */
function paragraphs(text: string | null | undefined): string {
  return (text ?? "")
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("");
}

const TABLE_SECTIONS: Readonly<Record<string, TableId>> = { table2: "proactive", table3: "requests", table4: "litigation" };

/** The table a 说明 is printed under: the one it names, else the one its rule checks (T2-, T3-, T4-). */
export function noteTable(note: ReportNote): TableId | null {
  if (note.table) return note.table;
  const m = /^T([234])-/.exec(note.rule ?? "");
  return m ? (["proactive", "requests", "litigation"] as const)[Number(m[1]) - 2]! : null;
}

function notesHtml(report: Report, a: Annotator, table: TableId | null): string {
  const items = report.notes.map((n, i) => ({ n, i })).filter(({ n }) => n.text.trim() && noteTable(n) === table);
  return items.map(({ n, i }) => `<p${a.attrs(`notes.${i}`, ["nb-note"])}>${escapeHtml(PRINTED.note + n.text)}</p>`).join("");
}

/**
 * The report drawn as the official form: title, the six sections with their printed headings, the
 * three tables with their merged header cells, and each table's 注. Every piece of report text is
 * escaped; every data cell carries `data-path` (its model path). Pure: runs in a browser.
 */
export function renderReportHtml(report: Report, options: RenderOptions = {}): string {
  const form = formFor(report.format);
  const a = new Annotator(options.marks ?? [], options.source);
  const titlePath = report.title ? "meta.title" : "meta.agency";
  const out: string[] = [`<article class="nb-report" data-format="${form.year}">`, `<h1${a.attrs(titlePath, ["nb-title"])}>${escapeHtml(reportTitle(report))}</h1>`];
  const section = (s: SectionDef, body: string) =>
    out.push(`<section${attr("data-section", s.id)}${a.attrs(s.id, ["nb-section"])}><h2 class="nb-heading">${escapeHtml(`${s.ordinal}、${s.heading}`)}</h2>${body}</section>`);
  for (const s of form.sections) {
    if (s.kind !== "text") {
      const table = s.kind === "table2" ? renderTable2(form, report, a) : s.kind === "table3" ? renderTable3(form, report, a) : renderTable4(form, report, a);
      section(s, `<div class="nb-table-wrap">${table}</div>${notesHtml(report, a, TABLE_SECTIONS[s.kind]!)}`);
    } else if (s.id !== "overview") section(s, `<div class="nb-prose">${paragraphs(report[s.id as "problems" | "other"])}</div>`);
    else {
      const { text, topics } = report.overview;
      const parts =
        text !== null
          ? [`<div class="nb-prose">${paragraphs(text)}</div>`]
          : form.overviewTopics
              .filter((t) => topics[t.id as keyof typeof topics] !== undefined)
              .map((t) => {
                const heading = t.id === "intro" ? "" : `<h3 class="nb-topic">${escapeHtml(t.label)}</h3>`;
                return `<div${a.attrs(`overview.${t.id}`, ["nb-prose"])}>${heading}${paragraphs(topics[t.id as keyof typeof topics])}</div>`;
              });
      section(s, parts.join(""));
    }
  }
  const loose = notesHtml(report, a, null);
  if (loose) out.push(`<section data-section="notes">${loose}</section>`);
  out.push("</article>");
  return out.join("");
}
