import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

const TOP_KEYS =
  "格式、机关、年度、发布日期、标题、总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项、说明";

describe("STR-SECTIONS", () => {
  it("is silent on a complete report, in either form", () => {
    expect(findingsOf(buildYaml(), "STR-SECTIONS")).toEqual([]);
    expect(findingsOf(buildYaml({ format: 2019, year: 2020 }), "STR-SECTIONS")).toEqual([]);
    expect(findingsOf(buildYaml({ overview: "本年度全文一段。" }), "STR-SECTIONS")).toEqual([]);
  });

  it("says an empty file is empty", () => {
    for (const text of ["", "\n\n", "# 只有注释\n"]) {
      const [f, ...rest] = findingsOf(text, "STR-SECTIONS");
      expect(rest).toEqual([]);
      expect(f!.severity).toBe("error");
      expect(f!.message).toBe(`文件是空的。年报文件应依次写明 ${TOP_KEYS} 各项。`);
      expect(f!.range.end).toBeLessThanOrEqual(text.length);
      const [en] = findingsOf(text, "STR-SECTIONS", { locale: "en" });
      expect(en!.message).toBe(`The file is empty. A report file sets out, in order: ${TOP_KEYS}.`);
    }
  });

  it("says prose is not a report, and points at it", () => {
    const text = "本机关2023年认真贯彻落实《条例》，主动公开政府信息。\n";
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(f!.message).toBe(
      `文件不是年报格式：顶层是一段文字，而不是「键: 值」形式的各项（${TOP_KEYS}）。如果这是已发布报告的网页或文字，请先用导入命令转换。`,
    );
    expect(textAt(text, f!.range)).toBe(text.trim());
  });

  it("says a list at the top is not a report", () => {
    const text = "- 机关: 甲局\n- 年度: 2023\n";
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(f!.message).toBe(`文件不是年报格式：顶层应是「键: 值」形式的各项（${TOP_KEYS}），实际是列表。`);
    expect(textAt(text, f!.range)).toBe(text);
    const [en] = findingsOf(text, "STR-SECTIONS", { locale: "en" });
    expect(en!.message).toBe(
      `The file is not a report: its top level should be key: value entries (${TOP_KEYS}), but it is a list.`,
    );
  });

  it("flags an unknown top-level key, with a fix when a key is close", () => {
    const text = buildYaml({ agency: null, extra: "主管机关: 甲局" });
    const [f, ...rest] = findingsOf(text, "STR-SECTIONS").filter((x) => x.message.includes("主管机关"));
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("主管机关");
    expect(f!.message).toBe("「主管机关」不是年报的部分或基本信息，不会被读取。是否应为「机关」？");
    expect(f!.fix!.title).toBe("改为「机关」");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("\n机关: 甲局\n");
    expect(findingsOf(fixed, "STR-SECTIONS")).toEqual([]);
    const [en] = findingsOf(text, "STR-SECTIONS", { locale: "en" }).filter((x) => x.message.includes("主管机关"));
    expect(en!.message).toBe(
      "「主管机关」 is not a section or a metadata field of the report and is not read. Did you mean 「机关」?",
    );
    expect(en!.fix!.title).toBe("Change to 「机关」");
  });

  it("offers no rename to a key the file already has", () => {
    const text = buildYaml({ extra: "主管机关: 甲局" });
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(f!.message).toBe("「主管机关」不是年报的部分或基本信息，不会被读取。是否应为「机关」？");
    expect(f!.fix).toBeUndefined();
  });

  it("lists the keys the top level may hold when no key is close", () => {
    const text = buildYaml({ extra: "联系电话: 12345" });
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(textAt(text, f!.range)).toBe("联系电话");
    expect(f!.message).toBe(`「联系电话」不是年报的部分或基本信息，不会被读取。顶层可以写的项：${TOP_KEYS}。`);
    expect(f!.fix).toBeUndefined();
  });

  it("flags an unknown topic inside 总体情况", () => {
    const text = buildYaml({
      overview: {
        主动公开: "甲",
        依申请公开: "乙",
        政府信息管理: "丙",
        平台建设: "丁",
        监督保障: "戊",
        工作亮点: "己",
      },
    });
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(textAt(text, f!.range)).toBe("工作亮点");
    expect(f!.message).toBe("「一、总体情况」中没有「工作亮点」这一项，不会被读取。");
    const [en] = findingsOf(text, "STR-SECTIONS", { locale: "en" });
    expect(en!.message).toBe("「一、总体情况」 (Overview) has no entry 「工作亮点」; it is not read.");
  });

  it("flags a missing text section and missing metadata", () => {
    const text = buildYaml({ agency: null }).replace(/\n存在问题及改进: .*\n/u, "\n");
    const fs = findingsOf(text, "STR-SECTIONS");
    expect(fs.map((f) => f.message).sort()).toEqual([
      "缺少「五、存在的主要问题及改进情况」（在文件中写作「存在问题及改进:」）。年报必须包含全部六个部分；这一部分写：本年度存在的主要问题，以及上年度报告所列问题的改进情况。",
      "缺少必填项「机关」：编制报告的行政机关全称。",
    ]);
    // 机关 on the first line; the section where it belongs, on the key of the section before it.
    expect(fs.map((f) => (f.range.end > f.range.start ? textAt(text, f.range) : f.range.start)).sort()).toEqual(
      [0, "复议诉讼"].sort(),
    );
    const en = findingsOf(text, "STR-SECTIONS", { locale: "en" });
    expect(en.map((f) => f.message).sort()).toEqual([
      "The required field 「机关」 is missing: The full name of the reporting agency.",
      "「五、存在的主要问题及改进情况」 (Main problems and improvements) is missing (written 「存在问题及改进:」 in the file). A report has all six sections; this one holds: This year's main problems, and how the problems named in last year's report were remedied.",
    ]);
  });

  it("flags a text section written as a list", () => {
    const text = buildYaml().replace(/\n其他事项: .*\n/u, "\n其他事项:\n  - 未收取信息处理费\n");
    const [f] = findingsOf(text, "STR-SECTIONS");
    expect(f!.message).toBe("「六、其他需要报告的事项」应是一段文字，实际是列表。");
    expect(textAt(text, f!.range)).toBe("- 未收取信息处理费\n");
    const [en] = findingsOf(text, "STR-SECTIONS", { locale: "en" });
    expect(en!.message).toBe("「六、其他需要报告的事项」 (Other matters) should be text, but it is a list.");
  });

  it("flags an unreadable year and agency, on their values", () => {
    const text = buildYaml().replace("年度: 2023", "年度: 二〇二三").replace('机关: "测试市测试局"', "机关:");
    const fs = findingsOf(text, "STR-SECTIONS");
    expect(fs.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["机关", "「机关」应写明编制报告的行政机关全称（一段文字），这里是空的或不是文字。"],
      ["二〇二三", "「年度」应是四位数的年份（如 2023），写的是「二〇二三」。"],
    ]);
    const en = findingsOf(text, "STR-SECTIONS", { locale: "en" });
    expect(en[1]!.message).toBe("「年度」 (year) should be a four-digit year such as 2023; it reads 「二〇二三」.");
  });

  it("leaves an unreadable 发布日期 (optional) to META-TIMELINESS", () => {
    const text = buildYaml({ publishedOn: "2024-02-30" });
    expect(findingsOf(text, "STR-SECTIONS")).toEqual([]);
    expect(findingsOf(text, "META-TIMELINESS").map((f) => textAt(text, f.range))).toEqual(["2024-02-30"]);
  });
});
