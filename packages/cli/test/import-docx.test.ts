/**
 * `nianbao import report.docx`, as a user runs it: the Word document `nianbao render` writes for
 * every example (merged cells as Word merges them) imports to the example's cells and prose, and
 * Word documents another program (pandoc) writes from the published sources import with every cell
 * right or reported, compared with the decoded *.tables.json. Word 97–2003 and WPS files are input
 * errors that say how to convert them.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parseReport } from "@nianbao/core";
import { BIN, folderWith, nianbao, removeFolder } from "./support/run.js";
import { compareImport, expectedCells, expectedFromReport } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const examples = resolve(import.meta.dirname, "../../../examples");
const dir = folderWith({});
afterAll(() => removeFolder(dir));

const EXAMPLES = readdirSync(examples)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => f.replace(/\.nianbao\.yaml$/, ""));

/** The JSON account of an import (report and findings), run through the bin. */
function importJson(file: string) {
  const r = nianbao(["import", file, "--format", "json"], dir);
  expect(r.status, r.stderr).not.toBe(2);
  return JSON.parse(r.stdout) as {
    source: { kind: string };
    report: ReturnType<typeof parseReport>["report"];
    findings: { paths: string[]; path: string | null }[];
  };
}

const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/gu, "");

describe.each(EXAMPLES)("the DOCX nianbao render writes for %s", (name) => {
  it("imports with every cell of the example and the prose of each section", async () => {
    const render = (format: string) =>
      nianbao(
        ["render", join(examples, `${name}.nianbao.yaml`), "--format", format, "-o", `${name}.${format}`, "--force"],
        dir,
      );
    expect(render("docx").status).toBe(0);
    expect(render("html").status).toBe(0);
    // The document holds the merges of the official tables, so reading them is what is tested here.
    const xml = await (
      await JSZip.loadAsync(readFileSync(join(dir, `${name}.docx`)))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("<w:vMerge");
    expect(xml).toContain("<w:gridSpan");

    const docx = importJson(`${name}.docx`);
    expect(docx.source.kind).toBe("docx");
    const example = parseReport(readFileSync(join(examples, `${name}.nianbao.yaml`), "utf8")).report;
    const counts = compareImport(expectedFromReport(example), docx);
    console.log(
      `${name}.docx (render): ${counts.right}/${counts.cells} cells right, ${counts.reported} reported, ${counts.wrong} wrong`,
    );
    expect(counts.differing).toEqual([]);
    expect(squash(docx.report.problems)).toBe(squash(example.problems));
    expect(squash(docx.report.other)).toBe(squash(example.other));
    // The overview is split into its topics as the same report published as a web page is.
    const page = importJson(`${name}.html`);
    expect(docx.report.overview).toEqual(page.report.overview);
    expect([docx.report.agency, docx.report.year, docx.report.title]).toEqual([
      page.report.agency,
      page.report.year,
      page.report.title,
    ]);
  });
});

// CI installs pandoc (.ci/run); there its absence is a failure, not a reason to skip.
const hasPandoc = spawnSync("pandoc", ["--version"]).status === 0;
const PUBLISHED = readdirSync(SOURCES_DIR).filter((f) => /\.(html|md)$/.test(f) && f !== "README.md");

describe.runIf(hasPandoc || !!process.env.CI).each(PUBLISHED)(
  "a DOCX pandoc writes from examples/sources/%s",
  (source) => {
    it("imports every table cell as published, or reports it: never a silently wrong number", () => {
      const name = source.replace(/\.(html|md)$/, "");
      const out = join(dir, `${source}.docx`);
      // GitHub-flavoured Markdown, as the converters that wrote these sources meant it; a line break
      // stays one, as the lines of the PDF they came from were.
      const from = source.endsWith(".md") ? ["-f", "gfm+hard_line_breaks"] : ["-f", "html"];
      const p = spawnSync("pandoc", [...from, join(SOURCES_DIR, source), "-o", out], { encoding: "utf8" });
      expect(p.status, p.stderr).toBe(0);
      const result = importJson(out);
      const counts = compareImport(expectedCells(loadTablesJson(name)), result);
      console.log(
        `${source}.docx (pandoc): ${counts.right}/${counts.cells} cells right, ${counts.reported} reported, ${counts.wrong} wrong`,
      );
      expect(counts.differing.filter((d) => d.startsWith("WRONG"))).toEqual([]);
      // Where pandoc keeps the source's tables whole (HTML, and Markdown whose tables are well formed), every cell is read.
      if (source.endsWith(".html") || name === "jiangsu-suqian-shuyangxian-gov-2025")
        expect(counts.right).toBe(counts.cells);
    });
  },
);

describe("Word documents that cannot be read (exit 2)", () => {
  const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

  it.each([
    [
      "年报.doc",
      "nianbao：年报.doc 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件，无法读取；请在 Word 或 WPS 中打开它，选择「另存为」→「Word 文档（*.docx）」，再导入 .docx 文件",
    ],
    [
      "年报.wps",
      "nianbao：年报.wps 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件，无法读取；请在 Word 或 WPS 中打开它，选择「另存为」→「Word 文档（*.docx）」，再导入 .docx 文件",
    ],
    // Renamed, a Word 97–2003 file still shows what it is by its first bytes.
    [
      "年报.txt",
      "nianbao：年报.txt 是 Word 97–2003（.doc）或 WPS（.wps）格式的文件，无法读取；请在 Word 或 WPS 中打开它，选择「另存为」→「Word 文档（*.docx）」，再导入 .docx 文件",
    ],
  ])("%s says to save it as .docx", (file, message) => {
    writeFileSync(join(dir, file), OLE);
    const r = nianbao(["import", file], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message);
    expect(r.stdout).toBe("");
  });

  it("words it in English with --locale en", () => {
    writeFileSync(join(dir, "old.doc"), OLE);
    const r = nianbao(["import", "old.doc", "--locale", "en"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "old.doc is a Word 97–2003 (.doc) or WPS (.wps) file, which cannot be read; open it in Word or WPS, choose Save As → Word Document (*.docx)",
    );
  });

  it("names a .docx that is not a Word document, and one that is damaged", async () => {
    writeFileSync(join(dir, "not.docx"), "这不是 Word 文档");
    const r = nianbao(["import", "not.docx"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      "nianbao：not.docx 不是 Word 文档（.docx）：其中没有正文（word/document.xml）；如果是其他格式，请用 --kind 指定",
    );
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document><w:body><w:p>");
    writeFileSync(join(dir, "broken.docx"), await zip.generateAsync({ type: "uint8array" }));
    const b = nianbao(["import", "broken.docx"], dir);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(
      /^nianbao：无法读取 Word 文档 broken\.docx（.+）；请在 Word 或 WPS 中打开它并重新保存为 \.docx$/mu,
    );
  });

  it("refuses a body that inflates past 64 MB (a decompression bomb) before mammoth reads it", async () => {
    const zip = new JSZip();
    // 65 MB of one repeated character deflates to about 64 KB.
    zip.file("word/document.xml", `<w:document>${"a".repeat(65 * 1024 * 1024)}</w:document>`);
    writeFileSync(join(dir, "bomb.docx"), await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const r = nianbao(["import", "bomb.docx"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^nianbao：bomb\.docx 有 64\.\d MB，超过导入上限 64\.0 MB/mu);
  });
});

describe("a Word document without its name", () => {
  it("is known by its content on standard input", () => {
    const name = "jiangsu-huaian-hongzequ-gov-2024";
    expect(nianbao(["render", join(examples, `${name}.nianbao.yaml`), "-o", "stdin.docx", "--force"], dir).status).toBe(
      0,
    );
    const r = spawnSync(process.execPath, [BIN, "import", "-"], {
      input: readFileSync(join(dir, "stdin.docx")),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("由 nianbao import 从 -（Word 文档）导入。");
    expect(parseReport(r.stdout).report.agency).toBe(
      parseReport(readFileSync(join(examples, `${name}.nianbao.yaml`), "utf8")).report.agency,
    );
  });
});
