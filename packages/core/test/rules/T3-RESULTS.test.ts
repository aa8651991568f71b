import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { cellRange, consistentT3 } from "@nianbao/test-support/tables";

describe("T3-RESULTS", () => {
  it("accepts （七）总计 equal to the sum of the 21 result rows", () => {
    const t3 = consistentT3({
      results: {
        予以公开: [9, 0, 0, 0, 0, 0],
        属于三类内部事务信息: [1, 0, 0, 0, 0, 0],
        本机关不掌握相关政府信息: [4, 1, 0, 0, 0, 0],
        其他: [4, 0, 0, 0, 0, 0],
      },
      carriedIn: [2, 0, 0, 0, 0, 0],
    });
    expect(findingsOf(buildYaml({ t3 }), "T3-RESULTS")).toEqual([]);
  });

  it("flags （七）总计 that differs from the sum, with the non-zero addends and a fix", () => {
    const t3 = consistentT3({ results: { 予以公开: [9, 0, 0, 0, 0, 0], 属于四类过程性信息: [1, 0, 0, 0, 0, 0] } });
    t3["总计"] = [8, 0, 0, 0, 0, 0, 8];
    t3["本年新收"] = [8, 0, 0, 0, 0, 0, 8];
    const text = buildYaml({ t3 });
    const found = findingsOf(text, "T3-RESULTS");
    expect(found.map((f) => f.paths[0])).toEqual(["requests.total.0", "requests.total.6"]);
    const f = found[0]!;
    expect(f.code).toBe("T3-RESULTS");
    expect(f.message).toBe("表三「自然人」列：21 项办理结果之和为 10，但「（七）总计」填写为 8。");
    expect(f.range).toEqual(cellRange(text, "requests.total.0"));
    expect(textAt(text, f.range)).toBe("8");
    expect(f.related.map((r) => r.message)).toEqual([
      "加数：「（一）予以公开」「自然人」 = 9",
      "加数：「（三）不予公开 6.属于四类过程性信息」「自然人」 = 1",
    ]);
    expect(f.related.map((r) => r.range)).toEqual([
      cellRange(text, "requests.granted.0"),
      cellRange(text, "requests.processInformation.0"),
    ]);
    expect(f.fix!.title).toBe("重新计算「（七）总计」「自然人」为 10");
    expect(f.fix!.edits).toEqual([{ range: f.range, newText: "10" }]);

    const [en] = findingsOf(text, "T3-RESULTS", { locale: "en" });
    expect(en!.message).toBe(
      "Table 三, column 「自然人」 (natural persons): the 21 result rows add up to 10, but 「（七）总计」 (total concluded) is 8.",
    );
    expect(en!.related[0]!.message).toBe("Addend: 「（一）予以公开」 (disclosed), 「自然人」 (natural persons) = 9");
  });

  it("adds up the 2019 form's 19 result rows", () => {
    const t3 = consistentT3({ results: { 其他处理: [3, 0, 0, 0, 0, 0] } }, 2019);
    const text = buildYaml({ format: 2019, year: 2020, t3 });
    expect(findingsOf(text, "T3-RESULTS")).toEqual([]);
    const broken = buildYaml({
      format: 2019,
      year: 2020,
      t3: { ...t3, 总计: [4, 0, 0, 0, 0, 0, 4], 本年新收: [4, 0, 0, 0, 0, 0, 4] },
    });
    const [f] = findingsOf(broken, "T3-RESULTS");
    expect(f!.message).toBe("表三「自然人」列：19 项办理结果之和为 3，但「（七）总计」填写为 4。");
    expect(f!.related.map((r) => textAt(broken, r.range))).toEqual(["3"]);
    expect(f!.related[0]!.range).toEqual(cellRange(broken, "requests.otherHandling.0"));
  });

  it("lets 2019's single （六）其他处理 row stand for the three rows in a 2021 report", () => {
    const t3 = consistentT3({
      results: { 予以公开: [1, 0, 0, 0, 0, 0], 逾期不补正: [2, 0, 0, 0, 0, 0], 其他: [3, 0, 0, 0, 0, 0] },
    });
    const three = [
      "逾期不补正: [2, 0, 0, 0, 0, 0, 2]",
      "逾期未缴费: [0, 0, 0, 0, 0, 0, 0]",
      "其他: [3, 0, 0, 0, 0, 0, 3]",
    ];
    const full = buildYaml({ t3 });
    const block = `    其他处理:\n      ${three.join("\n      ")}\n`;
    expect(full).toContain(block);
    const single = full.replace(block, "    其他处理: [5, 0, 0, 0, 0, 0, 5]\n");
    expect(findingsOf(single, "T3-RESULTS")).toEqual([]);
    const wrong = single.replace("其他处理: [5, 0, 0, 0, 0, 0, 5]", "其他处理: [4, 0, 0, 0, 0, 0, 4]");
    const [f, g] = findingsOf(wrong, "T3-RESULTS");
    expect(f!.message).toBe("表三「自然人」列：19 项办理结果之和为 5，但「（七）总计」填写为 6。");
    expect(g!.paths[0]).toBe("requests.total.6");
    expect(f!.related.map((r) => textAt(wrong, r.range))).toEqual(["1", "4"]);
    expect(f!.related[1]!.range).toEqual(cellRange(wrong, "requests.otherHandling.0"));
  });

  it("skips a column with a result cell that is not assessable", () => {
    const t3: Record<string, (number | string)[]> = consistentT3({ results: { 予以公开: [2, 0, 0, 0, 0, 0] } });
    t3["重复申请"] = ['"/"', 0, 0, 0, 0, 0, 0];
    t3["总计"] = [5, 0, 0, 0, 0, 0, 5];
    const found = findingsOf(buildYaml({ t3 }), "T3-RESULTS");
    expect(found.map((f) => f.paths[0])).toEqual(["requests.total.6"]);
  });
});
