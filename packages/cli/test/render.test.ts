import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMS, parseReport } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

// Distinct figures, so each one found in the output can only come from its own cell.
const report = buildYaml({
  agency: "测试市测试局",
  year: 2024,
  t2: { 行政规范性文件: { 本年制发: 6, 本年废止: 1, 现行有效: 32 }, 行政事业性收费: 4068.208 },
  t3: {
    本年新收: [705, 3, 0, 0, 5, 0, 713],
    上年结转: [36, 0, 0, 0, 0, 0, 36],
    予以公开: [290, 1, 0, 0, 3, 0, 294],
    本机关不掌握相关政府信息: [420, 2, 0, 0, 2, 0, 424],
    总计: [710, 3, 0, 0, 5, 0, 718],
    结转下年度: [31, 0, 0, 0, 0, 0, 31],
  },
  t4: { 行政复议: [27, 10, 9, 15, 61] },
  problems: "一是政策解读形式有待丰富。",
});
// 总计 of 予以公开 is wrong (290 + 1 + 3 = 294, written 295): its row does not add up, nor does column 总计 of the results.
const withError = report.replace("予以公开: [290, 1, 0, 0, 3, 0, 294]", "予以公开: [290, 1, 0, 0, 3, 0, 295]");

describe("nianbao render", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({
      "r.nianbao.yaml": report,
      "bad.nianbao.yaml": withError,
      "two/a.nianbao.yaml": report,
      "two/b.nianbao.yaml": report,
    });
  });
  afterAll(() => removeFolder(dir));

  it("writes a standalone HTML page to stdout by default: the values, the merged header cells, print CSS", () => {
    const r = nianbao(["render", "r.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const html = r.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<title>测试市测试局2024年政府信息公开工作年度报告</title>");
    for (const v of ["713", "4068.208", "424", "718", "61"])
      expect(html).toMatch(new RegExp(`>${v.replace(".", "\\.")}</td>`));
    const t3 = FORMS[2021].table3;
    expect(html).toContain(`<th colspan="3" rowspan="3" class="nb-relation">${t3.relationNote}</th>`);
    expect(html).toContain(`<th colspan="7">${t3.applicantHeader}</th>`);
    expect(html).toContain(`<th colspan="5">${t3.organisationHeader}</th>`);
    expect(html).toMatch(/<th rowspan="22"[^>]*>三、本年度办理结果<\/th>/);
    expect(html).toMatch(/<th colspan="10">行政诉讼<\/th>/);
    expect(html).toContain("@page{size:A4");
    expect(html).toMatch(/font-family:"Songti SC","SimSun","Noto Serif CJK SC","Source Han Serif SC",serif/);
  });

  it("writes Markdown with --format md", () => {
    const r = nianbao(["render", "--format", "md", "r.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("# 测试市测试局2024年政府信息公开工作年度报告\n");
    expect(r.stdout).toContain("| 行政规范性文件 | 6 | 1 | 32 |");
    expect(r.stdout).toContain(
      "| 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 420 | 2 | 0 | 0 | 2 | 0 | 424 |",
    );
  });

  it("writes to -o, taking the format from its extension, and says where on stderr", () => {
    const r = nianbao(["render", "r.nianbao.yaml", "-o", "out.md"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("已写入 out.md\n");
    expect(readFileSync(join(dir, "out.md"), "utf8")).toBe(
      nianbao(["render", "--format", "md", "r.nianbao.yaml"], dir).stdout,
    );
    const html = nianbao(["render", "r.nianbao.yaml", "--output=page.html", "--locale", "en"], dir);
    expect(html.stderr).toBe("Wrote page.html\n");
    expect(readFileSync(join(dir, "page.html"), "utf8")).toContain("<!DOCTYPE html>");
  });

  it("writes a DOCX beside the report when no -o is given", () => {
    const r = nianbao(["render", "--format", "docx", "r.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("已写入 r.docx\n");
    // A .docx is a zip package: it starts with a local file header.
    expect(readFileSync(join(dir, "r.docx")).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it("renders a report with errors all the same, and warns with the number of errors", () => {
    const errors = parseReport(withError).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code).sort()).toEqual(["T3-RESULTS", "T3-ROWTOTAL"]);
    const r = nianbao(["render", "bad.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(">295</td>");
    expect(r.stderr).toBe(
      "nianbao：bad.nianbao.yaml 有 2 个错误，仍已生成；发布前请运行 nianbao check bad.nianbao.yaml 查看并改正\n",
    );
    const en = nianbao(["render", "--format", "md", "bad.nianbao.yaml"], dir, { LANG: "en_US.UTF-8" });
    expect(en.stderr).toBe(
      "nianbao: bad.nianbao.yaml has 2 error(s); rendered anyway. Run nianbao check bad.nianbao.yaml and correct them before publishing\n",
    );
  });

  it("counts errors with the report's nianbao.config.json, as nianbao check does", () => {
    const configured = folderWith({
      "nianbao.config.json": JSON.stringify({ rules: { "T3-ROWTOTAL": "warning", "T3-RESULTS": "off" } }),
      "bad.nianbao.yaml": withError,
    });
    const broken = folderWith({
      "nianbao.config.json": '{ "rules": { "T3-ROWTOTAL": "loud" } }',
      "bad.nianbao.yaml": withError,
    });
    try {
      const quiet = nianbao(["render", "bad.nianbao.yaml"], configured);
      expect(quiet.status).toBe(0);
      expect(quiet.stderr).toBe("");
      expect(nianbao(["check", "bad.nianbao.yaml"], configured).status).toBe(0);

      // A config that cannot be used is said, and the defaults count both errors.
      const r = nianbao(["render", "bad.nianbao.yaml"], broken);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(
        "nianbao：nianbao.config.json 有错，未生效，本报告按默认设置检查；运行 nianbao check 查看错误位置\n" +
          "nianbao：bad.nianbao.yaml 有 2 个错误，仍已生成；发布前请运行 nianbao check bad.nianbao.yaml 查看并改正\n",
      );
    } finally {
      removeFolder(configured);
      removeFolder(broken);
    }
  });

  it("exits 2 on usage and I/O errors, with one line on stderr", () => {
    const cases: [string[], string][] = [
      [["render"], "nianbao：请指定要生成的报告文件（运行 nianbao render --help 查看用法）"],
      [
        ["render", "r.nianbao.yaml", "bad.nianbao.yaml"],
        "nianbao：每次只能生成一份报告，但指定的路径包含 2 份（运行 nianbao render --help 查看用法）",
      ],
      [
        ["render", "two"],
        "nianbao：每次只能生成一份报告，但指定的路径包含 2 份（运行 nianbao render --help 查看用法）",
      ],
      [["render", "missing.nianbao.yaml"], "nianbao：找不到文件或文件夹：missing.nianbao.yaml"],
      [
        ["render", "r.nianbao.yaml", "-o", "out.txt"],
        "nianbao：无法从 out.txt 的扩展名判断输出格式，请用 --format 指定 html、docx 或 md（运行 nianbao render --help 查看用法）",
      ],
      [
        ["render", "r.nianbao.yaml", "--format", "pdf"],
        "nianbao：选项 --format 的值“pdf”无效，可选：html, docx, md（运行 nianbao render --help 查看用法）",
      ],
      [["render", "r.nianbao.yaml", "-o", "no/such/dir/out.html"], "nianbao：无法写入 no/such/dir/out.html（ENOENT）"],
    ];
    for (const [args, line] of cases) {
      const r = nianbao(args, dir);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${line}\n`);
    }
    expect(existsSync(join(dir, "out.txt"))).toBe(false);
  });

  it("explains itself with --help, and the main help lists render", () => {
    const help = nianbao(["render", "--help"], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("用法：nianbao render [选项] <报告.nianbao.yaml>");
    expect(nianbao(["--help"], dir).stdout).toMatch(/^ {2}render <报告>/m);
    expect(nianbao(["render", "-h", "--locale", "en"], dir).stdout).toContain(
      "Usage: nianbao render [options] <report.nianbao.yaml>",
    );
  });
});
