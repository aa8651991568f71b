import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FORM_2021,
  parseReport,
  readReport,
  renderReportHtml,
  renderReportPage,
  table3Leaves,
  type Report,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";
import { cellByText, rowWidths, tableRows } from "./support/html-grid.js";

const render = (text: string) => {
  const p = parseReport(text);
  return renderReportHtml(p.report, { marks: p.findings, source: { sourceMap: p.sourceMap, lineIndex: p.lineIndex } });
};
const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");

describe("renderReportHtml: escaping", () => {
  it("shows hostile report text as text: agency, prose, cells, notes and marks", () => {
    const text = buildYaml({
      agency: "<img src=x onerror=alert(1)>",
      problems: "</p><script>alert('x')</script>",
      t3: { 本年新收: ["'<b>1</b>'", 0, 0, 0, 0, 0, 0] },
      notes: [{ table: "复议诉讼", text: '注意 "引号" & <i>斜体</i>' }],
    });
    const html = render(text);
    expect(html).not.toMatch(/<img|<script|<b>|<i>/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;2023年政府信息公开工作年度报告");
    expect(html).toContain("&lt;/p&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;1&lt;/b&gt;");
    expect(html).toContain("注：注意 &quot;引号&quot; &amp; &lt;i&gt;斜体&lt;/i&gt;");
    // The invalid cell's finding message quotes the cell: inside the title attribute it is escaped too.
    expect(html).toMatch(/title="[^"]*&lt;b&gt;1&lt;\/b&gt;[^"]*"/);
  });

  it("writes a standalone page with a CSP, no script, and the title escaped", () => {
    const page = renderReportPage(readReport(buildYaml({ title: "<测试> 标题" })).report);
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain("<title>&lt;测试&gt; 标题</title>");
    expect(page).toContain("Content-Security-Policy");
    expect(page).toContain("default-src 'none'");
    expect(page).not.toContain("<script");
    expect(page).toContain(".nb-table");
  });
});

describe("renderReportHtml: table 三 as printed", () => {
  const html = render(buildYaml());
  const rows = tableRows(html, "requests");

  it("has the 3-row header with the relation note and the applicant columns merged as printed", () => {
    expect(cellByText(rows, FORM_2021.table3.relationNote)).toMatchObject({ colspan: 3, rowspan: 3 });
    expect(cellByText(rows, "申请人情况")).toMatchObject({ colspan: 7, rowspan: 1 });
    expect(cellByText(rows, "法人或其他组织")).toMatchObject({ colspan: 5, rowspan: 1 });
    expect(cellByText(rows, "自然人")).toMatchObject({ colspan: 1, rowspan: 2 });
    expect(rows[0]!.at(-1)).toMatchObject({ text: "申请人情况" });
    expect(rows[1]!.at(-1)).toMatchObject({ text: "总计", rowspan: 2 });
    expect(rows[2]!.map((c) => c.text)).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
  });

  it("spans the group labels over their rows: 三、本年度办理结果 22 rows, （三） 8, （四） 3, （五） 5, （六） 3", () => {
    expect(cellByText(rows, "三、本年度办理结果")).toMatchObject({ rowspan: 22 });
    expect(cellByText(rows, "（三）不予公开")).toMatchObject({ rowspan: 8 });
    expect(cellByText(rows, "（四）无法提供")).toMatchObject({ rowspan: 3 });
    expect(cellByText(rows, "（五）不予处理")).toMatchObject({ rowspan: 5 });
    expect(cellByText(rows, "（六）其他处理")).toMatchObject({ rowspan: 3 });
    expect(cellByText(rows, "一、本年新收政府信息公开申请数量")).toMatchObject({ colspan: 3 });
    expect(cellByText(rows, "（一）予以公开")).toMatchObject({ colspan: 2 });
    expect(cellByText(rows, "（七）总计")).toMatchObject({ colspan: 2 });
    expect(cellByText(rows, "1.属于国家秘密")).toMatchObject({ colspan: 1, rowspan: 1 });
  });

  it("lays out on a 10-column grid, 3 header rows and 25 data rows, every row full", () => {
    expect(rows).toHaveLength(28);
    expect(rowWidths(rows)).toEqual(new Array(28).fill(10));
  });

  it("gives every data cell its model path, in printed order", () => {
    const paths = rows
      .flat()
      .filter((c) => c.tag === "td")
      .map((c) => c.attrs["data-path"]);
    const expected = table3Leaves(FORM_2021).flatMap((l) =>
      FORM_2021.table3.columns.map((_, i) => `requests.${l.row.id}.${i}`),
    );
    expect(paths).toEqual(expected);
  });

  it("draws the 2019 form: （六）其他处理 one row, 三、本年度办理结果 over 20", () => {
    const r = tableRows(render(buildYaml({ format: 2019, year: 2020 })), "requests");
    expect(cellByText(r, "三、本年度办理结果")).toMatchObject({ rowspan: 20 });
    expect(cellByText(r, "（六）其他处理")).toMatchObject({ colspan: 2, rowspan: 1 });
    expect(rowWidths(r)).toEqual(new Array(26).fill(10));
  });

  it("draws a 2021 report that kept 2019's single （六） row as written (洪泽区 2023)", () => {
    const r = tableRows(render(example("jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml")), "requests");
    expect(cellByText(r, "三、本年度办理结果")).toMatchObject({ rowspan: 20 });
    const other = cellByText(r, "（六）其他处理")!;
    expect(other).toMatchObject({ colspan: 2, rowspan: 1 });
    expect(other.attrs.class).toContain("nb-mark-error");
    expect(other.attrs.title).toContain("STR-TEMPLATE-VERSION");
    expect(rowWidths(r).every((w) => w === 10)).toBe(true);
  });
});

describe("renderReportHtml: tables 二 and 四 as printed", () => {
  it("draws table 四: 行政复议 over 5, 行政诉讼 over 10, its two blocks over 5, 15 cells", () => {
    const rows = tableRows(render(buildYaml()), "litigation");
    expect(cellByText(rows, "行政复议")).toMatchObject({ colspan: 5, rowspan: 1 });
    expect(cellByText(rows, "行政诉讼")).toMatchObject({ colspan: 10, rowspan: 1 });
    expect(cellByText(rows, "未经复议直接起诉")).toMatchObject({ colspan: 5 });
    expect(cellByText(rows, "复议后起诉")).toMatchObject({ colspan: 5 });
    expect(rows[1]!.slice(0, 5).map((c) => [c.text, c.rowspan])).toEqual(
      FORM_2021.table4.columns.map((c) => [c.label, 2]),
    );
    expect(rows[2]!.map((c) => c.text)).toEqual(
      [...FORM_2021.table4.columns, ...FORM_2021.table4.columns].map((c) => c.label),
    );
    expect(rowWidths(rows)).toEqual([15, 15, 15, 15]);
    expect(rows[3]!.map((c) => c.attrs["data-path"])).toEqual(
      FORM_2021.table4.rows.flatMap((r) => [0, 1, 2, 3, 4].map((i) => `litigation.${r.id}.${i}`)),
    );
  });

  it("draws table 二 (2021) on a 4-column grid: captions over 4, single value columns over 3", () => {
    const rows = tableRows(render(buildYaml({ t2: { 行政事业性收费: 7730.28 } })), "proactive");
    for (const b of FORM_2021.table2.blocks) expect(cellByText(rows, b.caption)).toMatchObject({ colspan: 4 });
    expect(cellByText(rows, "本年处理决定数量")).toMatchObject({ colspan: 3 });
    expect(cellByText(rows, "本年收费金额（单位：万元）")).toMatchObject({ colspan: 3 });
    expect(rowWidths(rows).every((w) => w === 4)).toBe(true);
    const fee = rows.flat().find((c) => c.attrs["data-path"] === "proactive.fees.amount")!;
    expect(fee).toMatchObject({ text: "7730.28", colspan: 3 });
  });

  it("draws table 二 (2019) on a 5-column grid: 本年新公开数量 over 2, the two-column blocks 2 + 2", () => {
    const rows = tableRows(render(buildYaml({ format: 2019, year: 2020 })), "proactive");
    expect(rowWidths(rows).every((w) => w === 5)).toBe(true);
    expect(cellByText(rows, "本年新公开数量")).toMatchObject({ colspan: 2 });
    expect(cellByText(rows, "采购项目数量")).toMatchObject({ colspan: 2 });
    expect(cellByText(rows, "采购总金额")).toMatchObject({ colspan: 2 });
    expect(cellByText(rows, "第二十条第（九）项")).toMatchObject({ colspan: 5 });
  });
});

describe("renderReportHtml: marks, lines, prose and notes", () => {
  const text = buildYaml({
    t4: { 行政复议: [10, 1, 0, 0, 0] },
    notes: [{ table: "复议诉讼", text: "含上年度结转数量。" }, { text: "无表的说明。" }],
  });
  const html = render(text);
  const cells = tableRows(html, "litigation").flat();
  const at = (path: string) => cells.find((c) => c.attrs["data-path"] === path)!;

  it("marks the cell a finding is about with its severity and message, its addends as related", () => {
    expect(at("litigation.review.4").attrs.class).toContain("nb-mark nb-mark-error");
    expect(at("litigation.review.4").attrs.title).toMatch(/^T4-ROWSUM: 表四「行政复议」：.*10 \+ 1 \+ 0 \+ 0 = 11/);
    expect(at("litigation.review.0").attrs.class).toContain("nb-related");
    expect(at("litigation.review.0").attrs.class).not.toContain("nb-mark");
    expect(at("litigation.litigationDirect.4").attrs.class).toBe("nb-value");
    expect(at("litigation.litigationDirect.4").attrs.title).toBeUndefined();
  });

  it("gives assistive technology the message as the cell's description, on marked and related cells only", () => {
    for (const path of ["litigation.review.4", "litigation.review.0"])
      expect(at(path).attrs["aria-description"]).toBe(at(path).attrs.title);
    expect(at("litigation.review.4").attrs["aria-description"]).toMatch(/10 \+ 1 \+ 0 \+ 0 = 11/);
    expect(at("litigation.litigationDirect.4").attrs["aria-description"]).toBeUndefined();
    // A published page shows no marks: nothing to describe, and no tabindex, it is a document.
    const body = renderReportPage(readReport(text).report).split("<body>")[1]!;
    expect(body).toContain('data-path="litigation.review.4"');
    expect(body).not.toMatch(/aria-description|tabindex/);
  });

  it("gives each cell the 0-based line it is written on", () => {
    const line = text.split("\n").findIndex((l) => l.startsWith("  行政复议:"));
    expect(at("litigation.review.4").attrs["data-line"]).toBe(String(line));
  });

  it("prints the title, the six headings, the overview topics and the notes under their table", () => {
    expect(html).toContain(">测试市测试局2023年政府信息公开工作年度报告</h1>");
    for (const s of FORM_2021.sections) expect(html).toContain(`>${s.ordinal}、${s.heading}</h2>`);
    expect(html).toContain(">（一）主动公开</h3><p>本年通过政府网站主动公开政府信息。</p>");
    const litigation = /<section data-section="litigation"[\s\S]*?<\/section>/.exec(html)![0];
    expect(litigation).toContain("注：含上年度结转数量。");
    expect(html).toMatch(/<section data-section="notes">.*注：无表的说明。/);
  });
});

describe("renderReportHtml: values", () => {
  it("shows cells as written: placeholders, notes, exact decimals; blank and missing stay empty", () => {
    const read = readReport(
      buildYaml({
        t3: { 予以公开: ["'/'", "'22（其中修订16件）'", '""', 0, 0, 0, 0] },
        t2: { 行政事业性收费: 7730.2849 },
      }),
    );
    const report: Report = {
      ...read.report,
      litigation: { ...read.report.litigation, review: read.report.litigation.review.slice(0, 3) },
    };
    const html = renderReportHtml(report);
    const t3 = tableRows(html, "requests").flat();
    const cell = (p: string) =>
      [...t3, ...tableRows(html, "proactive").flat(), ...tableRows(html, "litigation").flat()].find(
        (c) => c.attrs["data-path"] === p,
      )!;
    expect(cell("requests.granted.0")).toMatchObject({ text: "/" });
    expect(cell("requests.granted.0").attrs.class).toContain("nb-placeholder");
    expect(cell("requests.granted.1").text).toBe("22（其中修订16件）");
    expect(cell("requests.granted.2")).toMatchObject({ text: "" });
    expect(cell("requests.granted.2").attrs.class).toContain("nb-blank");
    expect(cell("proactive.fees.amount").text).toBe("7730.2849");
    expect(cell("litigation.review.4")).toMatchObject({ text: "" });
    expect(cell("litigation.review.4").attrs.class).toContain("nb-missing");
    // Without a source, no line numbers.
    expect(html).not.toContain("data-line");
  });
});
