import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "TXT-LEGAL";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts the real review and litigation figures of 淮安 2024, 平潭 2022/2023 and 上海科委 2024", () => {
    for (const name of ["huaian2024", "pingtan2022", "pingtan2023", "kewei2024"] as const)
      expect(findingsOf(buildYaml(EXAMPLES[name]), CODE)).toEqual([]);
  });

  it("reports 行政诉讼 X 件 that differs from 直接起诉 + 复议后起诉", () => {
    const text = buildYaml(withText("huaian2024", "行政诉讼 46 件", "行政诉讼 47 件"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("47");
    expect(f!.message).toBe(
      "正文「行政诉讼 47 件」写的是 47 件，但表四「行政诉讼·未经复议直接起诉」「总计」 + 「行政诉讼·复议后起诉」「总计」为 46 件。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “行政诉讼 47 件” (47), but table 四, 「行政诉讼·未经复议直接起诉」 (lawsuits without prior review), 「总计」 (total) + 「行政诉讼·复议后起诉」 (lawsuits after review), 「总计」 (total) is 46.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["26", "20"]);
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["47", "46"]]);
  });

  it("reads 结果维持/纠正/其他结果/尚未审结 after 行政复议 as that block's columns", () => {
    const text = buildYaml(withText("huaian2024", "结果纠正 64 件", "结果纠正 65 件"));
    const [f] = findingsOf(text, CODE);
    expect(textAt(text, f!.range)).toBe("65");
    expect(f!.message).toBe("正文「结果纠正 65 件」写的是 65 件，但表四「行政复议」「结果纠正」为 64 件。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “结果纠正 65 件” (65), but table 四, 「行政复议」 (administrative review), 「结果纠正」 (corrected) is 64.",
    );
  });

  it("does not read 结果维持 without a 复议 or 诉讼 named before it in the sentence", () => {
    const text = buildYaml({ ...EXAMPLES.huaian2024, overview: { 依申请公开: "其中结果维持 1 件。" } });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("reports the 备案 figures of 宿迁 2024 as info, naming the scope word (RULES.md: scope words downgrade)", () => {
    const text = buildYaml(EXAMPLES.suqian2024);
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [f.severity, textAt(text, f.range), f.message])).toEqual([
      [
        "info",
        "134",
        "正文「行政复议案件134件」写的是 134 件，表四「行政复议」「总计」为 170 件；句中有「备案」，正文可能按另一口径统计，请核对并在正文写明口径。",
      ],
      [
        "info",
        "57",
        "正文「行政诉讼案件57件」写的是 57 件，表四「行政诉讼·未经复议直接起诉」「总计」 + 「行政诉讼·复议后起诉」「总计」为 77 件；句中有「备案」，正文可能按另一口径统计，请核对并在正文写明口径。",
      ],
    ]);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
    const en = findingsOf(text, CODE, { locale: "en" });
    expect(en[0]!.message).toContain("the sentence says 「备案」");
    expect(findingsOf(text, "TXT-SCOPE")).toEqual([]);
  });
});
