/**
 * Issue 13: `nianbao check` reads nianbao.config.json, the nearest one above each report, so CI
 * gives the findings the editor gives. A broken config is a located error on the config file, and
 * the reports are checked with the defaults.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, buildYaml, foldersRemovedAfterEach, nianbao } from "./support/run.js";

interface JsonReport {
  file: string;
  findings: { code: string; severity: string; message: string; range: { start: { line: number } } }[];
}
const json = (stdout: string) => JSON.parse(stdout) as { reports: JsonReport[] };
const folder = foldersRemovedAfterEach();

/** A report whose 行政复议 total is wrong: one T4-ROWSUM error, nothing else. */
const WRONG_TOTAL = buildYaml({ t4: { 行政复议: [1, 0, 0, 0, 5] } });
const CLEAN = buildYaml();
/** The findings as code:severity, leaving out META-CONTACT (buildYaml's reports give no contact). */
const codes = (r: JsonReport | undefined) =>
  (r?.findings ?? []).filter((f) => f.code !== "META-CONTACT").map((f) => `${f.code}:${f.severity}`);

describe("nianbao.config.json", () => {
  it("applies the nearest config to each report, configs at two levels not merged", () => {
    const dir = folder({
      "nianbao.config.json": JSON.stringify({ rules: { "T4-ROWSUM": "warning" } }),
      "a/a.nianbao.yaml": WRONG_TOTAL,
      "b/nianbao.config.json": JSON.stringify({ rules: { "XY-SIMILARITY": "off" } }),
      "b/b.nianbao.yaml": WRONG_TOTAL,
    });
    const r = nianbao(["check", ".", "--format", "json"], dir);
    const reports = json(r.stdout).reports;
    expect(codes(reports.find((x) => x.file === "a/a.nianbao.yaml"))).toEqual(["T4-ROWSUM:warning"]);
    // b's nearer config says nothing of T4-ROWSUM: the default, an error.
    expect(codes(reports.find((x) => x.file === "b/b.nianbao.yaml"))).toEqual(["T4-ROWSUM:error"]);
    expect(r.status).toBe(1);
  });

  it("changes the exit status with the severities it sets; --severity wins over it", () => {
    const dir = folder({
      "nianbao.config.json": JSON.stringify({ rules: { "T4-ROWSUM": "off" } }),
      "a.nianbao.yaml": WRONG_TOTAL,
    });
    expect(nianbao(["check", "."], dir).status).toBe(0);
    const raised = nianbao(["check", ".", "--severity", "T4-ROWSUM=error"], dir);
    expect(raised.status).toBe(1);
    expect(raised.stdout).toContain("T4-ROWSUM");
  });

  it("includes and excludes the reports of a folder search, but checks a file named explicitly", () => {
    const dir = folder({
      "nianbao.config.json": JSON.stringify({ include: ["2024/**"], exclude: ["**/草稿/**"] }),
      "2024/a.nianbao.yaml": CLEAN,
      "2024/草稿/draft.nianbao.yaml": WRONG_TOTAL,
      "2023/old.nianbao.yaml": WRONG_TOTAL,
    });
    const searched = nianbao(["check", ".", "--format", "json"], dir);
    expect(json(searched.stdout).reports.map((r) => r.file)).toEqual(["2024/a.nianbao.yaml"]);
    expect(searched.status).toBe(0);
    const named = nianbao(["check", "2023/old.nianbao.yaml", "--format", "json"], dir);
    expect(json(named.stdout).reports.map((r) => r.file)).toEqual(["2023/old.nianbao.yaml"]);
    expect(named.status).toBe(1);
  });

  it("sets the 六、其他事项 profile and the locale", () => {
    const dir = folder({
      "nianbao.config.json": JSON.stringify({ profile: { section6Items: ["年度工作要点"] }, locale: "en" }),
      "a.nianbao.yaml": CLEAN,
    });
    const r = nianbao(["check", ".", "--format", "json"], dir);
    const f = json(r.stdout).reports[0]!.findings.find((x) => x.code === "NAR-SEC6-OTHER");
    expect([f!.code, f!.message]).toEqual([
      "NAR-SEC6-OTHER",
      "The local profile requires 「年度工作要点」 in section 六 (other matters), but it is not mentioned.",
    ]);
    // --locale on the command line wins over the config's.
    const zh = nianbao(["check", ".", "--format", "json", "--locale", "zh-CN"], dir);
    const zhFinding = json(zh.stdout).reports[0]!.findings.find((x) => x.code === "NAR-SEC6-OTHER");
    expect(zhFinding!.message).toBe("本地要求第六部分报告「年度工作要点」，但没有提到。");
  });

  it("reports a broken config at its line, and checks the reports with the defaults", () => {
    const dir = folder({
      "nianbao.config.json": '{\n  "rules": {\n    "T4-ROWSUM": "off",\n    "T4-ROWSUMS": "off"\n  }\n}\n',
      "a.nianbao.yaml": WRONG_TOTAL,
    });
    const r = nianbao(["check", "."], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "nianbao.config.json:4:5  错误  CONFIG-INVALID  「T4-ROWSUMS」不是 Nianbao 的规则代码（见规则参考）。本配置未生效，报告按默认设置检查。",
    );
    // Not applied: T4-ROWSUM is still an error.
    expect(r.stdout).toMatch(/a\.nianbao\.yaml:\d+:\d+ {2}错误 {2}T4-ROWSUM/u);
    // The config is listed, its error counted, but it is no report.
    expect(r.stdout).toContain("已检查报告 1 份，其中有错误的 1 份。");
    expect(nianbao(["check", ".", "--severity", "CONFIG-INVALID=warning"], dir).stdout).toContain(
      "nianbao.config.json:4:5  警告  CONFIG-INVALID",
    );
    const bad = folder({ "nianbao.config.json": '{ "rules": { ', "a.nianbao.yaml": CLEAN });
    const j = json(nianbao(["check", ".", "--format", "json"], bad).stdout).reports;
    expect(j.map((x) => [x.file, codes(x)])).toEqual([
      ["a.nianbao.yaml", []],
      ["nianbao.config.json", ["CONFIG-INVALID:error"]],
    ]);
  });

  it("silences a finding with # nianbao-disable-next-line, and reports an unused one", () => {
    const disabled = WRONG_TOTAL.replace(
      /^(\s*)行政复议:/mu,
      "$1# nianbao-disable-next-line T4-ROWSUM -- 待复核\n$1行政复议:",
    );
    const unused = CLEAN.replace(/^(\s*)行政复议:/mu, "$1# nianbao-disable-next-line T4-ROWSUM\n$1行政复议:");
    const dir = folder({ "a.nianbao.yaml": disabled, "b.nianbao.yaml": unused });
    const r = nianbao(["check", ".", "--format", "json"], dir);
    expect(json(r.stdout).reports.map((x) => [x.file, codes(x)])).toEqual([
      ["a.nianbao.yaml", []],
      ["b.nianbao.yaml", ["DISABLE-UNUSED:warning"]],
    ]);
    expect(r.status).toBe(0);
  });

  it("gives each report its config's options in a batch checked by worker threads", () => {
    const files: Record<string, string> = {
      "strict/nianbao.config.json": JSON.stringify({ rules: { "T4-ROWSUM": "info" } }),
    };
    for (let i = 0; i < 30; i++) {
      files[`strict/${i}.nianbao.yaml`] = WRONG_TOTAL;
      files[`plain/${i}.nianbao.yaml`] = WRONG_TOTAL;
    }
    const r = nianbao(["check", ".", "--format", "json", "--jobs", "2"], folder(files));
    const reports = json(r.stdout).reports;
    expect(reports).toHaveLength(60);
    for (const x of reports)
      expect(codes(x)).toEqual([x.file.startsWith("strict/") ? "T4-ROWSUM:info" : "T4-ROWSUM:error"]);
  });

  it("checks a report on standard input with the working folder's config", () => {
    const dir = folder({ "nianbao.config.json": JSON.stringify({ rules: { "T4-ROWSUM": "off" } }) });
    const r = spawnSync(process.execPath, [BIN, "check", "-", "--format", "json"], {
      cwd: dir,
      input: WRONG_TOTAL,
      encoding: "utf8",
    });
    expect(codes(json(r.stdout).reports[0])).toEqual([]);
    expect(r.status).toBe(0);
  });
});
