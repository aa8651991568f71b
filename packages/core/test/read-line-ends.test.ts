import { describe, expect, it } from "vitest";
import { parseReport } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

/** A report with a total that does not add up, so that the findings have places to compare. */
const LF = buildYaml().replace("本年新收: [0, 0, 0, 0, 0, 0, 0]", "本年新收: [1, 0, 0, 0, 0, 0, 0]");

const summary = (text: string) => {
  const parsed = parseReport(text);
  return {
    report: parsed.report,
    findings: parsed.findings.map((f) => ({
      code: f.code,
      range: f.range,
      line: parsed.lineIndex.position(f.range.start).line,
    })),
  };
};

describe("line ends", () => {
  it("reads a report with lone CR line ends (old Mac tools) as the same report with LF", () => {
    expect(LF).toContain("本年新收: [1,");
    const lf = summary(LF);
    expect(lf.findings.length).toBeGreaterThan(0);
    expect(summary(LF.replaceAll("\n", "\r"))).toEqual(lf);
  });

  it("reads CRLF (Windows) alike", () => {
    expect(summary(LF.replaceAll("\n", "\r\n")).report).toEqual(summary(LF).report);
  });

  it("keeps a stray CR in a text of LF lines as a character of its line, as yaml reads it", () => {
    const text = LF.replace('机关: "测试市测试局"', '机关: "测试市\r测试局"');
    expect(text).toContain("\r");
    expect(parseReport(text).report.agency).toBe("测试市\r测试局");
  });
});
