import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatForYear, nextYearReport, parseReport, readReport, writeReportYaml } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const values = (cells: readonly { value: number | null }[] | undefined) => cells?.map((c) => c.value);

describe("nextYearReport", () => {
  const previous = readReport(
    buildYaml({
      agency: "测试市测试局",
      year: 2023,
      t2: {
        规章: { 本年制发: 2, 本年废止: 1, 现行有效: 12 },
        行政规范性文件: { 本年制发: 5, 本年废止: 3, 现行有效: 40 },
        行政许可: 550,
      },
      t3: {
        本年新收: [10, 1, 0, 0, 0, 0, 11],
        予以公开: [6, 1, 0, 0, 0, 0, 7],
        总计: [6, 1, 0, 0, 0, 0, 7],
        结转下年度: [4, 0, 0, 0, 0, 0, 4],
      },
      t4: { 行政复议: [1, 0, 0, 1, 2] },
      notes: [{ rule: "T2-JUMP", text: "本年集中清理。" }],
    }),
  ).report;
  const next = nextYearReport(previous);

  it("is the same agency's report for the next year, on the 2021 form", () => {
    expect(next).toMatchObject({
      agency: "测试市测试局",
      year: 2024,
      format: 2021,
      formatDeclared: true,
      title: null,
      publishedOn: null,
    });
  });

  it("carries 结转下年度 into 上年结转, in all seven columns", () => {
    expect(values(next.requests.carriedIn)).toEqual([4, 0, 0, 0, 0, 0, 4]);
  });

  it("carries 现行有效件数 over and starts every flow at 0", () => {
    expect(next.proactive.regulations).toMatchObject({
      made: { value: 0 },
      repealed: { value: 0 },
      valid: { value: 12 },
    });
    expect(next.proactive.normativeDocuments).toMatchObject({
      made: { value: 0 },
      repealed: { value: 0 },
      valid: { value: 40 },
    });
    expect(next.proactive.licensing!.decisions!.value).toBe(0);
    expect(values(next.requests.new)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values(next.requests.granted)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values(next.requests.carriedOut)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values(next.litigation.review)).toEqual([0, 0, 0, 0, 0]);
  });

  it("copies none of last year's prose or notes", () => {
    expect(Object.values(next.overview.topics).every((t) => t === "")).toBe(true);
    expect(next.problems).toBe("");
    expect(next.other).toBe("");
    expect(next.notes).toEqual([]);
  });

  it("writes a file that reads back whole, with the carried figures where the form prints them", () => {
    const text = writeReportYaml(next);
    const read = readReport(text);
    expect(read.observations).toEqual([]);
    expect(read.report).toEqual(next);
    expect(text).toMatch(/^ {2}上年结转: +\[ *4, *0, *0, *0, *0, *0, *4\]$/m);
    expect(text).toMatch(/^ {2}行政规范性文件: \{ 本年制发: 0, 本年废止: 0, 现行有效: 40 \}$/m);
    // The carried cases are not yet concluded: S1 asks the author to account for them.
    expect(parseReport(text).findings.some((f) => f.code === "T3-IDENTITY")).toBe(true);
  });

  it("invents no figure: a '/' in 结转下年度 stays '/', a blank stays blank, an annotated number is its number", () => {
    const prev = readReport(buildYaml({ t3: { 结转下年度: ["'/'", "'3（含补正）'", 0, 0, '""', 0, 3] } })).report;
    const cells = nextYearReport(prev).requests.carriedIn!;
    expect(values(cells)).toEqual([null, 3, 0, 0, null, 0, 3]);
    expect(cells.map((c) => c.status)).toEqual([
      "placeholder",
      "number",
      "number",
      "number",
      "blank",
      "number",
      "number",
    ]);
    expect(cells[0]!.raw).toBe("/");
    expect(cells[1]).toMatchObject({ raw: null, note: null });
  });

  it("moves a 2020 report (2019 form) to the 2021 form; 对外公开总数量 is not 现行有效 and is not carried", () => {
    const prev = readReport(
      buildYaml({
        format: 2019,
        year: 2020,
        t2: { 规章: { 本年新制作: 1, 本年新公开: 1, 对外公开总数: 9 } },
        t3: { 结转下年度: [2, 0, 0, 0, 0, 0, 2] },
      }),
    ).report;
    const n = nextYearReport(prev);
    expect(n).toMatchObject({ year: 2021, format: 2021 });
    expect(n.proactive.regulations!.valid!.value).toBe(0);
    expect(values(n.requests.carriedIn)).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it("starts 洪泽区 2024 from the published 2023 report", () => {
    const text = readFileSync(
      new URL("../../../examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", import.meta.url),
      "utf8",
    );
    const n = nextYearReport(readReport(text).report);
    expect(n).toMatchObject({ agency: "淮安市洪泽区人民政府", year: 2024 });
    expect(n.proactive.normativeDocuments!.valid!.value).toBe(5);
    expect(values(n.requests.carriedIn)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(n.requests.otherHandling).toBeUndefined();
    expect(values(n.requests.feeUnpaid)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("formatForYear", () => {
  it("uses the trial form for 2019 and 2020, the 2021 form after", () => {
    expect([2019, 2020, 2021, 2026].map(formatForYear)).toEqual([2019, 2019, 2021, 2021]);
  });
});
