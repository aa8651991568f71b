// The overview: reports checked, with errors, with warnings; findings by rule (each linked to its
// reference further down); the most frequent errors with the reports they occur in; the charts
// of the whole folder across years; and the rules reference.

import type { AuditData } from "../src/output/audit/data.js";
import { chartsFor } from "./charts.js";
import { formatNumber, h, type Words } from "./dom.js";
import { countsOf } from "./model.js";

/** How many reports of a most frequent error are linked; the matrix finds the rest. */
const SAMPLE_REPORTS = 5;
const TOP_ERRORS = 10;

interface RuleTally {
  findings: number;
  reports: number[];
}

function tallies(data: AuditData): Map<string, RuleTally> {
  const byRule = new Map<string, RuleTally>();
  data.reports.forEach((r, i) => {
    for (const f of r.fs) {
      let tally = byRule.get(f.c);
      if (!tally) byRule.set(f.c, (tally = { findings: 0, reports: [] }));
      tally.findings++;
      if (tally.reports.at(-1) !== i) tally.reports.push(i);
    }
  });
  return byRule;
}

const ruleLink = (code: string) => h("a", { href: `#rule-${code}`, class: "au-code" }, code);

export function overviewView(data: AuditData, years: readonly number[], t: Words): HTMLElement {
  const n = (x: number) => formatNumber(x, data.locale);
  const counts = data.reports.map(countsOf);
  const total = counts.reduce((a, c) => ({ e: a.e + c.errors, w: a.w + c.warnings, i: a.i + c.infos }), {
    e: 0,
    w: 0,
    i: 0,
  });
  const figures: [string, number, string][] = [
    ["checked", data.reports.length, ""],
    ["withErrors", counts.filter((c) => c.errors).length, "au-error"],
    ["withWarnings", counts.filter((c) => c.warnings).length, "au-warning"],
    ["errors", total.e, "au-error"],
    ["warnings", total.w, "au-warning"],
    ["infos", total.i, ""],
  ];
  const byRule = tallies(data);
  const codes = [...byRule.keys()].sort();
  const ruleRows = codes.map((code) => {
    const rule = data.rules[code];
    const tally = byRule.get(code)!;
    return h(
      "tr",
      {},
      h("td", {}, ruleLink(code)),
      h("td", {}, rule ? t(`audit.severity.${rule.severity}`) : ""),
      h("td", {}, rule?.title ?? ""),
      h("td", { class: "au-num" }, n(tally.findings)),
      h("td", { class: "au-num" }, n(tally.reports.length)),
    );
  });
  const errorCodes = codes
    .filter((c) => data.reports.some((r) => r.fs.some((f) => f.c === c && f.s === "error")))
    .map((c) => ({
      c,
      reports: byRule.get(c)!.reports.filter((i) => data.reports[i]!.fs.some((f) => f.c === c && f.s === "error")),
    }))
    .sort((a, b) => b.reports.length - a.reports.length || (a.c < b.c ? -1 : 1))
    .slice(0, TOP_ERRORS);
  const unplaced = data.reports.flatMap((r, i) => (r.y === null ? [i] : []));

  return h(
    "section",
    { id: "overview", class: "au-section", "aria-labelledby": "overview-title" },
    h("h2", { id: "overview-title" }, t("audit.nav.overview")),
    h(
      "dl",
      { class: "au-figures" },
      figures.map(([id, value, cls]) =>
        h("div", { class: `au-figure ${cls}`.trim() }, h("dt", {}, t(`audit.overview.${id}`)), h("dd", {}, n(value))),
      ),
    ),
    h("h3", {}, t("audit.overview.byRule")),
    codes.length
      ? h(
          "table",
          { class: "au-list", id: "au-by-rule" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["rule", "severity", "title", "findings", "reports"].map((c) =>
                h("th", { scope: "col" }, t(`audit.col.${c}`)),
              ),
            ),
          ),
          h("tbody", {}, ruleRows),
        )
      : h("p", {}, t("audit.overview.none")),
    errorCodes.length ? h("h3", {}, t("audit.overview.topErrors")) : null,
    errorCodes.length
      ? h(
          "ol",
          { class: "au-top-errors" },
          errorCodes.map(({ c, reports }) =>
            h(
              "li",
              {},
              ruleLink(c),
              " ",
              data.rules[c]?.title ?? "",
              " — ",
              t("audit.overview.inReports", { n: n(reports.length) }),
              " ",
              h(
                "span",
                { class: "au-samples" },
                reports.slice(0, SAMPLE_REPORTS).map((i) => {
                  const r = data.reports[i]!;
                  return h("a", { href: `#report-${i}` }, `${r.a ?? r.f}${r.y === null ? "" : ` ${r.y}`}`);
                }),
              ),
            ),
          ),
        )
      : null,
    unplaced.length ? h("h3", {}, t("audit.overview.unplaced")) : null,
    unplaced.length
      ? h(
          "ul",
          { class: "au-unplaced" },
          unplaced.map((i) => h("li", {}, h("a", { href: `#report-${i}` }, data.reports[i]!.f))),
        )
      : null,
    h("h3", {}, t("audit.overview.charts")),
    chartsFor(
      data,
      years,
      data.reports.map((_, i) => i),
      t,
    ),
  );
}

/** The reference of every rule that fired, each with its anchor (`#rule-CODE`). */
export function rulesView(data: AuditData, t: Words): HTMLElement {
  return h(
    "section",
    { id: "rules", class: "au-section", "aria-labelledby": "rules-title" },
    h("h2", { id: "rules-title" }, t("audit.nav.rules")),
    h("p", {}, t("audit.rules.intro")),
    h(
      "dl",
      { class: "au-rules" },
      Object.entries(data.rules)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([code, rule]) =>
          h(
            "div",
            { id: `rule-${code}`, class: "au-rule" },
            h(
              "dt",
              {},
              h("span", { class: "au-code" }, code),
              ` ${rule.title}`,
              h("span", { class: `au-sev au-sev-${rule.severity}` }, t(`audit.severity.${rule.severity}`)),
            ),
            h("dd", {}, rule.summary),
          ),
        ),
    ),
  );
}
