/** IMP-FLATTENED: digits glued into one run are cut only where the form's relations make the cut unique. */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asFlattened, asMarkdown } from "./fixtures/import/published.js";

const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") => importReport(text, { locale }).findings.filter((f) => f.code === "IMP-FLATTENED");
const values = (text: string, id: string) => importReport(text).report.requests[id as "new"]!.map((c) => c.value);

describe("IMP-FLATTENED", () => {
  it("says nothing for a table with its cells separated", () => {
    expect(of(asMarkdown({ t3: { new: [71, 3, 0, 0, 0, 0, 74], total: [71, 3, 0, 0, 0, 0, 74], granted: [71, 3, 0, 0, 0, 0, 74] } }))).toEqual([]);
  });

  it("cuts a row of table 三 by its total, and says so (平潭 2022: 713000074)", () => {
    const text = asFlattened({ t3: { new: [71, 3, 0, 0, 0, 0, 74], granted: [71, 3, 0, 0, 0, 0, 74], total: [71, 3, 0, 0, 0, 0, 74] } });
    const f = of(text).find((x) => x.path === "requests.new")!;
    expect(f).toMatchObject({ severity: "warning", messageId: "IMP-FLATTENED.byTotal" });
    expect(f.message).toBe("「一、本年新收政府信息公开申请数量」：来源第 2 行各格数字连写为「713000074」，在无前导零且各项之和等于总计的拆法中只有一种：71 3 0 0 0 0 74，请核对。");
    expect(of(text, "en").find((x) => x.path === "requests.new")!.message).toBe(
      "「一、本年新收政府信息公开申请数量」 (new applications received this year): line 2 of the source runs the cells together as “713000074”; of the cuts without leading zeros only one has its cells adding up to the total: 71 3 0 0 0 0 74. Please check.",
    );
    expect(sourceAt(text, f)).toMatch(/^713000074二、上年结转/u);
    expect(values(text, "new")).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(yamlLine(importReport(text).yaml, "本年新收")).toContain("# 导入：由连写数字「713000074」拆分得出，请核对");
  });

  it("settles rows with several cuts by the column sums of the whole table", () => {
    const t3 = { new: [11, 1, 0, 0, 0, 0, 12], carriedIn: [1, 0, 0, 0, 0, 0, 1], granted: [11, 1, 0, 0, 0, 0, 12], notHeld: [1, 0, 0, 0, 0, 0, 1], total: [12, 1, 0, 0, 0, 0, 13] };
    const text = asFlattened({ t3 });
    const settled = of(text).filter((x) => x.messageId === "IMP-FLATTENED.byColumns");
    expect(settled.map((x) => x.path)).toEqual(["requests.new", "requests.granted", "requests.total"]);
    expect(settled[0]!.message).toBe("「一、本年新收政府信息公开申请数量」：来源第 2 行各格数字连写为「111000012」，有 3 种拆法满足本行总计，按全表各栏的勾稽关系（（七）总计等于各办理结果之和，第一项加第二项等于第三项加第四项）确定为：11 1 0 0 0 0 12，请核对。");
    expect(values(text, "new")).toEqual(t3.new);
    expect(values(text, "granted")).toEqual(t3.granted);
    expect(values(text, "total")).toEqual(t3.total);
  });

  it("asks when table 二 has several cuts (平潭 2022: 行政规范性文件 8855698)", () => {
    const text = asFlattened({ t2: { normativeDocuments: [88, 55, 698] } });
    const f = of(text).find((x) => x.path === "proactive.normativeDocuments")!;
    expect(f.messageId).toBe("IMP-FLATTENED.ambiguous");
    expect(f.message).toBe("「行政规范性文件」：来源第 2 行各格数字连写为「8855698」，有 15 种拆法（如 8 8 55698；8 85 5698；8 855 698），无法确定，各格留空，请按原表填写。");
    expect(of(text, "en").find((x) => x.path === "proactive.normativeDocuments")!.message).toBe(
      "「行政规范性文件」 (normative documents): line 2 of the source runs the cells together as “8855698”, which can be cut in 15 ways (e.g. 8 8 55698；8 85 5698；8 855 698); the cells are left empty for you to fill in from the published table.",
    );
    expect(sourceAt(text, f)).toMatch(/^8855698行政许可0/u);
    expect(Object.values(importReport(text).report.proactive.normativeDocuments!).map((c) => c.status)).toEqual(["blank", "blank", "blank"]);
  });

  it("reports a run that no cut makes add up", () => {
    const text = asFlattened({ t3: { granted: [12, 3, 4, 5, 6, 7, 89] } });
    const f = of(text).find((x) => x.path === "requests.granted")!;
    expect(f.messageId).toBe("IMP-FLATTENED.none");
    expect(f.message).toBe("「（一）予以公开」：来源第 2 行各格数字连写为「123456789」，没有符合本行勾稽关系的拆法，各格留空，请按原表填写。");
    expect(of(text, "en").find((x) => x.path === "requests.granted")!.message).toBe(
      "「（一）予以公开」 (disclosed): line 2 of the source runs the cells together as “123456789”, and no cut fits the row's relation; the cells are left empty for you to fill in from the published table.",
    );
  });
});
