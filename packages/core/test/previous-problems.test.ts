import { describe, expect, it } from "vitest";
import { quotePreviousProblems, readReport, reportTemplate, writeReportYaml } from "../src/index.js";

describe("quotePreviousProblems", () => {
  const report = reportTemplate({ year: 2024, agency: "测试局" });
  const yaml = writeReportYaml(report);

  it("quotes last year's 存在问题及改进 as comments below this year's empty section", () => {
    const previous = { ...reportTemplate({ year: 2023 }), problems: "一是公开不及时。\n\n二是解读不够。" };
    const out = quotePreviousProblems(yaml, report, previous, "上年度的问题：");
    const lines = out.split("\n");
    const at = lines.findIndex((l) => l === "# 上年度的问题：");
    expect(lines.slice(at, at + 4)).toEqual(["# 上年度的问题：", "# > 一是公开不及时。", "# >", "# > 二是解读不够。"]);
    // The comments sit after the section's block, at the key's indentation: not text of the report.
    expect(lines[at - 1]!.startsWith(" ") || lines[at - 1]!.startsWith("存在问题及改进")).toBe(true);
    expect(readReport(out).report.problems).toBe(readReport(yaml).report.problems);
  });

  it("leaves the text as it was when last year's section was empty", () => {
    expect(quotePreviousProblems(yaml, report, reportTemplate({ year: 2023 }), "上年度的问题：")).toBe(yaml);
  });
});
