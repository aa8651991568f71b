import { describe, expect, it } from "vitest";
import {
  checkAgainstPreviousYear,
  disableDirectives,
  layoutReportText,
  parseReport,
  readReport,
} from "../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "./support/crossyear.js";

const wrongReview = buildYaml({ t4: { 行政复议: [1, 0, 0, 0, 5], 复议后起诉: [2, 0, 0, 0, 9] } });
const above = (text: string, key: string, comment: string) =>
  text.replace(new RegExp(`^(\\s*)${key}:`, "mu"), `$1${comment}\n$1${key}:`);

describe("# nianbao-disable-next-line", () => {
  it("silences the named rule on the next line only", () => {
    const text = above(wrongReview, "行政复议", "# nianbao-disable-next-line T4-ROWSUM");
    expect(findingsOf(text, "T4-ROWSUM").map((f) => textAt(text, f.range))).toEqual(["9"]);
  });

  it("takes several codes, separated by commas or spaces, and a reason after --", () => {
    const text = above(
      wrongReview,
      "行政复议",
      "#nianbao-disable-next-line  T3-RESULTS,T4-ROWSUM VAL-BLANK -- 复议机关 2024 年 2 月才反馈结果",
    );
    expect(disableDirectives(readReport(text)).map((d) => d.codes.map((c) => c.code))).toEqual([
      ["T3-RESULTS", "T4-ROWSUM", "VAL-BLANK"],
    ]);
    expect(findingsOf(text, "T4-ROWSUM")).toHaveLength(1);
  });

  it("does not silence other rules on that line", () => {
    const text = above(wrongReview, "行政复议", "# nianbao-disable-next-line VAL-BLANK");
    expect(findingsOf(text, "T4-ROWSUM")).toHaveLength(2);
  });

  it("silences an error too, unlike 说明, which answers warnings only", () => {
    const text = above(wrongReview, "复议后起诉", "# nianbao-disable-next-line T4-ROWSUM");
    expect(findingsOf(text, "T4-ROWSUM").map((f) => [f.severity, textAt(text, f.range)])).toEqual([["error", "5"]]);
  });

  it("is text, not a comment, inside a 正文 block or a quoted string", () => {
    const other = "本年度未收取信息处理费。\n# nianbao-disable-next-line T4-ROWSUM\n其他情况。";
    const text = buildYaml({ other, t4: { 行政复议: [1, 0, 0, 0, 5] } });
    expect(disableDirectives(readReport(text))).toEqual([]);
    expect(parseReport(text).report.other).toContain("# nianbao-disable-next-line T4-ROWSUM");
  });

  it("is a comment only on a line of its own", () => {
    const text = wrongReview.replace(/^(\s*行政复议: \[[^\]]*\])/mu, "$1 # nianbao-disable-next-line T4-ROWSUM");
    expect(disableDirectives(readReport(text))).toEqual([]);
  });

  it("is kept when a fix on the silenced line's neighbours is applied", () => {
    const text = above(wrongReview, "行政复议", "# nianbao-disable-next-line T4-ROWSUM -- 待复核");
    const [fixable] = findingsOf(text, "T4-ROWSUM");
    const fixed = applyFix(text, fixable!);
    expect(fixed).toContain("  # nianbao-disable-next-line T4-ROWSUM -- 待复核\n  行政复议: [1, 0, 0, 0, 5]");
    expect(findingsOf(fixed, "T4-ROWSUM")).toEqual([]);
    expect(findingsOf(fixed, "DISABLE-UNUSED")).toEqual([]);
  });

  it("silences cross-year findings in the cross-year check", () => {
    const previous = buildYaml({ year: 2022, t3: { 结转下年度: [7, 4, 0, 0, 0, 0, 11] } });
    const current = buildYaml({ year: 2023, t3: { 上年结转: [7, 5, 0, 0, 0, 0, 12] } });
    const check = (text: string) =>
      checkAgainstPreviousYear(parseReport(text), parseReport(previous)).map((f) => f.code);
    expect(check(current)).toContain("XY-CARRY");
    expect(check(above(current, "上年结转", "# nianbao-disable-next-line XY-CARRY"))).not.toContain("XY-CARRY");
  });

  it("is kept above its line by Format Document's layout, and still silences it", () => {
    const text = above(wrongReview, "行政复议", "# nianbao-disable-next-line T4-ROWSUM").replace(
      "行政复议: [1, 0, 0, 0, 5]",
      "行政复议:   [1,0,0,0,5]",
    );
    const laid = layoutReportText(text, readReport(text));
    expect(laid).toMatch(/# nianbao-disable-next-line T4-ROWSUM\n\s+行政复议: +\[1, 0, 0, 0, 5\]/u);
    expect(findingsOf(laid, "T4-ROWSUM").map((f) => textAt(laid, f.range))).toEqual(["9"]);
  });
});
