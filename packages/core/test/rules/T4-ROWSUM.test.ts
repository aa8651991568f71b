import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { cellRange, t4Row } from "@nianbao/test-support/tables";

describe("T4-ROWSUM", () => {
  it("accepts blocks whose 总计 is the sum of the four results", () => {
    const t4 = {
      行政复议: t4Row([376, 97, 196, 121]),
      未经复议直接起诉: t4Row([16, 1, 12, 27]),
      复议后起诉: t4Row([74, 1, 30, 51]),
    };
    expect(findingsOf(buildYaml({ t4 }), "T4-ROWSUM")).toEqual([]);
  });

  it("flags 洪泽区 2023: 行政复议 10 + 1 + 0 + 0 with a 总计 of 0, and 复议后起诉 5 + 0 + 0 + 0 with 0", () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 0], 复议后起诉: [5, 0, 0, 0, 0] } });
    const found = findingsOf(text, "T4-ROWSUM");
    expect(found.map((f) => f.paths[0])).toEqual(["litigation.review.4", "litigation.litigationAfterReview.4"]);
    const f = found[0]!;
    expect(f.code).toBe("T4-ROWSUM");
    expect(f.severity).toBe("error");
    expect(f.message).toBe(
      "表四「行政复议」：结果维持、结果纠正、其他结果、尚未审结之和为 10 + 1 + 0 + 0 = 11，但「总计」填写为 0。",
    );
    expect(f.range).toEqual(cellRange(text, "litigation.review.4"));
    expect(textAt(text, f.range)).toBe("0");
    expect(f.related.map((r) => textAt(text, r.range))).toEqual(["10", "1", "0", "0"]);
    expect(f.related[0]!.range).toEqual(cellRange(text, "litigation.review.0"));
    expect(f.related[0]!.message).toBe("加数：「行政复议」「结果维持」 = 10");
    expect(f.fix!.title).toBe("重新计算「行政复议」「总计」为 11");
    expect(f.fix!.edits).toEqual([{ range: f.range, newText: "11" }]);
    expect(found[1]!.message).toBe(
      "表四「行政诉讼·复议后起诉」：结果维持、结果纠正、其他结果、尚未审结之和为 5 + 0 + 0 + 0 = 5，但「总计」填写为 0。",
    );

    const en = findingsOf(text, "T4-ROWSUM", { locale: "en" });
    expect(en[0]!.message).toBe(
      "Table 四, 「行政复议」 (administrative review): upheld + corrected + other + pending = 10 + 1 + 0 + 0 = 11, but 总计 (total) is 0.",
    );
    expect(en[0]!.fix!.title).toBe("Recompute 「行政复议」 (administrative review), 「总计」 (total) as 11");
  });

  it("skips a block with a cell that is not assessable", () => {
    expect(findingsOf(buildYaml({ t4: { 行政复议: [10, '"/"', 0, 0, 0] } }), "T4-ROWSUM")).toEqual([]);
    expect(findingsOf(buildYaml({ t4: { 未经复议直接起诉: [2, 0, 1, 0, "''"] } }), "T4-ROWSUM")).toEqual([]);
  });
});
