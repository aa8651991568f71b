import { describe, expect, it } from "vitest";
import { checkAgainstPreviousYear, parseReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

const CODE = "DISABLE-UNUSED";
/** A report whose 行政复议 total is wrong (T4-ROWSUM) unless `total` is 1, with `comment` above that row. */
const report = (comment: string, total = 5) =>
  buildYaml({ t4: { 行政复议: [1, 0, 0, 0, total] } }).replace(/^(\s*)行政复议:/mu, `$1${comment}\n$1行政复议:`);

describe(CODE, () => {
  it("says nothing of a comment that silences a finding", () => {
    const text = report("# nianbao-disable-next-line T4-ROWSUM -- 复议机关尚未反馈");
    expect(findingsOf(text, CODE)).toEqual([]);
    expect(findingsOf(text, "T4-ROWSUM")).toEqual([]);
  });

  it("reports a named rule that finds nothing on the next line, at the code", () => {
    const text = report("# nianbao-disable-next-line T4-ROWSUM", 1);
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect([f!.severity, textAt(text, f!.range), f!.message]).toEqual([
      "warning",
      "T4-ROWSUM",
      "这条 nianbao-disable-next-line 注释关闭的 T4-ROWSUM 在下一行没有检查结果：注释已经用不着了，请删除（或删去其中的 T4-ROWSUM）。",
    ]);
    expect(findingsOf(text, CODE, { locale: "en" })[0]!.message).toBe(
      "This nianbao-disable-next-line comment turns off T4-ROWSUM, which finds nothing on the next line: the comment is no longer needed; remove it (or T4-ROWSUM from it).",
    );
  });

  it("reports a code that is no rule, and a comment naming none", () => {
    const text = report("# nianbao-disable-next-line T4-ROWSUM, t4-rowsum");
    expect(findingsOf(text, CODE).map((f) => [f.messageId, textAt(text, f.range)])).toEqual([
      ["DISABLE-UNUSED.unknown", "t4-rowsum"],
    ]);
    const empty = report("# nianbao-disable-next-line -- 理由");
    expect(findingsOf(empty, CODE).map((f) => [f.messageId, textAt(empty, f.range)])).toEqual([
      ["DISABLE-UNUSED.noRule", "# nianbao-disable-next-line -- 理由"],
    ]);
  });

  it("judges a rule turned off as nothing to report, and is itself turned off like any rule", () => {
    const text = report("# nianbao-disable-next-line T4-ROWSUM", 1);
    expect(findingsOf(text, CODE, { severity: { "T4-ROWSUM": "off" } })).toEqual([]);
    expect(findingsOf(text, CODE, { severity: { [CODE]: "off" } })).toEqual([]);
    expect(findingsOf(text, CODE, { severity: { [CODE]: "error" } })[0]!.severity).toBe("error");
  });

  it("judges a cross-year rule only when the report was compared with last year's", () => {
    const previous = buildYaml({ year: 2022, t3: { 结转下年度: [7, 4, 0, 0, 0, 0, 11] } });
    const current = buildYaml({ year: 2023, t3: { 上年结转: [7, 4, 0, 0, 0, 0, 11] } }).replace(
      /^(\s*)上年结转:/mu,
      "$1# nianbao-disable-next-line XY-CARRY\n$1上年结转:",
    );
    // On its own, the document check cannot tell: no finding.
    expect(findingsOf(current, CODE)).toEqual([]);
    const cross = checkAgainstPreviousYear(parseReport(current), parseReport(previous)).filter((f) => f.code === CODE);
    expect(cross.map((f) => textAt(current, f.range))).toEqual(["XY-CARRY"]);
  });
});
