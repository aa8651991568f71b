/**
 * `nianbao import <folder>` on a folder as a supervising office collects one: a web page, a PDF, a
 * Word document, Markdown and text side by side, a Word 97–2003 file, a page that is no report and
 * Word's lock file. Each is read by its kind in one run, and the summary says per kind what was
 * read, inferred and reported, how many sources held no report and how many could not be read.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@nianbao/core";
import { folderWith, nianbao, removeFolder } from "./support/run.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const examples = resolve(import.meta.dirname, "../../../examples");
const dir = folderWith({ "notice.txt": "关于调整办公时间的通知\n自下周起每日 9 时开始办公。\n" });
const DOCX = "jiangsu-huaian-hongzequ-gov-2024";

beforeAll(() => {
  const copy = (name: string, to: string) => copyFileSync(join(SOURCES_DIR, name), join(dir, to));
  copy("anon-hangzhou-style-city-2025.html", "测试市2025.html");
  copy("jiangsu-huaian-city-gov-2024.pdf", "淮安2024.pdf");
  copy("jiangsu-suqian-shuyangxian-gov-2025.md", "沭阳2025.md");
  copy("shilong-gongxinju-2023.txt", "石龙2023.txt");
  expect(
    nianbao(["render", join(examples, `${DOCX}.nianbao.yaml`), "-o", join(dir, "洪泽2024.docx")], dir).status,
  ).toBe(0);
  writeFileSync(
    join(dir, "旧年报.doc"),
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
  );
  // Word keeps this beside a document while it is open.
  writeFileSync(join(dir, "~$洪泽2024.docx"), Buffer.alloc(162));
});
afterAll(() => removeFolder(dir));

describe("nianbao import <folder of mixed files>", () => {
  it("imports each file by its kind and sums up per kind, the failures and the sources without a report", () => {
    const r = nianbao(["import", ".", "-o", "out"], dir);
    expect(r.status).toBe(2);
    const rows = r.stdout
      .split("\n")
      .slice(1, 7)
      .map((l) => l.split(/\s{2,}/u).slice(0, 2));
    expect(rows).toEqual([
      ["notice.txt", "layout"],
      ["沭阳2025.md", "markdown"],
      ["洪泽2024.docx", "docx"],
      ["测试市2025.html", "html"],
      ["淮安2024.pdf", "pdf"],
      ["石龙2023.txt", "tsv"],
    ]);
    expect(r.stderr).toContain("nianbao：旧年报.doc 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件");
    expect(r.stdout + r.stderr).not.toContain("~$");
    expect(r.stdout).toContain("共导入 5 份：表格 986 格，照录 986 格，推断 0 格，未能读取 0 格；");
    for (const kind of ["markdown", "docx", "pdf", "html", "tsv"])
      expect(r.stdout).toMatch(
        new RegExp(`^  其中 ${kind}：1 份，表格 (200|186) 格，照录 (200|186) 格，推断 0 格，未能读取 0 格。$`, "mu"),
      );
    expect(r.stdout).toContain("未找到报告而未导入 1 份。");
    expect(r.stdout).toContain("无法读取而未导入 1 份（原因见标准错误输出）。");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(
      [
        "沭阳2025.nianbao.yaml",
        "洪泽2024.nianbao.yaml",
        "淮安2024.nianbao.yaml",
        "测试市2025.nianbao.yaml",
        "石龙2023.nianbao.yaml",
      ].sort(),
    );
    const page = parseReport(readFileSync(join(dir, "out", "测试市2025.nianbao.yaml"), "utf8")).report;
    expect(
      compareImport(expectedCells(loadTablesJson("anon-hangzhou-style-city-2025")), { report: page, findings: [] })
        .differing,
    ).toEqual([]);

    // Run again: the reports written (perhaps edited since) are kept, and counted.
    const again = nianbao(["import", ".", "-o", "out"], dir);
    expect(again.stdout).toContain("已存在而跳过 5 份");
  });

  it("words the summary in English with --locale en", () => {
    const r = nianbao(["import", ".", "--locale", "en"], dir);
    expect(r.stdout).toMatch(/^File\s+Kind\s+Agency/mu);
    expect(r.stdout).toContain(
      "  of which docx: 1 reports, 186 table cells, 186 read as published, 0 inferred, 0 not readable.",
    );
    expect(r.stdout).toContain("1 not imported: could not be read (see standard error).");
  });
});
