import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { cellRange, consistentT3 } from "@nianbao/test-support/tables";

const table3Findings = (text: string) =>
  parseReport(text)
    .findings.filter((f) => f.code.startsWith("T3-"))
    .map((f) => `${f.code} ${f.paths[0]}`)
    .sort();

describe("T3-ZERO-PROPAGATION", () => {
  it("accepts zero columns and rows that are zero throughout", () => {
    const t3 = consistentT3({ results: { 予以公开: [0, 3, 0, 0, 0, 0] } });
    expect(findingsOf(buildYaml({ t3 }), "T3-ZERO-PROPAGATION")).toEqual([]);
    expect(findingsOf(buildYaml(), "T3-ZERO-PROPAGATION")).toEqual([]);
  });

  it("names a stray number in a column whose 一 and 二 are 0, and reports it once", () => {
    const t3 = consistentT3({ results: { 予以公开: [4, 0, 0, 0, 0, 0] } });
    t3["属于国家秘密"] = [0, 2, 0, 0, 0, 0, 2];
    const text = buildYaml({ t3 });
    const found = findingsOf(text, "T3-ZERO-PROPAGATION");
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.code).toBe("T3-ZERO-PROPAGATION");
    expect(f.severity).toBe("error");
    expect(f.message).toBe(
      "表三「商业企业」列：「一、本年新收政府信息公开申请数量」与「二、上年结转政府信息公开申请数量」均为 0，本列没有需要办理的申请，但「（三）不予公开 1.属于国家秘密」填写为 2。本列各行都应为 0。",
    );
    expect(f.range).toEqual(cellRange(text, "requests.stateSecret.1"));
    expect(textAt(text, f.range)).toBe("2");
    expect(f.related.map((r) => r.range)).toEqual([
      cellRange(text, "requests.new.1"),
      cellRange(text, "requests.carriedIn.1"),
    ]);
    expect(f.related[0]!.message).toBe("为 0 的依据：「一、本年新收政府信息公开申请数量」「商业企业」 = 0");
    const [en] = findingsOf(text, "T3-ZERO-PROPAGATION", { locale: "en" });
    expect(en!.message).toBe(
      "Table 三, column 「商业企业」 (businesses): 「一、本年新收政府信息公开申请数量」 (new applications received this year) and 「二、上年结转政府信息公开申请数量」 (applications carried over from last year) are both 0, so this column has no application to handle, but 「（三）不予公开 1.属于国家秘密」 (state secret) is 2. Every row of this column must be 0.",
    );
    expect(en!.related[0]!.message).toBe(
      "Why it must be 0: 「一、本年新收政府信息公开申请数量」 (new applications received this year), 「商业企业」 (businesses) = 0",
    );
    // T3-RESULTS says the same thing twice (（七）总计 商业企业 0 ≠ 2 and 总计 4 ≠ 6) with fixes that
    // would copy the stray 2 into the totals: both withheld.
    expect(table3Findings(text)).toEqual(["T3-ZERO-PROPAGATION requests.stateSecret.1"]);
  });

  it("withholds the row total a stray number breaks, but not one that is wrong besides", () => {
    const t3 = consistentT3({ results: { 予以公开: [4, 0, 0, 0, 0, 0] } });
    t3["重复申请"] = [0, 2, 0, 0, 0, 0, 0];
    expect(table3Findings(buildYaml({ t3 }))).toEqual(["T3-ZERO-PROPAGATION requests.repeated.1"]);
    t3["重复申请"] = [0, 2, 0, 0, 0, 0, 5];
    expect(table3Findings(buildYaml({ t3 }))).toEqual([
      "T3-RESULTS requests.total.6",
      "T3-ROWTOTAL requests.repeated.6",
      "T3-ZERO-PROPAGATION requests.repeated.1",
    ]);
    // A stray number carried into （七）总计 as well: each stray cell once, nothing else.
    t3["重复申请"] = [0, 2, 0, 0, 0, 0, 2];
    t3["总计"] = [4, 2, 0, 0, 0, 0, 6];
    expect(table3Findings(buildYaml({ t3 }))).toEqual([
      "T3-ZERO-PROPAGATION requests.repeated.1",
      "T3-ZERO-PROPAGATION requests.total.1",
    ]);
  });

  it("reports every non-zero cell of a report with no application, each once", () => {
    const t3 = consistentT3({});
    t3["予以公开"] = [1, 0, 0, 0, 0, 0, 1];
    t3["总计"] = [1, 0, 0, 0, 0, 0, 1];
    const text = buildYaml({ t3 });
    expect(table3Findings(text)).toEqual([
      "T3-ZERO-PROPAGATION requests.granted.0",
      "T3-ZERO-PROPAGATION requests.granted.6",
      "T3-ZERO-PROPAGATION requests.total.0",
      "T3-ZERO-PROPAGATION requests.total.6",
    ]);
  });

  it("stays silent while 一 or 二 does not add up itself: its 0 may be a forgotten total", () => {
    const t3 = consistentT3({ results: { 予以公开: [3, 0, 0, 0, 0, 0] } });
    t3["本年新收"] = [3, 0, 0, 0, 0, 0, 0];
    const text = buildYaml({ t3 });
    expect(findingsOf(text, "T3-ZERO-PROPAGATION")).toEqual([]);
    expect(table3Findings(text)).toEqual(["T3-IDENTITY requests.total.6", "T3-ROWTOTAL requests.new.6"]);
  });

  it("says a 0 total is wrong next to a positive cell where the row cannot be added up", () => {
    const t3: Record<string, (number | string)[]> = consistentT3({ results: { 予以公开: [3, 1, 0, 0, 0, 0] } });
    t3["予以公开"] = [3, '"/"', 0, 0, 0, 0, 0];
    const text = buildYaml({ t3 });
    const found = findingsOf(text, "T3-ZERO-PROPAGATION");
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.message).toBe(
      "表三「（一）予以公开」：「总计」为 0，但「自然人」填写为 3。总计为 0 时本行各栏都应为 0（本行有无法计算的单元格，无法核对合计）。",
    );
    expect(f.range).toEqual(cellRange(text, "requests.granted.0"));
    expect(textAt(text, f.range)).toBe("3");
    expect(f.related.map((r) => textAt(text, r.range))).toEqual(["0"]);
    expect(f.related[0]!.range).toEqual(cellRange(text, "requests.granted.6"));
    const [en] = findingsOf(text, "T3-ZERO-PROPAGATION", { locale: "en" });
    expect(en!.message).toBe(
      "Table 三, 「（一）予以公开」 (disclosed): 「总计」 (total) is 0, but 「自然人」 (natural persons) is 3. When a row's total is 0 each of its cells is 0 (another cell of this row cannot be counted, so the row's sum cannot be checked).",
    );
    // Where the row adds up, T3-ROWTOTAL says it with a fix instead.
    t3["予以公开"] = [3, 1, 0, 0, 0, 0, 0];
    expect(findingsOf(buildYaml({ t3 }), "T3-ZERO-PROPAGATION")).toEqual([]);
  });

  it("never treats a blank in 一 or 二 as 0", () => {
    const t3: Record<string, (number | string)[]> = consistentT3({ results: { 予以公开: [0, 2, 0, 0, 0, 0] } });
    t3["本年新收"] = [0, "''", 0, 0, 0, 0, 2];
    expect(findingsOf(buildYaml({ t3 }), "T3-ZERO-PROPAGATION")).toEqual([]);
  });
});
