// The agencies × years matrix: sortable by any column through real buttons in the headers (with
// aria-sort), filtered by a labelled text field and a choice of rows; agencies that did not
// submit a year are flagged in that year's cell.

import type { AuditData } from "../src/output/audit/data.js";
import { h, type Words } from "./dom.js";
import { agencyRows, countsOf, type AgencyRow } from "./model.js";

type Direction = "ascending" | "descending";

interface Column {
  readonly label: string;
  /** The sort key: strings compare by the locale, numbers numerically. */
  readonly key: (row: AgencyRow) => string | number;
}

export function matrixView(data: AuditData, years: readonly number[], t: Words): HTMLElement {
  const rows = agencyRows(data, years);
  const latest = years.at(-1);
  const collator = new Intl.Collator(data.locale);
  const columns: Column[] = [
    { label: t("audit.matrix.agency"), key: (r) => r.name },
    // A year sorts not-submitted first when descending, then by errors and warnings.
    ...years.map((y): Column => ({
      label: t("audit.year", { year: y }),
      key: (r) => {
        const i = r.reports.get(y);
        if (i === undefined) return r.missing.includes(y) ? 1e12 : -1;
        const c = countsOf(data.reports[i]!);
        return c.errors * 1e6 + c.warnings;
      },
    })),
    { label: t("audit.severity.error"), key: (r) => r.errors },
    { label: t("audit.severity.warning"), key: (r) => r.warnings },
  ];

  const body = h("tbody");
  const trs = new Map<AgencyRow, HTMLTableRowElement>(rows.map((r) => [r, rowOf(r)]));
  const count = h("p", { class: "au-count", "aria-live": "polite" });
  const filter = h("input", { type: "search", id: "au-filter", autocomplete: "off" });
  const show = h(
    "select",
    { id: "au-show" },
    h("option", { value: "all" }, t("audit.matrix.all")),
    h("option", { value: "missing" }, t("audit.matrix.onlyMissing")),
    h("option", { value: "errors" }, t("audit.matrix.onlyErrors")),
  );
  const buttons: HTMLButtonElement[] = [];
  const heads = columns.map((c, i) => {
    // The arrow is drawn by the stylesheet from aria-sort, and kept out of the button's name.
    const button = h(
      "button",
      { type: "button", class: "au-sort", "data-column": i },
      c.label,
      h("span", { class: "au-arrow", "aria-hidden": "true" }),
    );
    buttons.push(button);
    button.addEventListener("click", () => sortBy(i));
    return h("th", { scope: "col", "aria-sort": "none" }, button);
  });
  let sorted: { column: number; direction: Direction } = { column: -1, direction: "ascending" };

  function rowOf(r: AgencyRow): HTMLTableRowElement {
    const cells = years.map((y) => {
      const i = r.reports.get(y);
      if (i === undefined)
        return r.missing.includes(y)
          ? h("td", { class: "au-missing" }, t("audit.matrix.notSubmitted"))
          : h("td", { class: "au-none" }, "");
      const c = countsOf(data.reports[i]!);
      const cls = c.errors ? "au-has-errors" : c.warnings ? "au-has-warnings" : "au-clean";
      return h(
        "td",
        { class: cls },
        h("a", { href: `#report-${i}` }, t("audit.matrix.cell", { errors: c.errors, warnings: c.warnings })),
        (r.others.get(y) ?? []).map((o) =>
          h("a", { href: `#report-${o}`, class: "au-other", title: data.reports[o]!.f }, t("audit.matrix.another")),
        ),
      );
    });
    const flagged = latest !== undefined && r.missing.includes(latest);
    return h(
      "tr",
      { class: flagged ? "au-row-missing" : null },
      h(
        "th",
        { scope: "row" },
        r.name,
        flagged ? h("span", { class: "au-flag" }, t("audit.matrix.missingLatest", { year: latest })) : null,
      ),
      cells,
      h("td", { class: "au-num" }, String(r.errors)),
      h("td", { class: "au-num" }, String(r.warnings)),
    );
  }

  function visible(r: AgencyRow, needle: string, mode: string): boolean {
    if (mode === "missing" && r.missing.length === 0) return false;
    if (mode === "errors" && r.errors === 0) return false;
    if (!needle) return true;
    if (r.name.toLowerCase().includes(needle)) return true;
    return [...r.reports.values()].some((i) => data.reports[i]!.f.toLowerCase().includes(needle));
  }

  function apply(): void {
    const needle = filter.value.trim().toLowerCase();
    let shown = 0;
    for (const [r, tr] of trs) {
      const on = visible(r, needle, show.value);
      tr.hidden = !on;
      if (on) shown++;
    }
    count.textContent = t("audit.matrix.count", { shown, total: rows.length });
  }

  function sortBy(column: number): void {
    const direction: Direction =
      sorted.column === column && sorted.direction === "ascending" ? "descending" : "ascending";
    sorted = { column, direction };
    const key = columns[column]!.key;
    const sign = direction === "ascending" ? 1 : -1;
    const order = [...rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return sign * d || collator.compare(a.name, b.name);
    });
    body.append(...order.map((r) => trs.get(r)!));
    heads.forEach((th, i) => th.setAttribute("aria-sort", i === column ? direction : "none"));
  }

  filter.addEventListener("input", apply);
  show.addEventListener("change", apply);
  sortBy(0);
  apply();

  return h(
    "section",
    { id: "matrix", class: "au-section", "aria-labelledby": "matrix-title" },
    h("h2", { id: "matrix-title" }, t("audit.nav.matrix")),
    h(
      "div",
      { class: "au-controls" },
      h("label", { for: "au-filter" }, t("audit.matrix.filter")),
      filter,
      h("label", { for: "au-show" }, t("audit.matrix.show")),
      show,
    ),
    count,
    h(
      "div",
      { class: "au-matrix-wrap" },
      h(
        "table",
        { class: "au-matrix" },
        h("caption", {}, t("audit.matrix.caption")),
        h("thead", {}, h("tr", {}, heads)),
        body,
      ),
    ),
  );
}
