import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

const COLUMNS_3 = "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计";
const COLUMNS_4 = "结果维持、结果纠正、其他结果、尚未审结、总计";

describe("STR-TABLE-SHAPE", () => {
  it("is silent on complete tables, in either form", () => {
    expect(findingsOf(buildYaml(), "STR-TABLE-SHAPE")).toEqual([]);
    expect(findingsOf(buildYaml({ format: 2019, year: 2020 }), "STR-TABLE-SHAPE")).toEqual([]);
  });

  it("flags a missing row of table 三, on the table's key", () => {
    const text = buildYaml().replace(/\n {2}上年结转: .*/u, "");
    const [f, ...rest] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe("依申请公开");
    expect(f!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」缺少「二、上年结转政府信息公开申请数量」一行（写作「上年结转:」）。没有数据也要逐格填 0。",
    );
    const [en] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(en!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」 (Requests received and handled) lacks the row 「二、上年结转政府信息公开申请数量」 (applications carried over from last year) (written 「上年结转:」). Fill in 0 where there is nothing to report.",
    );
  });

  it("flags a missing group once, not each of its rows", () => {
    const text = buildYaml().replace(/\n {4}无法提供:\n(?: {6}.*\n)+/u, "\n");
    const fs = findingsOf(text, "STR-TABLE-SHAPE");
    expect(fs).toHaveLength(1);
    expect(textAt(text, fs[0]!.range)).toBe("办理结果");
    expect(fs[0]!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」缺少「（四）无法提供」一组（写作「无法提供:」及其下各行）。没有数据也要逐格填 0。",
    );
  });

  it("flags a missing cell of table 二, on its row", () => {
    const text = buildYaml().replace(/规章: \{[^}]*\}/u, "规章: { 本年制发: 0, 本年废止: 0 }");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(textAt(text, f!.range)).toBe("规章");
    expect(f!.message).toBe("缺少「规章 · 现行有效件数」一格（写作「现行有效: 0」）。没有数据也要填 0。");
    const [en] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(en!.message).toBe(
      "The cell 「规章 · 现行有效件数」 (rules (规章) · currently in force) is missing (written 「现行有效: 0」). Fill in 0 where there is nothing to report.",
    );
  });

  it("flags a short and a long row, saying the expected and actual number of cells", () => {
    const text = buildYaml({ t3: { 本年新收: [1, 0, 1] }, t4: { 行政复议: [0, 0, 0, 0, 0, 0] } });
    const [short, long] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(textAt(text, short!.range)).toBe("[1, 0, 1]");
    expect(short!.message).toBe(`「一、本年新收政府信息公开申请数量」应有 7 格（${COLUMNS_3}），只写了 3 格。`);
    expect(textAt(text, long!.range)).toBe("[0, 0, 0, 0, 0, 0]");
    expect(long!.message).toBe(`「行政复议」应有 5 格（${COLUMNS_4}），写了 6 格，多出的不会被读取。`);
    const [enShort, enLong] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(enShort!.message).toBe(
      `「一、本年新收政府信息公开申请数量」 (new applications received this year) has 7 cells (${COLUMNS_3}), but only 3 are written.`,
    );
    expect(enLong!.message).toBe(
      `「行政复议」 (administrative review) has 5 cells (${COLUMNS_4}), but 6 are written; the extra ones are not read.`,
    );
  });

  it("flags a number where a row belongs", () => {
    const text = buildYaml().replace("复议后起诉: [0, 0, 0, 0, 0]", "复议后起诉: 0");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(textAt(text, f!.range)).toBe("0");
    expect(f!.range.start).toBe(text.indexOf("复议后起诉: 0") + "复议后起诉: ".length);
    expect(f!.message).toBe(
      `「复议后起诉」应写成一行 5 个数字（${COLUMNS_4}），如「[0, 0, 0, 0, 0]」，实际是一个数字。`,
    );
    const [en] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(en!.message).toBe(
      `「复议后起诉」 (lawsuits after review) should be a row of 5 numbers (${COLUMNS_4}), such as 「[0, 0, 0, 0, 0]」, but it is a number.`,
    );
  });

  it("flags a row written with no value, on its key", () => {
    const text = buildYaml().replace("复议后起诉: [0, 0, 0, 0, 0]", "复议后起诉:");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(textAt(text, f!.range)).toBe("复议后起诉");
    expect(f!.message).toBe(`「复议后起诉」应写成一行 5 个数字（${COLUMNS_4}），如「[0, 0, 0, 0, 0]」，实际是空值。`);
  });

  it("flags a number where the columns of a table 二 row belong", () => {
    const text = buildYaml().replace(/规章: \{[^}]*\}/u, "规章: 0");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(f!.message).toBe(
      "「规章」应写成各栏的数字，如「{ 本年制发: 0, 本年废止: 0, 现行有效: 0 }」，实际是一个数字。",
    );
  });

  it("flags a row where a group of rows belongs", () => {
    const text = buildYaml().replace(/\n {4}不予公开:\n(?: {6}.*\n)+/u, "\n    不予公开: [0, 0, 0, 0, 0, 0, 0]\n");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(textAt(text, f!.range)).toBe("[0, 0, 0, 0, 0, 0, 0]");
    expect(f!.message).toBe("「（三）不予公开」应是「键: 值」形式的映射，实际是列表。");
    const [en] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(en!.message).toBe("「（三）不予公开」 (withheld) should be a mapping of key: value, but it is a list.");
  });

  it("reads a row pasted from Word or Excel as one finding on that row, fixed by splitting it", async () => {
    const { parseReport } = await import("../../src/index.js");
    const base = buildYaml();
    const text = base.replace(/本年新收: \[[^\]]*\]/u, "本年新收: 本年新收\t3\t1\t0\t0\t1\t0\t5");
    const before = new Set(parseReport(base).findings.map((x) => `${x.code} ${x.message}`));
    const added = parseReport(text).findings.filter((x) => !before.has(`${x.code} ${x.message}`));
    const [f, ...rest] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(rest).toEqual([]);
    expect(added).toEqual([f]);
    expect(textAt(text, f!.range)).toBe("本年新收\t3\t1\t0\t0\t1\t0\t5");
    expect(f!.message).toBe(
      "「一、本年新收政府信息公开申请数量」应写成一行 7 个数字，如「[3, 1, 0, 0, 1, 0, 5]」；这里是用制表符隔开的 7 格，像是从 Word 或 Excel 复制来的一行，还缺方括号和逗号。",
    );
    expect(f!.fix!.title).toBe("拆成 7 格");
    const fixed =
      text.slice(0, f!.fix!.edits[0]!.range.start) +
      f!.fix!.edits[0]!.newText +
      text.slice(f!.fix!.edits[0]!.range.end);
    expect(fixed).toContain("本年新收: [3, 1, 0, 0, 1, 0, 5]\n");
    expect(findingsOf(fixed, "STR-TABLE-SHAPE")).toEqual([]);
    const [en] = findingsOf(text, "STR-TABLE-SHAPE", { locale: "en" });
    expect(en!.fix!.title).toBe("Split into 7 cells");
  });

  it("knows the 2019 form's rows", () => {
    const text = buildYaml({ format: 2019, year: 2020 }).replace(/\n {4}其他处理: .*/u, "");
    const [f] = findingsOf(text, "STR-TABLE-SHAPE");
    expect(f!.message).toBe(
      "「三、收到和处理政府信息公开申请情况」缺少「（六）其他处理」一行（写作「其他处理:」）。没有数据也要逐格填 0。",
    );
  });
});
