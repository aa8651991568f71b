import { describe, expect, it } from "vitest";
import { readReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("STR-ROW-LABELS", () => {
  it("accepts the form's labels, and its printed labels with ordinals", () => {
    expect(findingsOf(buildYaml(), "STR-ROW-LABELS")).toEqual([]);
    const printed = buildYaml()
      .replace("      其他法律行政法规禁止公开:", "      2.其他法律行政法规禁止公开:")
      .replace("  本年新收:", "  一、本年新收政府信息公开申请数量:");
    expect(findingsOf(printed, "STR-ROW-LABELS")).toEqual([]);
  });

  it("reads 洪泽区's 「2.其他法律行政止公开」 as the intended row, flags it and fixes it", () => {
    const text = buildYaml({ t3: { 其他法律行政法规禁止公开: [1, 0, 0, 0, 0, 0, 1] } }).replace(
      "      其他法律行政法规禁止公开:",
      "      2.其他法律行政止公开:",
    );
    const [f, ...rest] = findingsOf(text, "STR-ROW-LABELS");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("2.其他法律行政止公开");
    expect(f!.message).toBe(
      "「（三）不予公开」中的标签「2.其他法律行政止公开」与格式不一致，应为「其他法律行政法规禁止公开」；已按「其他法律行政法规禁止公开」读取。",
    );
    expect(f!.fix!.title).toBe("改为「其他法律行政法规禁止公开」");
    expect(readReport(text).report.requests.prohibitedByLaw?.[0]?.value).toBe(1);
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("      其他法律行政法规禁止公开: [1, 0, 0, 0, 0, 0, 1]");
    expect(findingsOf(fixed, "STR-ROW-LABELS")).toEqual([]);
    const [en] = findingsOf(text, "STR-ROW-LABELS", { locale: "en" });
    expect(en!.message).toBe(
      "The label 「2.其他法律行政止公开」 in 「（三）不予公开」 (withheld) differs from the form's 「其他法律行政法规禁止公开」; it was read as 「其他法律行政法规禁止公开」.",
    );
    expect(en!.fix!.title).toBe("Change to 「其他法律行政法规禁止公开」");
  });

  it("flags 上海科委's 「规范性文件」 in a 2021 report", () => {
    const text = buildYaml().replace("  行政规范性文件:", "  规范性文件:");
    const [f] = findingsOf(text, "STR-ROW-LABELS");
    expect(textAt(text, f!.range)).toBe("规范性文件");
    expect(f!.message).toBe(
      "「二、主动公开政府信息情况」中的标签「规范性文件」与格式不一致，应为「行政规范性文件」；已按「行政规范性文件」读取。",
    );
    expect(findingsOf(applyFix(text, f!), "STR-ROW-LABELS")).toEqual([]);
  });

  it("flags 石龙区's 「本年度止件数」 for 本年废止", () => {
    const text = buildYaml().replace("规章: { 本年制发: 0, 本年废止: 0", "规章: { 本年制发: 0, 本年度止件数: 0");
    const [f] = findingsOf(text, "STR-ROW-LABELS");
    expect(textAt(text, f!.range)).toBe("本年度止件数");
    expect(f!.message).toBe("「规章」中的标签「本年度止件数」与格式不一致，应为「本年废止」；已按「本年废止」读取。");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("规章: { 本年制发: 0, 本年废止: 0");
  });

  it("flags a label inside a table that matches nothing, with the nearest label when there is one", () => {
    const text = buildYaml()
      .replace("\n  复议后起诉:", "\n  复议后诉讼: [0, 0, 0, 0, 0]\n  复议后起诉:")
      .replace("\n  结转下年度:", "\n  其他主动公开文件: [0, 0, 0, 0, 0, 0, 0]\n  结转下年度:");
    const fs = findingsOf(text, "STR-ROW-LABELS");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["其他主动公开文件", "复议后诉讼"]);
    expect(fs[0]!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」中没有「其他主动公开文件」这一行或这一栏，不会被读取。",
    );
    expect(fs[0]!.fix).toBeUndefined();
    expect(fs[1]!.message).toBe(
      "「四、政府信息公开行政复议、行政诉讼情况」中没有「复议后诉讼」这一行或这一栏，不会被读取。是否应为「复议后起诉」？",
    );
    // 复议后起诉 is written already: renaming would repeat it.
    expect(fs[1]!.fix).toBeUndefined();
    const [en0, en1] = findingsOf(text, "STR-ROW-LABELS", { locale: "en" });
    expect(en0!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」 (Requests received and handled) has no row or column 「其他主动公开文件」; it is not read.",
    );
    expect(en1!.message).toBe(
      "「四、政府信息公开行政复议、行政诉讼情况」 (Administrative review and litigation) has no row or column 「复议后诉讼」; it is not read. Did you mean 「复议后起诉」?",
    );
  });

  it("offers the nearest label as a fix when that row is missing", () => {
    const text = buildYaml().replace("\n  复议后起诉:", "\n  复议后诉讼:");
    const [f] = findingsOf(text, "STR-ROW-LABELS");
    expect(f!.fix!.title).toBe("改为最接近的标签「复议后起诉」");
    // The nearest label is a guess: offered in the editor, not applied by --fix.
    expect(f!.fix!.applicability).toBe("suggestion");
    const fixed = applyFix(text, f!);
    expect(findingsOf(fixed, "STR-ROW-LABELS")).toEqual([]);
    expect(findingsOf(fixed, "STR-TABLE-SHAPE")).toEqual([]);
  });

  it("flags an unknown field of a 说明 entry", () => {
    const text = buildYaml({ notes: [{ rule: "T2-STOCKFLOW", text: "集中清理。" }] }).replace(
      "    规则: T2-STOCKFLOW",
      "    规则: T2-STOCKFLOW\n    日期: 2024-01-01",
    );
    const [f] = findingsOf(text, "STR-ROW-LABELS");
    expect(textAt(text, f!.range)).toBe("日期");
    expect(f!.message).toBe("「说明」中没有「日期」这一行或这一栏，不会被读取。");
  });
});
