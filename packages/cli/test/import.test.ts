/**
 * `nianbao import`, run as a user runs it: a published report to YAML on standard output (findings on
 * standard error), from standard input, to a file, as JSON, and a folder with its summary.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "@nianbao/core";
import { asFlattened, asHtml, asMarkdown, asTsv } from "@nianbao/test-support/published";
import { BIN, foldersRemovedAfterEach, nianbao } from "./support/run.js";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";

const sources = resolve(import.meta.dirname, "../../../examples/sources");
const folder = foldersRemovedAfterEach();

/** A report whose table 三 repeats a row label out of order: the import refuses it, an error finding. */
const conflicting = asMarkdown({ labels: { prohibitedByLaw: "1.属于国家秘密" } });

describe("nianbao import <file>", () => {
  it("writes the YAML to standard output and the findings to standard error", () => {
    const dir = folder({ "report.md": asMarkdown({ t2: { regulations: [22, 235] } }) });
    const r = nianbao(["import", "report.md"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^# 测试市测试局2023年政府信息公开工作年度报告\n# 由 nianbao import 从 report\.md（Markdown）导入。/u,
    );
    expect(parseReport(r.stdout).report.requests.total!.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^report\.md:\d+:1 {2}警告 {2}IMP-UNREADABLE {2}「规章」：来源第 \d+ 行有 2 个数值（22 235）/u,
    );
    expect(lines.at(-1)).toBe("report.md：表格 200 格，照录 197 格，推断 0 格，未能读取 3 格；错误 0 个，警告 1 个。");
  });

  it("exits 1 when a finding is an error, and words everything in English with --locale en", () => {
    const dir = folder({ "report.md": conflicting });
    const r = nianbao(["import", "report.md", "--locale", "en"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^report\.md:\d+:1 {2}error {2}IMP-SOURCE-GATE {2}table 三 \(requests received and handled\): the row label “1\.属于国家秘密”/mu,
    );
    expect(r.stdout).toContain("# Imported by nianbao import from report.md (Markdown).");
  });

  it("reads standard input with -", () => {
    const r = spawnSync(process.execPath, [BIN, "import", "-"], {
      input: asFlattened({
        t3: { new: [71, 3, 0, 0, 0, 0, 74], granted: [71, 3, 0, 0, 0, 0, 74], total: [71, 3, 0, 0, 0, 0, 74] },
      }),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(parseReport(r.stdout).report.requests.new!.map((c) => c.value)).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(r.stderr).toMatch(/^-:2:\d+ {2}警告 {2}IMP-FLATTENED {2}/mu);
  });

  it("reads a page saved in GB18030", () => {
    const html = asHtml({ agency: "某县人民政府" });
    const dir = folder({});
    const path = join(dir, "page.html");
    const bytes = encodeGb18030(html);
    writeFileSync(path, bytes);
    const r = nianbao(["import", "page.html"], dir);
    expect(r.status).toBe(0);
    expect(parseReport(r.stdout).report.agency).toBe("某县人民政府");
  });

  it("writes the model's JSON form with --format json, to a file with -o", () => {
    const dir = folder({ "report.txt": asTsv({ t4: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }) });
    const r = nianbao(["import", "report.txt", "--format", "json", "-o", "out.json"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("已写入 out.json");
    const json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(json).toMatchObject({
      nianbao: "import",
      version: 1,
      source: { file: "report.txt", kind: "tsv" },
      stats: { cells: 200, read: 200, inferred: 0, unreadable: 0 },
      findings: [],
    });
    expect(json.report.litigation.review[0]).toEqual({
      status: "number",
      value: 1,
      exact: "1",
      raw: null,
      note: null,
      normalized: null,
    });
    expect(json.report.format).toBe(2021);
  });

  it("takes --kind over detection", () => {
    const dir = folder({ "report.txt": asMarkdown() });
    const r = nianbao(["import", "report.txt", "--kind", "layout"], dir);
    expect(r.stdout).toContain("（pdftotext -layout 文本）");
  });

  it("imports a PDF", () => {
    const dir = folder({});
    copyFileSync(join(sources, "jiangsu-huaian-city-gov-2024.pdf"), join(dir, "szfgs2024.pdf"));
    const r = nianbao(["import", "szfgs2024.pdf"], dir);
    expect(r.status).toBe(0);
    const report = parseReport(r.stdout).report;
    expect(report.proactive.licensing!.decisions!.value).toBe(447228);
    expect(report.requests.total!.map((c) => c.value)).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
  });
});

describe("nianbao import <folder>", () => {
  const files = {
    "a.md": asMarkdown({ agency: "甲局" }),
    "sub/b.html": asHtml({ agency: "乙局", year: 2024 }),
    "c.md": conflicting,
    "notes.odt": "x",
    "done.nianbao.yaml": "格式: 2021\n",
  };

  it("imports every report in it and below, and prints a summary", () => {
    const dir = folder(files);
    const r = nianbao(["import", "."], dir);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^文件\s+类型\s+机关\s+年度\s+照录\/格数\s+推断\s+未能读取\s+发现$/u);
    expect(lines.slice(1, 4).map((l) => l.split(/\s{2,}/u).slice(0, 5))).toEqual([
      ["a.md", "markdown", "甲局", "2023", "200/200"],
      ["c.md", "markdown", "测试市测试局", "2023", "193/200"],
      [join("sub", "b.html"), "html", "乙局", "2024", "200/200"],
    ]);
    expect(r.stdout).toContain(
      "共导入 3 份：表格 600 格，照录 593 格，推断 0 格，未能读取 7 格；错误 1 个，警告 1 个。",
    );
    expect(r.stdout).toContain("未写出文件");
    expect(r.stderr).toMatch(/^c\.md:\d+:1 {2}错误 {2}IMP-SOURCE-GATE {2}/mu);
  });

  it("writes each report into the -o folder as <name>.nianbao.yaml", () => {
    const dir = folder(files);
    const r = nianbao(["import", ".", "-o", "out"], dir);
    expect(r.status).toBe(1);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.nianbao.yaml", "b.nianbao.yaml", "c.nianbao.yaml"]);
    expect(parseReport(readFileSync(join(dir, "out/b.nianbao.yaml"), "utf8")).report.agency).toBe("乙局");
    expect(r.stdout).not.toContain("未写出文件");
  });

  it("keeps both reports when two sources share a name (the .txt and the .pdf of one report)", () => {
    const dir = folder({
      "r.md": asMarkdown({ agency: "甲局" }),
      "r.txt": asTsv({ agency: "乙局" }),
      "sub/r.html": asHtml({ agency: "丙局" }),
    });
    nianbao(["import", ".", "-o", "out"], dir);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "r.html.nianbao.yaml",
      "r.nianbao.yaml",
      "r.txt.nianbao.yaml",
    ]);
    const agency = (name: string) => parseReport(readFileSync(join(dir, "out", name), "utf8")).report.agency;
    expect([agency("r.nianbao.yaml"), agency("r.txt.nianbao.yaml"), agency("r.html.nianbao.yaml")]).toEqual([
      "甲局",
      "乙局",
      "丙局",
    ]);
  });

  it("prints the JSON of every report with --format json", () => {
    const dir = folder({ "a.md": asMarkdown() });
    const r = nianbao(["import", ".", "--format", "json"], dir);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(1);
    expect(json[0].source).toEqual({ file: "a.md", kind: "markdown" });
  });
});

describe("nianbao import, usage and I/O errors (exit 2)", () => {
  it.each([
    [[], "nianbao：请指定要导入的文件、文件夹或链接，或用 - 表示标准输入（运行 nianbao import --help 查看用法）"],
    [["a.md", "b.md"], "nianbao：每次只能导入一个文件或文件夹，但指定了 2 个（运行 nianbao import --help 查看用法）"],
    [["missing.md"], "nianbao：找不到文件或文件夹：missing.md"],
    [["empty"], "nianbao：在 empty 中没有找到可导入的报告（*.txt、*.md、*.html、*.htm、*.pdf、*.docx）"],
    [
      ["--format", "xml", "a.md"],
      "nianbao：选项 --format 的值“xml”无效，可选：yaml, json（运行 nianbao import --help 查看用法）",
    ],
  ])("%j", (args, message) => {
    const dir = folder({ "a.md": asMarkdown(), "b.md": asMarkdown(), "empty/readme.odt": "x" });
    const r = nianbao(["import", ...args], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message);
    expect(r.stdout).toBe("");
  });

  it("refuses -o naming a file when importing a folder", () => {
    const dir = folder({ "in/a.md": asMarkdown(), "out.yaml": "" });
    const r = nianbao(["import", "in", "-o", "out.yaml"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("导入文件夹时 -o 应指定文件夹，而 out.yaml 是文件");
    expect(existsSync(join(dir, "a.nianbao.yaml"))).toBe(false);
  });
});
