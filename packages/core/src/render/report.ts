import { formFor, printedHeading } from "../form/index.js";
import type { SectionDef } from "../form/types.js";
import type { Report } from "../model/index.js";
import { attr, escapeHtml } from "./escape.js";
import { noteCells, tableGrid, type GridCell } from "./grid.js";
import { Annotator, type RenderMark, type RenderSource } from "./marks.js";
import { PRINTED, signatureLines } from "./printed.js";
import { gridHtml } from "./tables.js";
import { unreadableHtml, type UnreadablePart } from "./unreadable.js";

export interface RenderOptions {
  /** Findings (or diagnostics) whose cells are marked, with their message as the cell's title. */
  readonly marks?: readonly RenderMark[];
  /** Where each part is written, so elements carry `data-line` (0-based) for scroll sync. */
  readonly source?: RenderSource;
  /** Lines of the file YAML could not read (`unreadableParts`): shown marked in their section, never dropped. */
  readonly unreadable?: readonly UnreadablePart[];
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

function notesHtml(notes: readonly GridCell[], a: Annotator): string {
  return notes.map((n) => `<p${a.attrs(n.path!, n.classes)}>${escapeHtml(n.text)}</p>`).join("");
}

/**
 * The report drawn as the official form: title, the six sections with their printed headings, the
 * three tables with their merged header cells, each table's 注, and the 落款 (机关, 发布日期). Every piece of report text is
 * escaped; every data cell carries `data-path` (its model path). Pure: runs in a browser.
 */
export function renderReportHtml(report: Report, options: RenderOptions = {}): string {
  const form = formFor(report.format);
  const a = new Annotator(options.marks ?? [], options.source);
  const titlePath = report.title ? "meta.title" : "meta.agency";
  const out: string[] = [
    `<article class="nb-report" data-format="${form.year}">`,
    `<h1${a.attrs(titlePath, ["nb-title"])}>${escapeHtml(reportTitle(report))}</h1>`,
  ];
  const unreadable = (id: SectionDef["id"] | null) =>
    unreadableHtml((options.unreadable ?? []).filter((p) => p.section === id));
  out.push(unreadable(null));
  const section = (s: SectionDef, body: string) =>
    out.push(
      `<section${attr("data-section", s.id)}${a.attrs(s.id, ["nb-section"])}><h2 class="nb-heading">${escapeHtml(printedHeading(s))}</h2>${body}${unreadable(s.id)}</section>`,
    );
  for (const s of form.sections) {
    if (s.kind !== "text") {
      const grid = tableGrid(form, report, s.kind);
      section(s, `<div class="nb-table-wrap">${gridHtml(grid, a)}</div>${notesHtml(grid.notes, a)}`);
    } else if (s.id !== "overview")
      section(s, `<div class="nb-prose">${paragraphs(report[s.id as "problems" | "other"])}</div>`);
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
  const loose = notesHtml(noteCells(report, null), a);
  if (loose) out.push(`<section data-section="notes">${loose}</section>`);
  const signature = signatureLines(report);
  if (signature.length)
    out.push(
      `<div${a.attrs("meta.agency", ["nb-signature"])}>${signature.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</div>`,
    );
  out.push("</article>");
  return out.join("");
}
