import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, positionOf, removeFolder } from "./support/run.js";

// 行政复议: 10 + 1 + 0 + 0 = 11, but 总计 is written 0 (T4-ROWSUM, an error).
const wrong = buildYaml({ agency: "甲市乙局", t4: { 行政复议: [10, 1, 0, 0, 0] } });
const clean = buildYaml({ agency: "甲市丙局" });
const WRONG_ROW = "行政复议: [10, 1, 0, 0, 0]";

describe("nianbao check --format text", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "b/wrong.nianbao.yaml": wrong, "a/clean.nianbao.yml": clean, "a/notes.yaml": "not a report" });
  });
  afterAll(() => removeFolder(dir));

  it("prints compiler-style lines with 1-based line and column, then the summary", () => {
    const r = nianbao(["check", "."], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const at = positionOf(wrong, "0]", WRONG_ROW);
    const expected = parseReport(wrong).findings.find((f) => f.code === "T4-ROWSUM")!;
    const line = r.stdout.split("\n").find((l) => l.includes("T4-ROWSUM"));
    expect(line).toBe(`b/wrong.nianbao.yaml:${at.line + 1}:${at.character + 1}  错误  T4-ROWSUM  ${expected.message}`);
    expect(r.stdout).toContain("已检查报告 2 份，其中有错误的 1 份。");
    expect(r.stdout).toMatch(/按规则统计：\n(?:.*\n)* {2}T4-ROWSUM\s+1\n/);
  });

  it("lists the addends of a wrong total as related places under the finding", () => {
    const lines = nianbao(["check", "b"], dir).stdout.split("\n");
    const i = lines.findIndex((l) => l.includes("T4-ROWSUM"));
    const first = positionOf(wrong, "10", WRONG_ROW);
    expect(lines[i + 1]).toMatch(
      new RegExp(`^    b/wrong\\.nianbao\\.yaml:${first.line + 1}:${first.character + 1}  \\S.*10$`),
    );
  });

  it("exits 0 and says so when no report has an error", () => {
    const r = nianbao(["check", "a"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("已检查报告 1 份，其中有错误的 0 份。");
    expect(r.stdout).not.toContain("错误  ");
  });

  it("words the output in English with --locale en or LANG=en_*", () => {
    for (const r of [
      nianbao(["check", "--locale", "en", "."], dir),
      nianbao(["check", "."], dir, { LANG: "en_US.UTF-8" }),
    ]) {
      expect(r.status).toBe(1);
      const expected = parseReport(wrong, { locale: "en" }).findings.find((f) => f.code === "T4-ROWSUM")!;
      expect(r.stdout).toContain(`  error  T4-ROWSUM  ${expected.message}\n`);
      expect(r.stdout).toContain("2 report(s) checked, 1 with errors.");
    }
    expect(nianbao(["check", "--locale=zh-CN", "."], dir, { LANG: "en_US.UTF-8" }).stdout).toContain("已检查报告 2 份");
  });

  it("leaves the summary out with --no-summary", () => {
    const r = nianbao(["check", "--no-summary", "."], dir);
    expect(r.stdout).not.toContain("已检查报告");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.some((l) => /^b\/wrong\.nianbao\.yaml:\d+:\d+ {2}错误 {2}T4-ROWSUM {2}/.test(l))).toBe(true);
    for (const l of lines)
      expect(l).toMatch(
        /^(?:[ab]\/\w+\.nianbao\.ya?ml:\d+:\d+ {2}(?:错误|警告|提示) {2}[A-Z0-9-]+ {2}\S| {4}[ab]\/\w+\.nianbao\.ya?ml:\d+:\d+ {2}\S)/,
      );
  });

  it("turns a rule off or down with --severity, which changes the exit status", () => {
    const off = nianbao(["check", "--severity", "T4-ROWSUM=off", "b"], dir);
    expect(off.stdout).not.toContain("T4-ROWSUM");
    expect(off.status).toBe(0);
    const warning = nianbao(["check", "--severity=T4-ROWSUM=warning", "b"], dir);
    expect(warning.stdout).toMatch(/ {2}警告 {2}T4-ROWSUM {2}/);
    expect(warning.status).toBe(0);
    expect(nianbao(["check", "--severity", "T4-ROWSUM=warning", "--quiet", "b"], dir).stdout).not.toContain(
      "T4-ROWSUM",
    );
  });
});

describe("nianbao check: a tab in the indentation", () => {
  // 2022 carries one request over; 2023 forgets it (XY-CARRY, early in table 三) and has a tab further down.
  const y2022 = buildYaml({
    agency: "测试市测试局",
    year: 2022,
    t3: { 本年新收: [1, 0, 0, 0, 0, 0, 1], 结转下年度: [1, 0, 0, 0, 0, 0, 1] },
  });
  const y2023 = buildYaml({ agency: "测试市测试局", year: 2023 }).replace("\n      属于国家秘密:", "\n\t属于国家秘密:");
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "2022.nianbao.yaml": y2022, "2023.nianbao.yaml": y2023 });
  });
  afterAll(() => removeFolder(dir));

  it("prints the tab first, on its line, and what else there is after it", () => {
    const r = nianbao(["check", "."], dir);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("2023.nianbao.yaml:"));
    const tab = positionOf(y2023, "\t属于国家秘密");
    // One tab is one misindented line, named on its line; what it left unreadable is not listed.
    expect(lines[0]).toBe(
      `2023.nianbao.yaml:${tab.line + 1}:1  错误  YAML-SYNTAX  第 ${tab.line + 1} 行用制表符（Tab）缩进：YAML 只能用空格缩进，这一行应缩进 6 个空格。`,
    );
    // The cross-year finding, earlier in the file, comes after the file error; nothing follows from the tab.
    expect(lines.slice(1).map((l) => l.split("  ")[2])).toEqual(["META-CONTACT", "XY-CARRY", "XY-CARRY"]);
  });
});
