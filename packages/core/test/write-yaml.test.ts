import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, readReport, reportTemplate, writeReportYaml } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

describe("writeReportYaml", () => {
  it("round-trips the 石龙区 example: reading the output gives the same model", () => {
    const text = readFileSync(
      new URL("../../../examples/shilong-gongxinju-2023.nianbao.yaml", import.meta.url),
      "utf8",
    );
    const first = readReport(text);
    const again = readReport(writeReportYaml(first.report));
    expect(again.report).toEqual(first.report);
    expect(again.observations).toEqual([]);
  });

  it("keeps placeholders, notes, blanks and full-width digits as written", () => {
    const text = buildYaml({
      t3: { 予以公开: ["'/'", "'22（其中修订16件）'", '""', "'１２'", 0, 0, 0] },
      t2: { 行政事业性收费: 7730.2849 },
    });
    const first = readReport(text);
    const out = writeReportYaml(first.report);
    expect(out).toContain('予以公开: ["/", "22（其中修订16件）", "", "１２", 0, 0, 0]');
    expect(out).toContain("行政事业性收费: 7730.2849");
    expect(readReport(out).report).toEqual(first.report);
  });

  it("writes a 2021 template that reads back with no observation", () => {
    const out = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 }));
    const read = readReport(out);
    expect(read.observations).toEqual([]);
    expect(read.report.agency).toBe("测试局");
    expect(read.report.requests.feeUnpaid?.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("writes a 2019 template with the single （六）其他处理 row", () => {
    const read = readReport(writeReportYaml(reportTemplate({ format: 2019, year: 2020, agency: "测试局" })));
    expect(read.observations).toEqual([]);
    expect(read.report.requests.otherHandling).toHaveLength(7);
  });

  it("writes every text section in the literal block form, an empty one as an indented empty line", () => {
    const out = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 }));
    const lines = out.split("\n");
    for (const key of [
      "  主动公开",
      "  依申请公开",
      "  政府信息管理",
      "  平台建设",
      "  监督保障",
      "存在问题及改进",
      "其他事项",
    ]) {
      const at = lines.indexOf(`${key}: |`);
      expect(at, key).toBeGreaterThan(0);
      // The author's cursor on the line below already stands where the text goes.
      expect(lines[at + 1], key).toBe(`${key.match(/^ */)![0]}  `);
    }
    expect(out).not.toContain('""\n');
    const parsed = parseReport(out);
    expect(parsed.report.overview.topics.proactive).toBe("");
    expect(parsed.report.problems).toBe("");
    // Empty sections are still 「尚未填写」, on the value itself.
    const notFilled = parsed.findings.filter((f) => f.code === "NAR-SEC1-PARTS");
    expect(notFilled).toHaveLength(5);
    expect(notFilled.every((f) => f.message.includes("尚未填写"))).toBe(true);
  });

  it("writes carried prose in the block form, one line per paragraph, and reads it back unchanged", () => {
    const report = reportTemplate({ agency: "测试局", year: 2025 });
    const texts = {
      proactive: "一是加强主动公开。\n二是加强政策解读。",
      problems: "  开头有空格。\n\n隔一行。\n",
      other: "本年度未收取信息处理费。",
    };
    const written = writeReportYaml({
      ...report,
      overview: { ...report.overview, topics: { ...report.overview.topics, proactive: texts.proactive } },
      problems: texts.problems,
      other: texts.other,
    });
    expect(written).toContain("  主动公开: |-\n    一是加强主动公开。\n    二是加强政策解读。\n");
    expect(written).toContain("其他事项: |-\n  本年度未收取信息处理费。\n");
    const read = readReport(written);
    expect(read.observations).toEqual([]);
    expect(read.report.overview.topics.proactive).toBe(texts.proactive);
    expect(read.report.problems).toBe(texts.problems);
    expect(read.report.other).toBe(texts.other);
  });
});
