import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("VAL-INTEGER", () => {
  it("accepts whole counts and a decimal fee in 万元", () => {
    expect(
      findingsOf(buildYaml({ t2: { 行政事业性收费: 7730.281234 }, t4: { 行政复议: [1, 0, 0, 0, 1] } }), "VAL-INTEGER"),
    ).toEqual([]);
    expect(findingsOf(buildYaml({ t4: { 行政复议: ["1.0", 0, 0, 0, 1] } }), "VAL-INTEGER")).toEqual([]);
  });

  it("flags a fraction in a count cell", () => {
    const text = buildYaml({ t3: { 本年新收: [1.5, 0, 0, 0, 0, 0, 1.5] } });
    const fs = findingsOf(text, "VAL-INTEGER");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["1.5", "1.5"]);
    expect(fs[0]!.severity).toBe("error");
    expect(fs[0]!.message).toBe("「一、本年新收政府信息公开申请数量」「自然人」是件数，应为整数，写的是 1.5。");
    const [en] = findingsOf(text, "VAL-INTEGER", { locale: "en" });
    expect(en!.message).toBe(
      "「一、本年新收政府信息公开申请数量」 (new applications received this year), 「自然人」 (natural persons) is a count and should be a whole number; it reads 1.5.",
    );
  });

  it("checks 2019's signed 本年增/减 for whole numbers too", () => {
    const text = buildYaml({
      format: 2019,
      year: 2020,
      t2: { 行政许可: { 上一年项目数量: 3, 本年增减: -0.5, 处理决定数量: 1 } },
    });
    const [f] = findingsOf(text, "VAL-INTEGER");
    expect(textAt(text, f!.range)).toBe("-0.5");
  });

  it("flags a count too large to add exactly", () => {
    const text = buildYaml({ t4: { 行政复议: ["12345678901234567890", 0, 0, 0, 0] } });
    const [f] = findingsOf(text, "VAL-INTEGER");
    expect(textAt(text, f!.range)).toBe("12345678901234567890");
    expect(f!.message).toBe(
      "「行政复议」「结果维持」的数值 12345678901234567890 过大，不是可信的件数，也无法精确相加。",
    );
  });
});
