// One report, rendered when it is opened: its tables drawn by core's renderer exactly as the
// VS Code preview draws them (gridHtml, with cells carrying findings marked), its findings with
// their printed labels, the previous year's tables beside it with the cells that changed
// highlighted, and the agency's charts across years.

import { Annotator, escapeHtml, gridHtml, type RenderMark } from "@nianbao/core";
import { tableKeyboard } from "@nianbao/core/browser";
import type { AuditData, AuditReport } from "../src/output/audit/data.js";
import { chartsFor } from "./charts.js";
import { h, type Words } from "./dom.js";
import { gridOf } from "./grid.js";
import { countsOf } from "./model.js";

/** The figures of a report by model path, to compare two years cell by cell. */
function figures(data: AuditData, r: AuditReport): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of r.tb)
    for (const row of data.templates[table.t]!.rows)
      for (const c of row.cells) if (c.slot !== undefined && c.path) out.set(c.path, table.v[c.slot] ?? "");
  return out;
}

/** The tables of a report as core renders them, notes under each (as core's report page prints them). */
function tablesHtml(data: AuditData, r: AuditReport, marks: readonly RenderMark[]): string {
  const a = new Annotator(marks, undefined);
  return r.tb
    .map((table) => {
      const grid = gridOf(data, table);
      const notes = grid.notes.map((n) => `<p${a.attrs(n.path!, n.classes)}>${escapeHtml(n.text)}</p>`).join("");
      return `<div class="nb-table-wrap">${gridHtml(grid, a)}</div>${notes}`;
    })
    .join("");
}

function tablesBlock(data: AuditData, r: AuditReport, marks: readonly RenderMark[], heading: string): HTMLElement {
  const body = h("div", { class: "nb-report au-tables" });
  // Core's HTML: every report text in it is escaped by core's renderer (render/escape.ts).
  body.innerHTML = tablesHtml(data, r, marks);
  // The cells from the keyboard, as in the preview: a focused cell's findings (and, beside last
  // year, its other figure) are read out from its description. Each table is named by its year and
  // section, since the two years' tables stand side by side.
  const tables = Array.from(body.querySelectorAll("table"));
  tableKeyboard(body, {
    label: (table) => `${heading} · ${data.templates[r.tb[tables.indexOf(table)]?.t ?? -1]?.heading ?? ""}`,
  });
  return h("div", { class: "au-year" }, h("h4", {}, heading), body);
}

/** Marks the cells whose figure differs between the years, in both tables, with the other year's figure as a title. */
function highlightChanges(
  current: HTMLElement,
  previous: HTMLElement,
  now: Map<string, string>,
  before: Map<string, string>,
  t: Words,
): number {
  let changed = 0;
  for (const [path, text] of now) {
    const old = before.get(path);
    if (old === undefined || old === text) continue;
    changed++;
    const sel = `td[data-path="${CSS.escape(path)}"]`;
    const cur = current.querySelector<HTMLElement>(sel);
    const prev = previous.querySelector<HTMLElement>(sel);
    for (const [cell, other] of [
      [cur, old],
      [prev, text],
    ] as const) {
      if (!cell) continue;
      cell.classList.add("au-diff");
      const note = t("audit.report.otherYear", { value: other || "—" });
      cell.title = cell.title ? `${cell.title}\n${note}` : note;
      cell.setAttribute("aria-description", cell.title);
    }
  }
  return changed;
}

export function reportView(data: AuditData, index: number, t: Words): HTMLElement {
  const r = data.reports[index]!;
  const c = countsOf(r);
  const prev = r.pr >= 0 ? data.reports[r.pr]! : null;
  const marks: RenderMark[] = r.fs.map((f) => ({ code: f.c, severity: f.s, message: f.m, paths: f.p }));
  const title = `${r.a ?? r.f}${r.y === null ? "" : ` · ${t("audit.year", { year: r.y })}`}`;
  const section = h(
    "section",
    { id: "report", class: "au-section", "aria-labelledby": "report-title", "data-report": index },
    h("p", { class: "au-back" }, h("a", { href: "#matrix" }, t("audit.report.back"))),
    h("h2", { id: "report-title", tabindex: -1 }, title),
    h(
      "dl",
      { class: "au-meta" },
      h("dt", {}, t("audit.report.file")),
      h("dd", {}, r.f),
      r.fm !== null ? [h("dt", {}, t("audit.report.format")), h("dd", {}, String(r.fm))] : null,
      h("dt", {}, t("audit.report.counts")),
      h("dd", {}, t("audit.matrix.cell", { errors: c.errors, warnings: c.warnings })),
      h("dt", {}, t("audit.report.previous")),
      h("dd", {}, prev ? h("a", { href: `#report-${r.pr}` }, prev.f) : t("audit.report.noPrevious")),
    ),
    h("h3", {}, t("audit.report.findings")),
    r.fs.length
      ? h(
          "table",
          { class: "au-list au-findings" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["severity", "rule", "place", "message", "line"].map((k) =>
                h("th", { scope: "col" }, t(`audit.col.${k}`)),
              ),
            ),
          ),
          h(
            "tbody",
            {},
            r.fs.map((f) =>
              h(
                "tr",
                { class: `au-sev-row-${f.s}` },
                h("td", {}, h("span", { class: `au-sev au-sev-${f.s}` }, t(`audit.severity.${f.s}`))),
                h("td", {}, h("a", { href: `#rule-${f.c}`, class: "au-code" }, f.c)),
                h("td", {}, f.lb ?? ""),
                h("td", { class: "au-message" }, f.m),
                h("td", { class: "au-num" }, String(f.l + 1)),
              ),
            ),
          ),
        )
      : h("p", {}, t("audit.report.noFindings")),
  );
  if (!r.tb.length) {
    section.append(h("p", {}, t("audit.report.unreadable")));
    return section;
  }
  section.append(h("h3", {}, t("audit.report.tables")));
  const current = tablesBlock(data, r, marks, r.y === null ? r.f : t("audit.year", { year: r.y }));
  if (prev && prev.tb.length) {
    const crossYear = r.fs.filter((f) => data.rules[f.c]?.crossYear);
    // The cells the cross-year findings concern, marked as related in last year's table too.
    const previous = tablesBlock(
      data,
      prev,
      crossYear.map((f) => ({ code: f.c, severity: "info", message: f.m, paths: ["", ...f.p] })),
      prev.y === null ? prev.f : t("audit.year", { year: prev.y }),
    );
    previous.classList.add("au-previous");
    const changed = highlightChanges(current, previous, figures(data, r), figures(data, prev), t);
    section.append(
      h("p", { class: "au-legend-text" }, t("audit.report.diffLegend", { n: changed })),
      h("div", { class: "au-side-by-side" }, current, previous),
    );
  } else section.append(current);
  const own = data.reports.flatMap((x, i) => (r.k && x.k === r.k ? [i] : []));
  const years = [...new Set(own.map((i) => data.reports[i]!.y).filter((y): y is number => y !== null))].sort(
    (a, b) => a - b,
  );
  if (years.length) section.append(h("h3", {}, t("audit.report.charts")), chartsFor(data, years, own, t));
  return section;
}
