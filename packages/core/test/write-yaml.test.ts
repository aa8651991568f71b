import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReport, reportTemplate, writeReportYaml } from "../src/index.js";
import { buildYaml } from "./support/build.js";

describe("writeReportYaml", () => {
  it("round-trips the 石龙区 example: reading the output gives the same model", () => {
    const text = readFileSync(new URL("../../../examples/shilong-gongxinju-2023.nianbao.yaml", import.meta.url), "utf8");
    const first = readReport(text);
    const again = readReport(writeReportYaml(first.report));
    expect(again.report).toEqual(first.report);
    expect(again.observations).toEqual([]);
  });

  it("keeps placeholders, notes, blanks and full-width digits as written", () => {
    const text = buildYaml({ t3: { 予以公开: ["'/'", "'22（其中修订16件）'", '""', "'１２'", 0, 0, 0] }, t2: { 行政事业性收费: 7730.2849 } });
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
});
