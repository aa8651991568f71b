/**
 * `nianbao check --fix` and `--fix-dry-run` as users run them: on the real 洪泽区 reports of
 * examples/, on a folder large enough for worker threads, and on files that must be left alone.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const EXAMPLES = join(import.meta.dirname, "../../../examples");
const HONGZE = ["jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", "jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml"];

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFolder(dir);
});

function folder(files: Readonly<Record<string, string>> = {}): string {
  const dir = folderWith(files);
  folders.push(dir);
  return dir;
}

/** A folder with the two 洪泽区 reports as published (wrong table 四 totals, a mistyped label). */
function hongze(): string {
  const dir = folder();
  for (const f of HONGZE) copyFileSync(join(EXAMPLES, f), join(dir, f));
  return dir;
}

const read = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");

describe("nianbao check --fix", () => {
  it("fixes the real reports, says what per file, and exits on what remains", () => {
    const dir = hongze();
    const r = nianbao(["check", ".", "--fix", "--no-summary"], dir);
    expect(r.stderr).toBe(
      "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml：已修正 3 处（STR-ROW-LABELS 1、T4-ROWSUM 2）\n" +
        "jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml：已修正 1 处（STR-ROW-LABELS 1）\n" +
        "共修正 2 份报告中的 4 处问题。\n",
    );
    const fixed = read(dir, HONGZE[0]!);
    expect(fixed).toContain("  # 结果维持 结果纠正 其他结果 尚未审结 总计\n  行政复议:         [10, 1, 0, 0, 11]");
    // An error no fix settles remains (（六）其他处理 written as the 2019 form's one row): the status says so.
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("T4-ROWSUM");
    expect(r.stdout).toContain("错误  STR-TEMPLATE-VERSION");

    // A second run changes nothing and reports the same findings.
    const again = nianbao(["check", ".", "--fix", "--no-summary"], dir);
    expect(again.stderr).toBe("没有可自动修正的问题。\n");
    expect(read(dir, HONGZE[0]!)).toBe(fixed);
    expect(again.stdout).toBe(r.stdout);
    expect(again.status).toBe(1);
  });

  it("words the summary in English with --locale en", () => {
    const dir = hongze();
    const r = nianbao(["check", HONGZE[0]!, "--fix", "--locale", "en"], dir);
    expect(r.stderr).toContain(`${HONGZE[0]}: fixed 3 (STR-ROW-LABELS 1, T4-ROWSUM 2)\n`);
    expect(r.stderr).toContain("Fixed 3 finding(s) in 1 report(s).");
  });

  it("exits 0 when the fixes leave no error", () => {
    const dir = folder({ "a.nianbao.yaml": buildYaml({ t4: { 行政复议: [2, 1, 0, 0, 0] } }) });
    expect(nianbao(["check", "."], dir).status).toBe(1);
    const r = nianbao(["check", ".", "--fix"], dir);
    expect(r.status).toBe(0);
    expect(read(dir, "a.nianbao.yaml")).toContain("行政复议: [2, 1, 0, 0, 3]");
  });

  it("keeps a BOM, CRLF line ends, the file's permissions and a symbolic link", () => {
    const text = `\uFEFF${buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }).replace(/\n/g, "\r\n")}`;
    const dir = folder({ "real.nianbao.yaml": text });
    chmodSync(join(dir, "real.nianbao.yaml"), 0o640);
    symlinkSync("real.nianbao.yaml", join(dir, "link.nianbao.yaml"));
    const r = nianbao(["check", "link.nianbao.yaml", "--fix"], dir);
    expect(r.stderr).toContain("已修正 1 处");
    expect(lstatSync(join(dir, "link.nianbao.yaml")).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, "real.nianbao.yaml")).mode & 0o777).toBe(0o640);
    expect(read(dir, "real.nianbao.yaml")).toBe(text.replace("行政复议: [2, 0, 0, 0, 0]", "行政复议: [2, 0, 0, 0, 2]"));
  });

  it("applies no fix of a rule turned off with --severity", () => {
    const text = buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } });
    const dir = folder({ "a.nianbao.yaml": text });
    const r = nianbao(["check", ".", "--fix", "--severity", "T4-ROWSUM=off"], dir);
    expect(read(dir, "a.nianbao.yaml")).toBe(text);
    expect(r.stderr).toBe("没有可自动修正的问题。\n");
  });

  it("leaves files it cannot read as written, and says so", () => {
    const broken = buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }).replace("[2, 0, 0, 0, 0]", "[2, 0, 0, 0, 0");
    const utf16 = Buffer.from(`\uFEFF${buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } })}`, "utf16le");
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x80, 0x81]);
    const dir = folder({ "broken.nianbao.yaml": broken });
    writeFileSync(join(dir, "utf16.nianbao.yaml"), utf16);
    writeFileSync(join(dir, "binary.nianbao.yaml"), binary);
    const r = nianbao(["check", ".", "--fix"], dir);
    expect(read(dir, "broken.nianbao.yaml")).toBe(broken);
    expect(readFileSync(join(dir, "utf16.nianbao.yaml"))).toEqual(utf16);
    expect(readFileSync(join(dir, "binary.nianbao.yaml"))).toEqual(binary);
    expect(r.stderr).toContain("binary.nianbao.yaml：无法读取");
    expect(r.stderr).toContain("broken.nianbao.yaml：无法读取");
    expect(r.stderr).toContain("utf16.nianbao.yaml：不是 UTF-8 编码，未修正");
    expect(r.stderr).toContain("没有可自动修正的问题。");
    expect(r.status).toBe(2);
  });

  it("fixes a folder of many reports in worker threads as on one thread", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`r${String(i).padStart(2, "0")}.nianbao.yaml`] = buildYaml({
        agency: `测试市第${i}局`,
        t4: { 行政复议: [i, 1, 0, 0, 0] },
      });
    const threads = folder(files);
    const inline = folder(files);
    const a = nianbao(["check", ".", "--fix", "--jobs", "2"], threads);
    const b = nianbao(["check", ".", "--fix", "--jobs", "1"], inline);
    expect(a.stderr).toContain("共修正 60 份报告中的 60 处问题。");
    expect(a.stderr).toBe(b.stderr);
    expect(a.stdout).toBe(b.stdout);
    expect(a.status).toBe(0);
    for (const f of Object.keys(files)) expect(read(threads, f)).toBe(read(inline, f));
    expect(read(threads, "r07.nianbao.yaml")).toContain("行政复议: [7, 1, 0, 0, 8]");
  });

  it("checks a large folder's fixed texts in worker threads on a dry run, as if they were written", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`r${String(i).padStart(2, "0")}.nianbao.yaml`] = buildYaml({
        agency: `测试市第${i}局`,
        t4: { 行政复议: [i, 1, 0, 0, 0] },
        ...(i % 2 ? { t3: { 本年新收: [1, 0, 0, 0, 0, 0, 0] } } : {}),
      });
    const dry = folder(files);
    const real = folder(files);
    const r = nianbao(["check", ".", "--fix-dry-run", "--jobs", "2", "--format", "json", "-o", "after.json"], dry);
    nianbao(["check", ".", "--fix", "--jobs", "2"], real);
    const after = nianbao(["check", ".", "--jobs", "2", "--format", "json"], real);
    expect(read(dry, "after.json")).toBe(after.stdout);
    expect(r.status).toBe(after.status);
    expect(read(dry, "r07.nianbao.yaml")).toBe(files["r07.nianbao.yaml"]);
  });

  it("refuses standard input, and --fix with --fix-dry-run", () => {
    const dir = folder({ "a.nianbao.yaml": buildYaml() });
    expect(nianbao(["check", "-", "--fix"], dir).status).toBe(2);
    const both = nianbao(["check", ".", "--fix", "--fix-dry-run"], dir);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--fix-dry-run");
  });
});

describe("nianbao check --fix-dry-run", () => {
  it("prints a unified diff that git apply turns into what --fix writes, and writes nothing", () => {
    const dry = hongze();
    const real = hongze();
    const r = nianbao(["check", ".", "--fix-dry-run"], dry);
    const fixed = nianbao(["check", ".", "--fix"], real);
    for (const f of HONGZE) expect(read(dry, f)).toBe(readFileSync(join(EXAMPLES, f), "utf8"));
    expect(r.stdout).toMatch(/^--- a\/jiangsu-huaian-hongzequ-gov-2023\.nianbao\.yaml\n\+\+\+ b\//);
    expect(r.stdout).toContain("\n-  行政复议:         [10, 1, 0, 0, 0]\n+  行政复议:         [10, 1, 0, 0, 11]\n");
    expect(r.stderr).toContain("可修正 2 份报告中的 4 处问题（未写入文件）。");
    expect(r.stderr).toContain("修正后仍有：错误");
    // The status is what fixing would leave.
    expect(r.status).toBe(fixed.status);

    writeFileSync(join(dry, "fix.patch"), r.stdout);
    const apply = spawnSync("git", ["apply", "fix.patch"], { cwd: dry, encoding: "utf8" });
    expect(apply.stderr).toBe("");
    for (const f of HONGZE) expect(read(dry, f)).toBe(read(real, f));
  });

  it("writes the findings that would remain to -o", () => {
    const dir = hongze();
    const r = nianbao(["check", ".", "--fix-dry-run", "--format", "json", "-o", "after.json"], dir);
    const after = JSON.parse(read(dir, "after.json")) as { reports: { findings: { code: string }[] }[] };
    const codes = after.reports.flatMap((x) => x.findings.map((f) => f.code));
    expect(codes).not.toContain("T4-ROWSUM");
    expect(codes.length).toBeGreaterThan(0);
    expect(r.stdout).toContain("+++ b/");
  });

  it("shows the fixes of a report on standard input", () => {
    const dir = folder();
    const r = spawnSync(
      process.execPath,
      [join(import.meta.dirname, "../bundle/bin.js"), "check", "-", "--fix-dry-run"],
      { cwd: dir, input: buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }), encoding: "utf8" },
    );
    expect(r.stdout).toContain("--- a/-\n+++ b/-\n");
    expect(r.stdout).toContain("+  行政复议: [2, 0, 0, 0, 2]");
    expect(r.status).toBe(0);
  });
});
