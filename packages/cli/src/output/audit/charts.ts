import { FORMS, type Cell, type FormDef, type Report, type Table3Node } from "@nianbao/core";
import type { Locale } from "@nianbao/core";
import { auditWord } from "../../messages/audit.js";
import type { ChartSpec } from "./data.js";

/**
 * The charts of the audit page (issue 14): applications received by applicant type, outcomes as
 * shares, 现行有效 规范性文件, review and litigation outcomes. Series are named with the printed
 * labels of the 2021 form (core's form definition); each report's figures are taken with its own form.
 */

interface Series {
  readonly label: string;
  /** The figure in one report, or null where the report does not give it as a number. */
  readonly value: (report: Report, form: FormDef) => number | null;
}

interface Chart {
  readonly id: string;
  readonly titleId: string;
  readonly titleArgs?: Readonly<Record<string, string>>;
  readonly kind: ChartSpec["kind"];
  readonly series: readonly Series[];
}

const number = (cell: Cell | undefined): number | null => (cell?.status === "number" ? cell.value : null);

/** A sum that stays null when no addend is a number: "not reported" is not 0. */
function sum(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
}

function leaves(node: Table3Node): Table3Node[] {
  return node.type === "row" ? [node] : node.children.flatMap(leaves);
}

/** The 办理结果 outcomes: the result group's children but 总计. */
function outcomes(form: FormDef): Table3Node[] {
  const results = form.table3.rows.find(
    (n) => n.type === "group" && n.children.some((c) => c.type === "row" && c.role === "total"),
  );
  return results?.type === "group" ? results.children.filter((c) => !(c.type === "row" && c.role === "total")) : [];
}

function charts(): readonly Chart[] {
  const form = FORMS[2021];
  const t3 = form.table3;
  const total = t3.columns.findIndex((c) => c.id === "total");
  const newRow = t3.rows.find((n) => n.type === "row" && n.role === "new")!;
  const t4 = form.table4;
  const outcomeColumns = t4.columns.filter((c) => c.id !== "total");
  const block = form.table2.blocks
    .flatMap((b) => b.rows.map((r) => ({ b, r })))
    .find((x) => x.r.id === "normativeDocuments")!;
  const valid = block.b.columns.find((c) => c.id === "valid")!;
  const review = t4.rows.find((r) => r.id === "review")!;
  const lawsuits = t4.rows.filter((r) => r.id !== "review");
  return [
    {
      id: "applications",
      titleId: "audit.chart.applications",
      titleArgs: { row: newRow.key },
      kind: "stack",
      series: t3.columns
        .filter((c) => c.id !== "total")
        .map((c, i) => ({ label: c.label, value: (r) => number(r.requests.new?.[i]) })),
    },
    {
      id: "outcomes",
      titleId: "audit.chart.outcomes",
      kind: "share",
      series: outcomes(form).map((node) => ({
        label: node.key,
        value: (r, f) => {
          const own = outcomes(f).find((n) => n.id === node.id);
          return own
            ? sum(leaves(own).map((l) => number(r.requests[l.id as keyof Report["requests"]]?.[total])))
            : null;
        },
      })),
    },
    {
      id: "normative",
      titleId: "audit.chart.normative",
      titleArgs: { row: block.r.label, column: valid.label },
      kind: "line",
      series: [{ label: valid.label, value: (r) => number(r.proactive.normativeDocuments?.valid) }],
    },
    {
      id: "review",
      titleId: "audit.chart.review",
      titleArgs: { row: t4.reviewHeader },
      kind: "stack",
      series: outcomeColumns.map((c) => ({
        label: c.label,
        value: (r) => number(r.litigation[review.id as keyof Report["litigation"]]?.[t4.columns.indexOf(c)]),
      })),
    },
    {
      id: "litigation",
      titleId: "audit.chart.litigation",
      titleArgs: { row: t4.litigationHeader },
      kind: "stack",
      series: outcomeColumns.map((c) => ({
        label: c.label,
        value: (r) =>
          sum(lawsuits.map((l) => number(r.litigation[l.id as keyof Report["litigation"]]?.[t4.columns.indexOf(c)]))),
      })),
    },
  ];
}

/** The charts as the page draws them, titled in the locale. */
export function chartSpecs(locale: Locale): ChartSpec[] {
  let from = 0;
  return charts().map((c) => {
    const spec: ChartSpec = {
      id: c.id,
      title: auditWord(c.titleId, c.titleArgs, locale),
      kind: c.kind,
      from,
      series: c.series.map((s) => s.label),
    };
    from += c.series.length;
    return spec;
  });
}

/** One report's figures for every chart series, in `chartSpecs` order. */
export function chartFigures(report: Report): (number | null)[] {
  const form = FORMS[report.format];
  return charts().flatMap((c) => c.series.map((s) => s.value(report, form)));
}
