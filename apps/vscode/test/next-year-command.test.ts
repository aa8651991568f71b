import { readReport } from "@nianbao/core";
import { describe, expect, it } from "vitest";
import { nextYearText } from "../src/commands/reports.js";
import { formatL10n } from "./support/l10n.js";
import { buildYaml } from "@nianbao/test-support/build";

/** Issue 10: the next-year command carries as `nianbao new --from` does (core's nextYearFrom). */
describe("New Report from last year's report", () => {
  it("carries blank and '/' cells of 结转下年度 as written, not as 0, and warns", () => {
    const next = nextYearText(
      buildYaml({ agency: "测试局", year: 2023, t3: { 结转下年度: [69, '"/"', 0, 0, '""', 0, 103] } }),
      formatL10n,
      "zh-CN",
    );
    expect(next.text).toMatch(/^ {2}上年结转: +\[ *69, *"\/", *0, *0, *"", *0, *103\]$/m);
    expect(readReport(next.text!).report.requests.carriedIn?.map((c) => c.value)).toEqual([
      69,
      null,
      0,
      0,
      null,
      0,
      103,
    ]);
    expect(next.problems).toEqual([
      {
        severity: "warning",
        message: expect.stringMatching(/^上年报告「四、结转下年度继续办理」的「商业企业」、「法律服务机构」没有数字/),
      },
    ]);
  });

  it("makes no report when the carried row cannot be read (a tab before 结转下年度:)", () => {
    const tabbed = buildYaml({ agency: "测试局", year: 2023 }).replace(/^ {2}结转下年度:/m, "\t结转下年度:");
    const next = nextYearText(tabbed, formatL10n);
    expect(next.text).toBeNull();
    expect(next.problems.map((p) => p.severity)).toEqual(["error"]);
    expect(next.problems[0]!.message).toMatch(/cannot be read/);
  });

  it("makes no report from a file that is no report", () => {
    const next = nextYearText("hello world\n", formatL10n);
    expect(next.text).toBeNull();
    expect(next.problems).toEqual([
      {
        severity: "error",
        message: "The chosen file is not a 年报 (*.nianbao.yaml): nothing can be carried over from it.",
      },
    ]);
  });
});
