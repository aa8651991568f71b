import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMS, parseReport } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

/** One cell of a Word table as the package stores it: its text, `w:gridSpan` and `w:vMerge`. */
interface WordCell {
  readonly text: string;
  readonly gridSpan: number;
  /** "restart" opens a vertical merge, "continue" is covered by the cell above; null for none. */
  readonly vMerge: "restart" | "continue" | null;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The tables of word/document.xml as rows of cells (no nested tables in these documents). */
function wordTables(xml: string): WordCell[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
        const body = c[1]!;
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(body);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(body);
        return {
          text: decode([...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
          gridSpan: span ? Number(span[1]) : 1,
          vMerge: merge ? ((merge[1] ?? "continue") as "restart" | "continue") : null,
        };
      }),
    ),
  );
}

const report = buildYaml({
  agency: "测试市<测试>局",
  year: 2024,
  t2: { 规章: { 本年制发: 3, 本年废止: 1, 现行有效: 40 }, 行政许可: 517645, 行政事业性收费: 4068.208 },
  t3: {
    本年新收: [705, 3, 0, 0, 5, 0, 713],
    予以公开: [290, 1, 0, 0, 3, 0, 294],
    其他: [142, 1, 0, 0, 0, 0, 143],
    结转下年度: [31, 0, 0, 0, 0, 0, 31],
  },
  t4: { 行政复议: [27, 10, 9, 15, 61], 复议后起诉: [8, 0, 1, 1, 10] },
  problems: "一是政策解读形式有待丰富。\n二是依申请办件质量需进一步提升。",
  notes: [{ rule: "T4-NOTE-CARRYOVER", text: "行政复议、行政诉讼数量含上年度结转数量。" }],
});

describe("nianbao render --format docx", () => {
  let dir: string;
  let zip: JSZip;
  let documentXml: string;
  let tables: WordCell[][][];
  beforeAll(async () => {
    dir = folderWith({ "r.nianbao.yaml": report });
    const r = nianbao(["render", "r.nianbao.yaml", "-o", "r.docx"], dir);
    expect(r.status).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(join(dir, "r.docx")));
    documentXml = await zip.file("word/document.xml")!.async("string");
    tables = wordTables(documentXml);
  });
  afterAll(() => removeFolder(dir));

  it("is a valid WordprocessingML package", async () => {
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"',
    );
    const rels = await zip.file("_rels/.rels")!.async("string");
    expect(rels).toMatch(/Target="\/?word\/document\.xml"/);
    expect(documentXml.startsWith("<?xml")).toBe(true);
    expect(documentXml).toContain("<w:body>");
  });

  it("is A4 with SimSun for Chinese text", async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
  });

  it("holds the title, the six headings, the prose and the 注", () => {
    const texts = [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!));
    expect(texts).toContain("测试市<测试>局2024年政府信息公开工作年度报告");
    for (const s of FORMS[2021].sections) expect(texts).toContain(`${s.ordinal}、${s.heading}`);
    expect(texts).toContain("一是政策解读形式有待丰富。");
    expect(texts).toContain("二是依申请办件质量需进一步提升。");
    expect(texts).toContain("注：行政复议、行政诉讼数量含上年度结转数量。");
  });

  it("draws table 二 on its 4-column grid: captions across, single value columns spanning 3", () => {
    const t2 = tables[0]!;
    const widths = t2.map((row) => row.reduce((n, c) => n + c.gridSpan, 0));
    expect(new Set(widths)).toEqual(new Set([4]));
    expect(t2[0]).toEqual([{ text: "第二十条第（一）项", gridSpan: 4, vMerge: null }]);
    expect(t2[2]!.map((c) => c.text)).toEqual(["规章", "3", "1", "40"]);
    const licensing = t2.find((r) => r[0]!.text === "行政许可")!;
    expect(licensing).toEqual([
      { text: "行政许可", gridSpan: 1, vMerge: null },
      { text: "517645", gridSpan: 3, vMerge: null },
    ]);
    expect(t2.find((r) => r[0]!.text === "行政事业性收费")![1]).toEqual({
      text: "4068.208",
      gridSpan: 3,
      vMerge: null,
    });
  });

  it("merges table 三's header and row labels as printed (FORMAT §3.2)", () => {
    const t3 = tables[1]!;
    expect(t3).toHaveLength(3 + 25);
    for (const row of t3) expect(row.reduce((n, c) => n + c.gridSpan, 0)).toBe(10);
    const relation = FORMS[2021].table3.relationNote;
    expect(t3[0]).toEqual([
      { text: relation, gridSpan: 3, vMerge: "restart" },
      { text: "申请人情况", gridSpan: 7, vMerge: null },
    ]);
    expect(t3[1]!.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ["", 3, "continue"],
      ["自然人", 1, "restart"],
      ["法人或其他组织", 5, null],
      ["总计", 1, "restart"],
    ]);
    expect(t3[2]!.map((c) => c.vMerge)).toEqual(["continue", "continue", null, null, null, null, null, "continue"]);
    expect(t3[3]!.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "705",
      "3",
      "0",
      "0",
      "5",
      "0",
      "713",
    ]);
    expect(t3[3]![0]!.gridSpan).toBe(3);
    // 三、本年度办理结果 opens a merge that the next 21 rows continue.
    const results = t3.slice(5, 27).map((r) => r[0]!);
    expect(results[0]).toEqual({ text: "三、本年度办理结果", gridSpan: 1, vMerge: "restart" });
    expect(results.slice(1).every((c) => c.vMerge === "continue" && c.text === "")).toBe(true);
    expect(t3[5]![1]).toEqual({ text: "（一）予以公开", gridSpan: 2, vMerge: null });
    expect(t3[7]![1]).toEqual({ text: "（三）不予公开", gridSpan: 1, vMerge: "restart" });
    expect(t3.slice(8, 15).every((r) => r[1]!.vMerge === "continue")).toBe(true);
    expect(t3[15]![1]).toEqual({ text: "（四）无法提供", gridSpan: 1, vMerge: "restart" });
    const other = t3[25]!;
    expect(other.map((c) => c.text)).toEqual(["", "", "3.其他", "142", "1", "0", "0", "0", "0", "143"]);
    expect(t3[27]!.map((c) => c.text)).toEqual(["四、结转下年度继续办理", "31", "0", "0", "0", "0", "0", "31"]);
  });

  it("merges table 四's three header rows as printed (FORMAT §3.3) over its one data row", () => {
    const t4 = tables[2]!;
    expect(t4).toHaveLength(4);
    expect(t4[0]!.map((c) => [c.text, c.gridSpan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(t4[1]!.slice(0, 5).every((c) => c.vMerge === "restart")).toBe(true);
    expect(t4[1]!.slice(5).map((c) => [c.text, c.gridSpan])).toEqual([
      ["未经复议直接起诉", 5],
      ["复议后起诉", 5],
    ]);
    expect(t4[2]!.slice(0, 5).every((c) => c.vMerge === "continue")).toBe(true);
    expect(t4[3]!.map((c) => c.text)).toEqual([
      "27",
      "10",
      "9",
      "15",
      "61",
      "0",
      "0",
      "0",
      "0",
      "0",
      "8",
      "0",
      "1",
      "1",
      "10",
    ]);
  });

  it("keeps every table row on one page and repeats the header rows", () => {
    const rows = [...documentXml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]!);
    expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
    const t3Rows = [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)][1]![1]!.match(
      /<w:trPr>[\s\S]*?<\/w:trPr>/g,
    )!;
    expect(t3Rows.slice(0, 3).every((p) => p.includes("<w:tblHeader/>"))).toBe(true);
    expect(t3Rows.slice(3).some((p) => p.includes("<w:tblHeader"))).toBe(false);
  });
});

describe("nianbao render --format docx: 机关 survives a round trip", () => {
  let dir: string;
  let documentXml: string;
  const example = readFileSync(
    new URL("../../../examples/jiangsu-suqian-shuyangxian-gov-2025.nianbao.yaml", import.meta.url),
    "utf8",
  );
  beforeAll(async () => {
    dir = folderWith({ "r.nianbao.yaml": example });
    expect(nianbao(["render", "r.nianbao.yaml", "-o", "r.docx"], dir).status).toBe(0);
    documentXml = await (
      await JSZip.loadAsync(readFileSync(join(dir, "r.docx")))
    )
      .file("word/document.xml")!
      .async("string");
  });
  afterAll(() => removeFolder(dir));

  /** The document's paragraphs outside its tables, as Word's "save as text" gives them. */
  const paragraphs = () =>
    [...documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "").matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(
      (p) => ({
        text: decode([...p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
        right: /<w:jc w:val="(?:right|end)"\/>/.test(p[1]!),
      }),
    );

  it("signs the document with 机关 and 发布日期, right-aligned", () => {
    expect(paragraphs().slice(-2)).toEqual([
      { text: "沭阳县人民政府", right: true },
      { text: "2026年1月23日", right: true },
    ]);
  });

  it("gives 机关 back when its text is imported, though the title misspells it", () => {
    const text = paragraphs()
      .map((p) => p.text)
      .join("\n");
    writeFileSync(join(dir, "r.txt"), text);
    const r = nianbao(["import", "r.txt"], dir);
    const back = parseReport(r.stdout).report;
    expect([back.agency, back.title, back.publishedOn]).toEqual([
      "沭阳县人民政府",
      "沐阳县人民政府 2025 年 政府信息公开工作年度报告",
      "2026-01-23",
    ]);
  });
});
