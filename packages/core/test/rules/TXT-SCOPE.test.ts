import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "TXT-SCOPE";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("is silent when the scoped figure matches, or when no scope word qualifies it", () => {
    expect(
      findingsOf(buildYaml(withText("hongze2024", "受理政府信息公开申请 17 件", "受理政府信息公开申请 95 件")), CODE),
    ).toEqual([]);
    // A scope word after the figure does not qualify it: 淮安 "规章 1 件、市政府及市政府办政策性文件".
    expect(findingsOf(buildYaml(withText("huaian2024", "市政府规章 1 件", "市政府规章 2 件")), CODE)).toEqual([]);
  });

  it("reports 洪泽区 2024: 区政府办代表区政府受理 17 件 against 95 in table 三, as info", () => {
    const text = buildYaml(EXAMPLES.hongze2024);
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("info");
    expect(textAt(text, f!.range)).toBe("17");
    expect(f!.message).toBe(
      "正文「受理政府信息公开申请 17 件」写的是 17 件，表三「一、本年新收政府信息公开申请数量」「总计」为 95 件；句中有「代表区政府」，正文所述的统计范围可能与表格不同。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “受理政府信息公开申请 17 件” (17) and table 三, 「一、本年新收政府信息公开申请数量」 (new applications received this year), 「总计」 (total) is 95; the sentence says 「代表区政府」, so the text may count another body than the tables.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["95"]);
    // The figure may be right for the body it counts: no edit is offered.
    expect(f!.fix).toBeUndefined();
  });

  it("leaves table 四's 备案 figures of 宿迁 2024 to TXT-LEGAL", () => {
    expect(findingsOf(buildYaml(EXAMPLES.suqian2024), CODE)).toEqual([]);
  });

  it("treats 全市 in a department's report as a wider body", () => {
    const text = buildYaml({
      agency: "某市某局",
      year: 2023,
      overview: { 依申请公开: "全市共受理政府信息公开申请 40 件。" },
      t3: { 本年新收: [3, 0, 0, 0, 0, 0, 3] },
    });
    expect(findingsOf(text, CODE).map((f) => textAt(text, f.range))).toEqual(["40"]);
    expect(findingsOf(text, "TXT-APPS")).toEqual([]);
  });
});
