import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "TXT-APPS";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts the real application figures of 淮安 2024, 宿迁 2023 (一 + 二), 平潭 2022 and 沭阳 2025", () => {
    for (const name of ["huaian2024", "suqian2023", "pingtan2022", "shuyang2025", "kewei2024"] as const)
      expect(findingsOf(buildYaml(EXAMPLES[name]), CODE)).toEqual([]);
  });

  it("reports 答复 X 件 that differs from （七）总计, at the figure, with the cell and a fix", () => {
    const text = buildYaml(withText("huaian2024", "答复 3050 件", "答复 3051 件"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("3051");
    expect(f!.message).toBe("正文「答复 3051 件」写的是 3051 件，但表三「（七）总计」「总计」为 3050 件。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “答复 3051 件” (3051), but table 三, 「（七）总计」 (total concluded), 「总计」 (total) is 3050.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["3050"]);
    expect(f!.fix!.title).toBe("将正文中的 3051 改为表格数值 3050");
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["3051", "3050"]]);
  });

  it("names both readings of 收到/受理 when neither 一 nor 一 + 二 matches (宿迁 2023 wording)", () => {
    const text = buildYaml(withText("suqian2023", "申请案件3607件", "申请案件3608件"));
    const [f] = findingsOf(text, CODE);
    expect(textAt(text, f!.range)).toBe("3608");
    expect(f!.message).toBe(
      "正文「收办政府信息公开申请案件3608件」写的是 3608 件，但表三「一、本年新收政府信息公开申请数量」「总计」为 3511 件，表三「一、本年新收政府信息公开申请数量」「总计」 + 「二、上年结转政府信息公开申请数量」「总计」为 3607 件，都对不上。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “收办政府信息公开申请案件3608件” (3608), but table 三, 「一、本年新收政府信息公开申请数量」 (new applications received this year), 「总计」 (total) is 3511 and table 三, 「一、本年新收政府信息公开申请数量」 (new applications received this year), 「总计」 (total) + 「二、上年结转政府信息公开申请数量」 (applications carried over from last year), 「总计」 (total) is 3607.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["3511", "96"]);
    // Which reading was meant is open, so no value is offered.
    expect(f!.fix).toBeUndefined();
  });

  it("compares 自然人 X 件 with the natural-person column of the sentence's row (平潭 2022)", () => {
    const text = buildYaml(withText("pingtan2022", "涉及自然人72件", "涉及自然人73件"));
    const [f] = findingsOf(text, CODE);
    expect(textAt(text, f!.range)).toBe("73");
    expect(f!.message).toBe(
      "正文「自然人73件」写的是 73 件，但表三「一、本年新收政府信息公开申请数量」「自然人」为 71 件，表三「一、本年新收政府信息公开申请数量」「自然人」 + 「二、上年结转政府信息公开申请数量」「自然人」为 72 件，都对不上。",
    );
  });

  it("reads 上年结转 as 二 and 顺延到下年度 as 四, even inside parentheses (淮安 2024)", () => {
    const carriedIn = buildYaml(withText("huaian2024", "上年度结转申请 34 件", "上年度结转申请 35 件"));
    expect(findingsOf(carriedIn, CODE).map((f) => [textAt(carriedIn, f.range), f.message])).toEqual([
      ["35", "正文「上年度结转申请 35 件」写的是 35 件，但表三「二、上年结转政府信息公开申请数量」「总计」为 34 件。"],
    ]);
    const carriedOut = buildYaml(withText("huaian2024", "另有 103 件顺延", "另有 104 件顺延"));
    expect(findingsOf(carriedOut, CODE).map((f) => [textAt(carriedOut, f.range), f.message])).toEqual([
      ["104", "正文「104 件顺延到下年度」写的是 104 件，但表三「四、结转下年度继续办理」「总计」为 103 件。"],
    ]);
  });

  it("does not compare figures it cannot tie to a cell", () => {
    // "市政府349件" (a sub-unit), "共办理 718 件" (办理 is not 办结), "近 300 件" (approximate).
    const text = buildYaml({
      ...EXAMPLES.suqian2023,
      overview: {
        依申请公开: "全市共收办政府信息公开申请案件3607件（市政府349件），共办理 718 件，另有近 300 件正在研判。",
      },
    });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("leaves a sentence dated another year alone", () => {
    const text = buildYaml({
      ...EXAMPLES.huaian2024,
      overview: { 依申请公开: "较2023年，全市共受理政府信息公开申请 2000 件。" },
    });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("leaves a mismatch whose sentence names another body to TXT-SCOPE (洪泽区 2024)", () => {
    expect(findingsOf(buildYaml(EXAMPLES.hongze2024), CODE)).toEqual([]);
  });
});
