import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("VAL-NONNEG", () => {
  it("accepts zeros and positive numbers, and a negative 本年增/减 in the 2019 form", () => {
    expect(findingsOf(buildYaml({ t4: { 行政复议: [1, 0, 0, 0, 1] } }), "VAL-NONNEG")).toEqual([]);
    const old = buildYaml({
      format: 2019,
      year: 2020,
      t2: { 行政许可: { 上一年项目数量: 30, 本年增减: -3, 处理决定数量: 1 } },
    });
    expect(findingsOf(old, "VAL-NONNEG")).toEqual([]);
  });

  it("flags a negative count", () => {
    const text = buildYaml({ t4: { 复议后起诉: [0, 0, 0, -1, -1] } });
    const fs = findingsOf(text, "VAL-NONNEG");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["-1", "-1"]);
    expect(fs[0]!.severity).toBe("error");
    expect(fs[0]!.message).toBe("「行政诉讼·复议后起诉」「尚未审结」为负数 -1：件数和金额不能为负。");
    const [en] = findingsOf(text, "VAL-NONNEG", { locale: "en" });
    expect(en!.message).toBe(
      "「行政诉讼·复议后起诉」 (lawsuits after review), 「尚未审结」 (pending) is negative, -1: counts and amounts cannot be negative.",
    );
  });

  it("flags a negative fee and a negative full-width number", () => {
    const text = buildYaml({ t2: { 行政事业性收费: -0.5, 行政许可: "－３" } });
    const fs = findingsOf(text, "VAL-NONNEG");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["－３", "-0.5"]);
  });
});
