import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { cellRange, consistentT3 } from "@nianbao/test-support/tables";

describe("T3-ROWTOTAL", () => {
  it("accepts rows whose 总计 is the sum of the six applicant columns", () => {
    const t3 = consistentT3({ results: { 予以公开: [12, 3, 0, 0, 1, 0] }, carriedOut: [2, 0, 0, 0, 0, 0] });
    expect(findingsOf(buildYaml({ t3 }), "T3-ROWTOTAL")).toEqual([]);
  });

  it("flags a 总计 that differs from the sum, on the total cell, with the addends and a fix", () => {
    const t3 = consistentT3({ results: { 予以公开: [12, 3, 0, 0, 1, 0] } });
    t3["予以公开"] = [12, 3, 0, 0, 1, 0, 0];
    const text = buildYaml({ t3 });
    const [f, ...rest] = findingsOf(text, "T3-ROWTOTAL");
    expect(rest).toEqual([]);
    expect(f!.code).toBe("T3-ROWTOTAL");
    expect(f!.severity).toBe("error");
    expect(f!.message).toBe(
      "表三「（一）予以公开」：申请人情况六栏之和为 12 + 3 + 0 + 0 + 1 + 0 = 16，但「总计」填写为 0。",
    );
    expect(f!.range).toEqual(cellRange(text, "requests.granted.6"));
    expect(textAt(text, f!.range)).toBe("0");
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["12", "3", "0", "0", "1", "0"]);
    expect(f!.related[0]!.range).toEqual(cellRange(text, "requests.granted.0"));
    expect(f!.related[0]!.message).toBe("加数：「（一）予以公开」「自然人」 = 12");
    expect(f!.fix!.title).toBe("重新计算「（一）予以公开」「总计」为 16");
    expect(f!.fix!.edits).toEqual([{ range: f!.range, newText: "16" }]);

    const [en] = findingsOf(text, "T3-ROWTOTAL", { locale: "en" });
    expect(en!.message).toBe(
      "Table 三, 「（一）予以公开」 (disclosed): the six columns of 申请人情况 add up to 12 + 3 + 0 + 0 + 1 + 0 = 16, but 「总计」 (total) is 0.",
    );
    expect(en!.fix!.title).toBe("Recompute 「（一）予以公开」 (disclosed), 「总计」 (total) as 16");
  });

  it("applying the fix leaves no row total finding and keeps the comment", () => {
    const t3 = consistentT3({ carriedIn: [1, 0, 0, 0, 0, 0], carriedOut: [1, 0, 0, 0, 0, 0] });
    t3["结转下年度"] = [1, 0, 0, 0, 0, 0, 7];
    const text = buildYaml({ t3 }).replace(
      "结转下年度: [1, 0, 0, 0, 0, 0, 7]",
      "结转下年度: [1, 0, 0, 0, 0, 0, 7] # 待核",
    );
    const [f] = findingsOf(text, "T3-ROWTOTAL");
    expect(textAt(text, f!.range)).toBe("7");
    const e = f!.fix!.edits[0]!;
    const fixed = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
    expect(fixed).toContain("结转下年度: [1, 0, 0, 0, 0, 0, 1] # 待核");
    expect(findingsOf(fixed, "T3-ROWTOTAL")).toEqual([]);
  });

  it("checks every row, including 一、二、（七）总计 and 四", () => {
    const t3 = consistentT3({
      results: { 重复申请: [1, 1, 0, 0, 0, 0] },
      carriedIn: [1, 0, 0, 0, 0, 0],
      carriedOut: [0, 1, 0, 0, 0, 0],
    });
    for (const key of ["本年新收", "上年结转", "总计", "结转下年度"])
      t3[key] = [...t3[key]!.slice(0, 6), t3[key]![6]! + 1];
    const text = buildYaml({ t3 });
    const found = findingsOf(text, "T3-ROWTOTAL").map((f) => f.paths[0]);
    expect(found.sort()).toEqual([
      "requests.carriedIn.6",
      "requests.carriedOut.6",
      "requests.new.6",
      "requests.total.6",
    ]);
  });

  it("handles counts in the millions exactly", () => {
    const t3 = consistentT3({ results: { 予以公开: [9_999_999, 1_000_001, 0, 0, 0, 0] } });
    expect(findingsOf(buildYaml({ t3 }), "T3-ROWTOTAL")).toEqual([]);
    t3["予以公开"]![6] = 11_000_001;
    const [f] = findingsOf(buildYaml({ t3 }), "T3-ROWTOTAL");
    expect(f!.message).toContain("= 11000000，但「总计」填写为 11000001");
  });

  it("skips a row with a cell that is not assessable rather than reading it as 0", () => {
    for (const odd of ['"/"', "''", '"两件"', "1.5"]) {
      const t3: Record<string, (number | string)[]> = consistentT3({ results: { 予以公开: [1, 0, 0, 0, 0, 0] } });
      t3["予以公开"] = [1, odd, 0, 0, 0, 0, 1];
      expect(findingsOf(buildYaml({ t3 }), "T3-ROWTOTAL"), odd).toEqual([]);
      t3["予以公开"] = [1, 0, 0, 0, 0, 0, odd];
      expect(findingsOf(buildYaml({ t3 }), "T3-ROWTOTAL"), odd).toEqual([]);
    }
  });

  it("checks the 2019 form's single （六）其他处理 row", () => {
    const t3 = consistentT3({ results: { 其他处理: [2, 0, 0, 0, 0, 0] } }, 2019);
    t3["其他处理"]![6] = 3;
    const text = buildYaml({ format: 2019, year: 2020, t3 });
    const [f] = findingsOf(text, "T3-ROWTOTAL");
    expect(f!.message).toBe(
      "表三「（六）其他处理」：申请人情况六栏之和为 2 + 0 + 0 + 0 + 0 + 0 = 2，但「总计」填写为 3。",
    );
    expect(f!.range).toEqual(cellRange(text, "requests.otherHandling.6"));
  });
});
