import { describe, expect, it } from "vitest";
import {
  derivedTotals,
  FORMS,
  readReport,
  recomputeTotalsEdits,
  table3ResultRowIds,
  table3RowIds,
} from "../src/index.js";
import { buildYaml, findingsOf } from "@nianbao/test-support/build";

const apply = (text: string, edits: readonly { range: { start: number; end: number }; newText: string }[]) =>
  [...edits]
    .sort((a, b) => b.range.start - a.range.start)
    .reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);

const ARITHMETIC = ["T3-IDENTITY", "T3-RESULTS", "T3-ROWTOTAL", "T3-ZERO-PROPAGATION", "T4-ROWSUM"];

describe("derived totals", () => {
  it("lists the result rows of each form and the other form's （六） when a report carries it", () => {
    const r2021 = readReport(buildYaml());
    expect(table3ResultRowIds(FORMS[2021], r2021.report.requests)).toHaveLength(21);
    expect(table3RowIds(FORMS[2021], r2021.report.requests)).toHaveLength(25);
    const r2019 = readReport(buildYaml({ format: 2019, year: 2020 }));
    expect(table3ResultRowIds(FORMS[2019], r2019.report.requests)).toHaveLength(19);
    expect(table3RowIds(FORMS[2019], r2019.report.requests)).toHaveLength(23);
    const mixed = readReport(
      buildYaml().replace(/ {4}其他处理:\n( {6}.*\n){3}/, "    其他处理: [1, 0, 0, 0, 0, 0, 1]\n"),
    );
    const ids = table3ResultRowIds(FORMS[2021], mixed.report.requests);
    expect(ids).toHaveLength(19);
    expect(ids.at(-1)).toBe("otherHandling");
    const single = / {4}其他处理: (\[.*\])\n/;
    const back = readReport(
      buildYaml({ format: 2019, year: 2020, t3: { 本年新收: [1, 0, 0, 0, 0, 0, 1] } }).replace(
        single,
        "    其他处理:\n      逾期不补正: [1, 0, 0, 0, 0, 0, 1]\n      逾期未缴费: [0, 0, 0, 0, 0, 0, 0]\n      其他: [0, 0, 0, 0, 0, 0, 0]\n",
      ),
    );
    expect(table3ResultRowIds(FORMS[2019], back.report.requests).slice(-3)).toEqual([
      "noCorrection",
      "feeUnpaid",
      "otherReason",
    ]);
    expect(findingsOf(back.text, "T3-RESULTS").map((f) => f.message)).toEqual([
      "表三「自然人」列：21 项办理结果之和为 1，但「（七）总计」填写为 0。",
      "表三「总计」列：21 项办理结果之和为 1，但「（七）总计」填写为 0。",
    ]);
  });

  it("computes every total bottom-up, in the millions, never reading '/' as 0", () => {
    const text = buildYaml({
      t3: {
        本年新收: [6_000_000, 5_000_000, 0, 0, 0, 0, 0],
        予以公开: [5_999_999, 5_000_000, 0, 0, 0, 0, 0],
        重复申请: [1, '"/"', 0, 0, 0, 0, 0],
        结转下年度: [0, 0, 0, 0, 0, 0, 0],
      },
      t4: { 行政复议: [1, 2, 3, 4, 0] },
    });
    const { report, form } = readReport(text);
    const byPath = new Map(derivedTotals(form, report).map((d) => [d.path, d.value]));
    expect(byPath.get("requests.new.6")).toBe(11_000_000);
    expect(byPath.get("requests.granted.6")).toBe(10_999_999);
    expect(byPath.get("requests.repeated.6")).toBeNull();
    expect(byPath.get("requests.total.0")).toBe(6_000_000);
    expect(byPath.get("requests.total.1")).toBeNull();
    // （七）总计's 总计 falls back to the written （七） cell where a column cannot be added up.
    expect(byPath.get("requests.total.6")).toBe(6_000_000);
    expect(byPath.get("litigation.review.4")).toBe(10);
    expect(byPath.has("requests.total.7")).toBe(false);
  });

  it("recompute-all edits yield a report without arithmetic findings, keeping comments", () => {
    const text = buildYaml({
      t3: {
        本年新收: [3, 1, 0, 0, 0, 0, 0],
        予以公开: [2, 1, 0, 0, 0, 0, 0],
        本机关不掌握相关政府信息: [1, 0, 0, 0, 0, 0, 9],
        总计: [0, 0, 0, 0, 0, 0, 0],
      },
      t4: { 复议后起诉: [5, 0, 0, 0, 0] },
    }).replace("  本年新收: [3, 1, 0, 0, 0, 0, 0]", "  本年新收: [3, 1, 0, 0, 0, 0, 0]  # 含网上申请");
    expect(ARITHMETIC.some((c) => findingsOf(text, c).length > 0)).toBe(true);
    const { report, form, sourceMap } = readReport(text);
    const edits = recomputeTotalsEdits(form, report, sourceMap);
    const fixed = apply(text, edits);
    expect(fixed).toContain("本年新收: [3, 1, 0, 0, 0, 0, 4]  # 含网上申请");
    expect(fixed).toContain("总计: [3, 1, 0, 0, 0, 0, 4]");
    expect(fixed).toContain("复议后起诉: [5, 0, 0, 0, 5]");
    for (const code of ARITHMETIC) expect(findingsOf(fixed, code), code).toEqual([]);
    expect(recomputeTotalsEdits(readReport(fixed).form, readReport(fixed).report, readReport(fixed).sourceMap)).toEqual(
      [],
    );
  });
});
