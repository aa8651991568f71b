import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORMS, readReport, renderReportMarkdown, table3Leaves, type FormDef } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const render = (text: string): string => renderReportMarkdown(readReport(text).report);

/** The pipe tables of a Markdown text, each as rows of unescaped cells (the delimiter row left out). */
function pipeTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      current = null;
      continue;
    }
    if (/^\|( --- \|)+$/.test(line)) continue;
    const cells = line
      .slice(2, -2)
      .split(/ (?<!\\)\| /)
      .map((c) => c.replace(/\\(.)/g, "$1"));
    if (!current) tables.push((current = []));
    current.push(cells);
  }
  return tables;
}

const headings = (md: string, level: number): string[] =>
  md
    .split("\n")
    .filter((l) => l.startsWith(`${"#".repeat(level)} `))
    .map((l) => l.slice(level + 1));

const sectionHeadings = (form: FormDef) => form.sections.map((s) => `${s.ordinal}、${s.heading}`);

describe("renderReportMarkdown", () => {
  it("writes the title and the six printed section headings in order", () => {
    const md = render(buildYaml({ agency: "测试市测试局", year: 2024 }));
    expect(md.startsWith("# 测试市测试局2024年政府信息公开工作年度报告\n")).toBe(true);
    expect(headings(md, 2)).toEqual(sectionHeadings(FORMS[2021]));
    expect(headings(md, 3).slice(0, 5)).toEqual(
      FORMS[2021].overviewTopics.filter((t) => t.id !== "intro").map((t) => t.label),
    );
  });

  it("writes each block of table 二 as a table under its caption, with the form's labels and the values", () => {
    const md = render(
      buildYaml({
        t2: { 规章: { 本年制发: 3, 本年废止: 1, 现行有效: 40 }, 行政许可: 517645, 行政事业性收费: 4068.208 },
      }),
    );
    const form = FORMS[2021];
    for (const b of form.table2.blocks) expect(headings(md, 3)).toContain(b.caption);
    const [item1, item5, , item8] = pipeTables(md);
    expect(item1).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "3", "1", "40"],
      ["行政规范性文件", "0", "0", "0"],
    ]);
    expect(item5).toEqual([
      ["信息内容", "本年处理决定数量"],
      ["行政许可", "517645"],
    ]);
    expect(item8).toEqual([
      ["信息内容", "本年收费金额（单位：万元）"],
      ["行政事业性收费", "4068.208"],
    ]);
  });

  it("flattens table 三: one label column per level, group labels repeated on every row they span", () => {
    const md = render(
      buildYaml({
        t3: { 本年新收: [5, 1, 0, 0, 0, 0, 6], 属于国家秘密: [1, 0, 0, 0, 0, 0, 1], 其他: [2, 0, 0, 0, 0, 1, 3] },
      }),
    );
    const t3 = pipeTables(md)[4]!;
    const form = FORMS[2021];
    expect(t3[0]).toEqual([
      form.table3.relationNote,
      "",
      "",
      "自然人",
      "法人或其他组织（商业企业）",
      "法人或其他组织（科研机构）",
      "法人或其他组织（社会公益组织）",
      "法人或其他组织（法律服务机构）",
      "法人或其他组织（其他）",
      "总计",
    ]);
    // 25 data rows, as printed; every row as wide as the header.
    expect(t3).toHaveLength(1 + table3Leaves(form).length);
    for (const row of t3) expect(row).toHaveLength(10);
    expect(t3[1]).toEqual(["一、本年新收政府信息公开申请数量", "", "", "5", "1", "0", "0", "0", "0", "6"]);
    expect(t3[3]!.slice(0, 3)).toEqual(["三、本年度办理结果", "（一）予以公开", ""]);
    expect(t3[5]).toEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "1.属于国家秘密",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1",
    ]);
    expect(t3.filter((r) => r[1] === "（三）不予公开")).toHaveLength(8);
    expect(t3.filter((r) => r[0] === "三、本年度办理结果")).toHaveLength(22);
    expect(t3[23]).toEqual(["三、本年度办理结果", "（六）其他处理", "3.其他", "2", "0", "0", "0", "0", "1", "3"]);
    expect(t3[25]!.slice(0, 3)).toEqual(["四、结转下年度继续办理", "", ""]);
  });

  it("writes table 四 as one table per block under 行政复议 and 行政诉讼（…）", () => {
    const md = render(
      buildYaml({
        t4: { 行政复议: [27, 10, 9, 15, 61], 未经复议直接起诉: [3, 0, 0, 0, 3], 复议后起诉: [8, 0, 1, 1, 10] },
      }),
    );
    expect(headings(md, 3).slice(-3)).toEqual(["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]);
    const [review, direct, after] = pipeTables(md).slice(-3);
    const head = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(review).toEqual([head, ["27", "10", "9", "15", "61"]]);
    expect(direct).toEqual([head, ["3", "0", "0", "0", "3"]]);
    expect(after).toEqual([head, ["8", "0", "1", "1", "10"]]);
  });

  it("keeps cells as written: notes, placeholders, blanks, full-width digits", () => {
    const md = render(
      buildYaml({
        t2: { 规章: { 本年制发: "'22（其中修订16件）'", 本年废止: "'/'", 现行有效: '""' } },
        t3: { 予以公开: ["'１２'", 0, 0, 0, 0, 0, 12] },
      }),
    );
    const [item1, , , , t3] = pipeTables(md);
    expect(item1![1]).toEqual(["规章", "22（其中修订16件）", "/", ""]);
    expect(t3![3]!.slice(3)).toEqual(["１２", "0", "0", "0", "0", "0", "12"]);
  });

  it("escapes what Markdown would read as markup, in prose and in cells", () => {
    const md = render(
      buildYaml({
        problems: "# 不是标题\n1. 不是列表\n- 不是列表\n成本*不是强调*，a|b，<b>不是标签</b>",
        t3: { 予以公开: ["'1|2'", 0, 0, 0, 0, 0, 0] },
      }),
    );
    expect(md).toContain("\\# 不是标题\n");
    expect(md).toContain("1\\. 不是列表\n");
    expect(md).toContain("\\- 不是列表\n");
    expect(md).toContain("成本\\*不是强调\\*，a\\|b，\\<b\\>不是标签\\</b\\>");
    expect(pipeTables(md)[4]![3]![3]).toBe("1|2");
    expect(md).not.toMatch(/^# 不是标题/m);
  });

  it("writes prose one paragraph per line and each 注 under the table it belongs to", () => {
    const md = render(
      buildYaml({
        problems: "一是公开内容还不够丰富。\n二是解读形式较为单一。",
        notes: [
          { rule: "T4-NOTE-CARRYOVER", text: "行政复议、行政诉讼数量含上年度结转数量。" },
          { table: "依申请公开", text: "含上年度结转申请。" },
        ],
      }),
    );
    const sections = md.split(/^## /m);
    expect(sections[3]).toContain("注：含上年度结转申请。\n");
    expect(sections[4]).toContain("注：行政复议、行政诉讼数量含上年度结转数量。\n");
    expect(sections[5]).toContain("一是公开内容还不够丰富。\n\n二是解读形式较为单一。\n");
  });

  it("renders a 2019 report with its own table 二 and the single （六）其他处理 row", () => {
    const md = render(
      buildYaml({ format: 2019, year: 2020, t2: { 政府集中采购: { 采购项目数量: 4, 采购总金额: 12.5 } } }),
    );
    const form = FORMS[2019];
    expect(headings(md, 3)).toContain("第二十条第（九）项");
    const tables = pipeTables(md);
    expect(tables[4]).toEqual([
      ["信息内容", "采购项目数量", "采购总金额"],
      ["政府集中采购", "4", "12.5"],
    ]);
    const t3 = tables[5]!;
    expect(t3).toHaveLength(1 + table3Leaves(form).length);
    expect(t3.find((r) => r[1] === "（六）其他处理")!.slice(0, 3)).toEqual([
      "三、本年度办理结果",
      "（六）其他处理",
      "",
    ]);
  });

  it("draws a 2021 report that still has 2019's （六）其他处理 row as that single row", () => {
    const text = buildYaml({}).replace(/ {4}其他处理:\n(?: {6}.*\n){3}/, "    其他处理: [1, 0, 0, 0, 0, 0, 1]\n");
    const t3 = pipeTables(render(text))[4]!;
    expect(t3.find((r) => r[1] === "（六）其他处理")).toEqual([
      "三、本年度办理结果",
      "（六）其他处理",
      "",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1",
    ]);
  });

  it("renders the 上海 example with its title, figures and 注", () => {
    const text = readFileSync(
      new URL("../../../examples/shanghai-city-gov-office-2025.nianbao.yaml", import.meta.url),
      "utf8",
    );
    const md = render(text);
    expect(md.startsWith("# 2025 年上海市人民政府办公厅政府信息公开工作年度报告\n")).toBe(true);
    expect(md).toContain("| 规章 | 22（其中修订16件） | 55（含自然失效29件） | 235 |");
    expect(md).toContain("| 四、结转下年度继续办理 |  |  | 290 | 3 | 0 | 0 | 0 | 0 | 293 |");
    expect(md).toContain("注：行政复议、行政诉讼数量含上年度结转数量。");
  });
});
