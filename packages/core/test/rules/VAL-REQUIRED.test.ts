import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("VAL-REQUIRED", () => {
  it("is silent when every cell is filled", () => {
    expect(findingsOf(buildYaml(), "VAL-REQUIRED")).toEqual([]);
  });

  it("flags blank cells written as ~, '' and null", () => {
    const text = buildYaml({ t3: { 本年新收: ["~", "''", "null", 0, 0, 0, 0] } });
    const fs = findingsOf(text, "VAL-REQUIRED");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["~", "''", "null"]);
    expect(fs[0]!.severity).toBe("warning");
    expect(fs[0]!.message).toBe(
      "「一、本年新收政府信息公开申请数量」「自然人」是空的：表格每一格都要填写，没有就填 0。空格不按 0 读取，用到这一格的勾稽关系都无法核对。",
    );
    const [en] = findingsOf(text, "VAL-REQUIRED", { locale: "en" });
    expect(en!.message).toBe(
      "「一、本年新收政府信息公开申请数量」 (new applications received this year), 「自然人」 (natural persons) is blank: every cell of the table is filled, with 0 when there is nothing. A blank is not read as 0, so no relation using this cell can be checked.",
    );
    expect(en!.fix!.title).toBe("Write 0");
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    expect(fixed).toContain("本年新收: [0, 0, 0, 0, 0, 0, 0]");
    expect(findingsOf(fixed, "VAL-REQUIRED")).toEqual([]);
  });

  it("flags a table 二 cell written with no value, on its key, and fills 0 after the colon", () => {
    for (const [from, to] of [
      ["行政许可: 0", "行政许可:"],
      ["行政许可: 0", "行政许可: # 待补"],
    ] as const) {
      const text = buildYaml().replace(from, to);
      const [f] = findingsOf(text, "VAL-REQUIRED");
      expect(textAt(text, f!.range)).toBe("行政许可");
      expect(f!.message).toBe(
        "「行政许可」「本年处理决定数量」是空的：表格每一格都要填写，没有就填 0。空格不按 0 读取，用到这一格的勾稽关系都无法核对。",
      );
      expect(f!.fix!.title).toBe("填 0");
      const fixed = applyFix(text, f!);
      expect(fixed).toMatch(/\n {2}行政许可: 0( # 待补)?\n/u);
      expect(findingsOf(fixed, "VAL-REQUIRED")).toEqual([]);
    }
  });

  it("fills an empty column of a table 二 row", () => {
    const text = buildYaml().replace("规章: { 本年制发: 0,", "规章: { 本年制发: ,");
    const [f] = findingsOf(text, "VAL-REQUIRED");
    expect(textAt(text, f!.range)).toBe("本年制发");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("规章: { 本年制发: 0,");
    expect(findingsOf(fixed, "VAL-REQUIRED")).toEqual([]);
  });
});
