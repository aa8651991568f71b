/** IMP-FLATTENED: digits glued into one run are cut only where the form's relations make the cut unique. */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asFlattened, asMarkdown } from "@nianbao/test-support/published";

const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  importReport(text, { locale }).findings.filter((f) => f.code === "IMP-FLATTENED");
const values = (text: string, id: string) => importReport(text).report.requests[id as "new"]!.map((c) => c.value);

describe("IMP-FLATTENED", () => {
  it("says nothing for a table with its cells separated", () => {
    expect(
      of(
        asMarkdown({
          t3: { new: [71, 3, 0, 0, 0, 0, 74], total: [71, 3, 0, 0, 0, 0, 74], granted: [71, 3, 0, 0, 0, 0, 74] },
        }),
      ),
    ).toEqual([]);
  });

  it("cuts a row of table 三 by its total, and says so (平潭 2022: 713000074)", () => {
    const text = asFlattened({
      t3: { new: [71, 3, 0, 0, 0, 0, 74], granted: [71, 3, 0, 0, 0, 0, 74], total: [71, 3, 0, 0, 0, 0, 74] },
    });
    const f = of(text).find((x) => x.path === "requests.new")!;
    expect(f).toMatchObject({ severity: "warning", messageId: "IMP-FLATTENED.byTotal" });
    expect(f.message).toBe(
      "「一、本年新收政府信息公开申请数量」：来源第 2 行各格数字连写为「713000074」，在无前导零且各项之和等于总计的拆法中只有一种：71 3 0 0 0 0 74，请核对。",
    );
    expect(of(text, "en").find((x) => x.path === "requests.new")!.message).toBe(
      "「一、本年新收政府信息公开申请数量」 (new applications received this year): line 2 of the source runs the cells together as “713000074”; of the cuts without leading zeros only one has its cells adding up to the total: 71 3 0 0 0 0 74. Please check.",
    );
    expect(sourceAt(text, f)).toMatch(/^713000074二、上年结转/u);
    expect(values(text, "new")).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(yamlLine(importReport(text).yaml, "本年新收")).toContain("# 导入：由连写数字「713000074」拆分得出，请核对");
  });

  it("settles rows with several cuts by the column sums of the whole table", () => {
    const t3 = {
      new: [11, 1, 0, 0, 0, 0, 12],
      carriedIn: [1, 0, 0, 0, 0, 0, 1],
      granted: [11, 1, 0, 0, 0, 0, 12],
      notHeld: [1, 0, 0, 0, 0, 0, 1],
      total: [12, 1, 0, 0, 0, 0, 13],
    };
    const text = asFlattened({ t3 });
    const settled = of(text).filter((x) => x.messageId === "IMP-FLATTENED.byColumns");
    expect(settled.map((x) => x.path)).toEqual(["requests.new", "requests.granted", "requests.total"]);
    expect(settled[0]!.message).toBe(
      "「一、本年新收政府信息公开申请数量」：来源第 2 行各格数字连写为「111000012」，有 3 种拆法满足本行总计，按全表各栏的勾稽关系（（七）总计等于各办理结果之和，第一项加第二项等于第三项加第四项）确定为：11 1 0 0 0 0 12，请核对。",
    );
    expect(values(text, "new")).toEqual(t3.new);
    expect(values(text, "granted")).toEqual(t3.granted);
    expect(values(text, "total")).toEqual(t3.total);
  });

  it("asks when table 二 has several cuts, with the likeliest first (平潭 2022: 行政规范性文件 8855698)", () => {
    const text = asFlattened({ t2: { normativeDocuments: [88, 55, 698] } });
    const f = of(text).find((x) => x.path === "proactive.normativeDocuments")!;
    expect(f.messageId).toBe("IMP-FLATTENED.ranked");
    expect(f.message).toBe(
      "「行政规范性文件」：来源第 2 行各格数字连写为「8855698」，有 15 种拆法，无法确定，各格留空；最可能的拆法依次为 [88, 55, 698]；[88, 556, 98]；[8, 855, 698]，请按原表填写。",
    );
    expect(of(text, "en").find((x) => x.path === "proactive.normativeDocuments")!.message).toBe(
      "「行政规范性文件」 (normative documents): line 2 of the source runs the cells together as “8855698”, which can be cut in 15 ways; the cells are left empty. The likeliest cuts, best first: [88, 55, 698]; [88, 556, 98]; [8, 855, 698]; fill the row in from the published table.",
    );
    expect(f.cuts).toEqual([
      [88, 55, 698],
      [88, 556, 98],
      [8, 855, 698],
    ]);
    expect(sourceAt(text, f)).toMatch(/^8855698行政许可0/u);
    expect(Object.values(importReport(text).report.proactive.normativeDocuments!).map((c) => c.status)).toEqual([
      "blank",
      "blank",
      "blank",
    ]);
    expect(yamlLine(importReport(text).yaml, "行政规范性文件")).toContain(
      "# 导入：连写数字「8855698」无法唯一拆分，请按原表填写；可能的拆分：[88, 55, 698]；[88, 556, 98]；[8, 855, 698]",
    );
  });

  it("leaves a run that no cut makes add up to IMP-INCONSISTENT", () => {
    const text = asFlattened({ t3: { granted: [12, 3, 4, 5, 6, 7, 89] } });
    expect(of(text).find((x) => x.path === "requests.granted")).toBeUndefined();
    expect(importReport(text).findings.find((x) => x.path === "requests.granted")!.code).toBe("IMP-INCONSISTENT");
  });
});
