// The charts across years, as inline SVG drawn with d3 (scales, stacks, axes): offline, printable,
// and within the page's CSP, since d3 sets attributes only (colours come from the stylesheet by
// class, never from a style attribute).

import { axisBottom, axisLeft } from "d3-axis";
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { line, stack } from "d3-shape";
import type { AuditData, ChartSpec } from "../src/output/audit/data.js";
import { h, type Words } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 12, bottom: 24, left: 48 };

type Row = Record<string, number> & { year: number };

/** Each year's sum of a chart's series over the given reports; a year where no report gives any figure is left out. */
function rowsOf(data: AuditData, years: readonly number[], reports: readonly number[], spec: ChartSpec): Row[] {
  const out: Row[] = [];
  for (const year of years) {
    const sums = spec.series.map(() => 0);
    let any = false;
    for (const i of reports) {
      const r = data.reports[i]!;
      if (r.y !== year) continue;
      spec.series.forEach((_, k) => {
        const v = r.st[spec.from + k];
        if (v !== null && v !== undefined) {
          sums[k] = (sums[k] ?? 0) + v;
          any = true;
        }
      });
    }
    if (!any) continue;
    const total = sums.reduce((a, b) => a + b, 0);
    const row = { year } as Row;
    sums.forEach((v, k) => (row[`s${k}`] = spec.kind === "share" ? (total ? (100 * v) / total : 0) : v));
    out.push(row);
  }
  return out;
}

function draw(spec: ChartSpec, rows: readonly Row[], t: Words, locale: string): SVGSVGElement {
  const svg = select(document.createElementNS(SVG, "svg"))
    .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
    .attr("class", "au-chart-svg")
    .attr("role", "img")
    .attr("aria-label", spec.title);
  const keys = spec.series.map((_, k) => `s${k}`);
  const x = scaleBand<number>()
    .domain(rows.map((r) => r.year))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const max = spec.kind === "share" ? 100 : Math.max(1, ...rows.map((r) => keys.reduce((a, k) => a + (r[k] ?? 0), 0)));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: spec.kind === "share" ? 1 : 2 });
  // Axis ticks short (1.2万, 1.2M) so that a province's totals fit the margin; titles keep every digit.
  const tick = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const unit = spec.kind === "share" ? "%" : "";
  svg
    .append("g")
    .attr("class", "au-axis")
    .attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(axisBottom(x).tickFormat((d) => t("audit.year", { year: d })));
  svg
    .append("g")
    .attr("class", "au-axis")
    .attr("transform", `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((d) => `${tick.format(Number(d))}${unit}`),
    );
  if (spec.kind === "line") {
    const path = line<Row>()
      .x((r) => x(r.year)! + x.bandwidth() / 2)
      .y((r) => y(r.s0 ?? 0));
    svg
      .append("path")
      .attr("class", "au-line au-s0")
      .attr("d", path([...rows]));
    const dots = svg
      .append("g")
      .selectAll("circle")
      .data(rows)
      .join("circle")
      .attr("class", "au-dot au-s0")
      .attr("r", 3)
      .attr("cx", (r) => x(r.year)! + x.bandwidth() / 2)
      .attr("cy", (r) => y(r.s0 ?? 0));
    dots
      .append("title")
      .text((r) => `${t("audit.year", { year: r.year })} ${spec.series[0]}: ${format.format(r.s0 ?? 0)}`);
    return svg.node()!;
  }
  const layers = stack<Row>().keys(keys)([...rows]);
  svg
    .append("g")
    .selectAll("g")
    .data(layers)
    .join("g")
    .attr("class", (_, k) => `au-s${k}`)
    .selectAll("rect")
    .data((layer) => layer.map((d) => ({ d, k: layers.indexOf(layer) })))
    .join("rect")
    .attr("x", ({ d }) => x(d.data.year)!)
    .attr("width", x.bandwidth())
    .attr("y", ({ d }) => y(d[1]))
    .attr("height", ({ d }) => Math.max(0, y(d[0]) - y(d[1])))
    .append("title")
    .text(
      ({ d, k }) =>
        `${t("audit.year", { year: d.data.year })} ${spec.series[k]}: ${format.format(d.data[`s${k}`] ?? 0)}${unit}`,
    );
  return svg.node()!;
}

/** The charts of the given reports (the whole folder, or one agency's years), one figure each. */
export function chartsFor(
  data: AuditData,
  years: readonly number[],
  reports: readonly number[],
  t: Words,
): HTMLElement {
  const figures = data.charts.map((spec) => {
    const rows = rowsOf(data, years, reports, spec);
    return h(
      "figure",
      { class: "au-chart", "data-chart": spec.id },
      h("figcaption", {}, spec.title),
      rows.length ? draw(spec, rows, t, data.locale) : h("p", { class: "au-empty" }, t("audit.chart.empty")),
      rows.length && spec.kind !== "line"
        ? h(
            "ul",
            { class: "au-legend" },
            spec.series.map((s, k) => h("li", {}, h("span", { class: `au-swatch au-s${k}` }), s)),
          )
        : null,
    );
  });
  return h("div", { class: "au-charts" }, figures);
}
