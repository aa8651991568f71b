import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("VAL-BLANK", () => {
  it("is silent when no cell holds a placeholder", () => {
    expect(findingsOf(buildYaml(), "VAL-BLANK")).toEqual([]);
  });

  it("flags each placeholder, says it is not read as 0, and counts them per table", () => {
    const text = buildYaml({ t4: { 行政复议: ['"/"', '"—"', "无", "不适用", 0] }, t2: { 行政许可: "N/A" } });
    const fs = findingsOf(text, "VAL-BLANK");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["N/A", '"/"', '"—"', "无", "不适用"]);
    expect(fs[0]!.severity).toBe("warning");
    expect(fs[0]!.message).toBe(
      "「行政许可」「本年处理决定数量」填的是「N/A」：占位符不按 0 读取，用到这一格的勾稽关系都无法核对。「二、主动公开政府信息情况」的表格共有 1 个这样的格子。如实际为 0，请填 0。",
    );
    expect(fs[1]!.message).toBe(
      "「行政复议」「结果维持」填的是「/」：占位符不按 0 读取，用到这一格的勾稽关系都无法核对。「四、政府信息公开行政复议、行政诉讼情况」的表格共有 4 个这样的格子。如实际为 0，请填 0。",
    );
    const en = findingsOf(text, "VAL-BLANK", { locale: "en" });
    expect(en[2]!.message).toBe(
      "「行政复议」 (administrative review), 「结果纠正」 (corrected) holds the placeholder 「—」: it is not read as 0, so no relation using this cell can be checked. The table of 「四、政府信息公开行政复议、行政诉讼情况」 (Administrative review and litigation) has 4 such cells. If the value is 0, write 0.",
    );
  });

  it("offers 0 as a fix, replacing only the cell", () => {
    const text = buildYaml({ t4: { 行政复议: ['"/"', 0, 0, 0, 0] } })
      .replace("行政复议: [", "行政复议: [ ")
      .replace('"/", 0, 0, 0, 0]', '"/", 0, 0, 0, 0] # 原表如此');
    const [f] = findingsOf(text, "VAL-BLANK");
    expect(f!.fix!.title).toBe("如实际为 0，改为 0");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("行政复议: [ 0, 0, 0, 0, 0] # 原表如此\n");
    expect(findingsOf(fixed, "VAL-BLANK")).toEqual([]);
  });
});
