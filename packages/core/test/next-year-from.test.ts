import { describe, expect, it } from "vitest";
import { nextYearFrom, readReport, writeReportYaml } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const from = (text: string, locale?: "zh-CN" | "en") => nextYearFrom(readReport(text), locale);
const at = (text: string, f: { range: { start: number } }) => text.slice(f.range.start).split("\n")[0];

describe("nextYearFrom: what the carry-over could not take as a figure", () => {
  it("carries blanks as blanks and '/' as written, with a warning naming the columns ([69, '/', 0, 0, '', 0, 103])", () => {
    const text = buildYaml({ year: 2023, t3: { 结转下年度: [69, '"/"', 0, 0, '""', 0, 103] } });
    const { report, findings } = from(text);
    expect(writeReportYaml(report)).toMatch(/^ {2}上年结转: +\[ *69, *"\/", *0, *0, *"", *0, *103\]$/m);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "XY-CARRY",
      severity: "warning",
      messageId: "XY-CARRY.fromBlank",
      path: "requests.carriedOut.1",
    });
    expect(findings[0]!.message).toBe(
      '上年报告「四、结转下年度继续办理」的「商业企业」、「法律服务机构」没有数字（写作 "/", ""），已照原样结转到本年「二、上年结转政府信息公开申请数量」，没有改为 0；请核实后填写数字。',
    );
    expect(at(text, findings[0]!)).toMatch(/^"\/"/);
    expect(from(text, "en").findings[0]!.message).toMatch(
      /^「商业企业」 \(businesses\), 「法律服务机构」 .* as written, not as 0/,
    );
  });

  it("makes a row lost to a tab an error, pointed at the tab", () => {
    const text = buildYaml({ year: 2023, t3: { 结转下年度: [1, 0, 0, 0, 0, 0, 1] } }).replace(
      /^ {2}结转下年度:/m,
      "\t结转下年度:",
    );
    const { findings } = from(text);
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([["error", "XY-CARRY.fromRowUnreadable"]]);
    expect(text.slice(findings[0]!.range.start, findings[0]!.range.start + 1)).toBe("\t");
  });

  it("makes a cell that is not a number an error; a short row's missing cells too", () => {
    expect(
      from(buildYaml({ t3: { 结转下年度: [1, "abc", 0, 0, 0, 0, 1] } })).findings.map((f) => [
        f.severity,
        f.messageId,
        f.path,
      ]),
    ).toEqual([["error", "XY-CARRY.fromCellsUnreadable", "requests.carriedOut.1"]]);
    const short = buildYaml({}).replace(/^ {2}结转下年度: .*$/m, "  结转下年度: [1, 0, 1]");
    expect(from(short).findings.map((f) => f.messageId)).toEqual(["XY-CARRY.fromCellsUnreadable"]);
  });

  it("warns for a blank 现行有效 carried, and says nothing for a clean report", () => {
    const { report, findings } = from(buildYaml({ t2: { 规章: { 本年制发: 0, 本年废止: 0, 现行有效: '"/"' } } }));
    expect(report.proactive.regulations!.valid).toMatchObject({ status: "placeholder", raw: "/" });
    expect(findings.map((f) => [f.severity, f.messageId, f.path])).toEqual([
      ["warning", "XY-CARRY.fromStockBlank", "proactive.regulations.valid"],
    ]);
    expect(from(buildYaml({ year: 2023 })).findings).toEqual([]);
  });
});
