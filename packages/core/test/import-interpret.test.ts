/**
 * The interpreter's reading of published reports: sections found by their heading text, 2019 rows
 * kept as published, mistyped labels normalised and reported, notes, placeholders, blank cells and
 * annotated numbers recorded as what they are.
 */
import { describe, expect, it } from "vitest";
import { FORMS, importReport, parseReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asHtml, asLayout, asMarkdown, asTsv } from "@nianbao/test-support/published";

const form = FORMS[2021];

describe("sections", () => {
  it("does not take the row 「四、结转下年度继续办理」 for section 四", () => {
    const r = importReport(asTsv({ t3: { carriedOut: [1, 0, 0, 0, 0, 0, 1], new: [1, 0, 0, 0, 0, 0, 1] } })).report;
    expect(r.requests.carriedOut!.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.litigation.review.map((c) => c.value)).toEqual([0, 0, 0, 0, 0]);
  });

  it("reads a misspelt heading as the section it means, and reports it (平潭 2022: 「行政法复议」)", () => {
    const written = "四、政府信息公开行政法复议、行政诉讼情况";
    const text = asMarkdown({ headings: { litigation: written } });
    const result = importReport(text);
    const f = result.findings.find((x) => x.messageId === "STR-ROW-LABELS.importedHeading")!;
    expect(f.message).toBe(
      `来源第 ${f.source.line} 行的章节标题「${written}」与格式不符，按「四、政府信息公开行政复议、行政诉讼情况」导入。`,
    );
    expect(
      importReport(text, { locale: "en" }).findings.find((x) => x.messageId === "STR-ROW-LABELS.importedHeading")!
        .message,
    ).toBe(
      `The section heading “${written}” on line ${f.source.line} of the source is not the form's; imported as “四、政府信息公开行政复议、行政诉讼情况”.`,
    );
    expect(sourceAt(text, f)).toBe(written);
    expect(result.report.present.litigation).toBe(true);
  });

  it("goes by the heading text when the tables are renumbered (上海科委 2024), and reports the ordinal", () => {
    const text = asMarkdown({ headings: { proactive: "一、主动公开政府信息情况" } });
    const result = importReport(text);
    const f = result.findings.find((x) => x.code === "STR-HEADING-ORDINAL")!;
    expect(f.message).toBe(
      `来源第 ${f.source.line} 行的章节标题「一、主动公开政府信息情况」序号为「一」，格式中这一部分是第「二」部分；按「二、主动公开政府信息情况」导入。`,
    );
    expect(result.report.proactive.licensing!.decisions!.value).toBe(0);
  });

  it("imports the text after table 四 as section 五 when its heading is missing (上海市府办 2025), and says so", () => {
    const text = asMarkdown().replace(/## 五、存在的主要问题及改进情况\n/u, "");
    const result = importReport(text);
    expect(result.report.problems).toBe("存在的问题是公开意识有待提升。");
    expect(result.yaml).toContain("# 原文第五部分没有标题：表四之后的文字作为「存在问题及改进」导入。");
  });

  it("takes the title, agency and year from the lines before the first section, a title broken over two lines too", () => {
    const text = asLayout({ agency: "某县交通运输局", year: 2024 }).replace(
      "某县交通运输局2024年",
      "某县交通运输局\n      2024 年",
    );
    const r = importReport(text).report;
    expect([r.title, r.agency, r.year]).toEqual([
      "某县交通运输局 2024 年政府信息公开工作年度报告",
      "某县交通运输局",
      2024,
    ]);
  });
});

describe("rows and cells", () => {
  it("reads a mistyped label as the row it means, reports it and comments it (洪泽 2023: 「2.其他法律行政止公开」)", () => {
    const text = asLayout({
      labels: { prohibitedByLaw: "2.其他法律行政止公开" },
      t3: { prohibitedByLaw: [3, 0, 0, 0, 0, 0, 3] },
    });
    const result = importReport(text);
    const f = result.findings.find((x) => x.code === "STR-ROW-LABELS")!;
    expect(f.message).toBe(
      `来源第 ${f.source.line} 行的行标签「2.其他法律行政止公开」与格式不符，按「（三）不予公开 2.其他法律行政法规禁止公开」导入。`,
    );
    expect(sourceAt(text, f)).toMatch(/^2\.其他法律行政止公开/u);
    expect(result.report.requests.prohibitedByLaw!.map((c) => c.value)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(yamlLine(result.yaml, "其他法律行政法规禁止公开")).toContain("# 导入：原表行标签为「2.其他法律行政止公开」");
  });

  it("keeps 2019's single （六）其他处理 row of a 2021 report as published (洪泽 2023/2024)", () => {
    const result = importReport(asTsv({ table3Form: 2019, t3: { otherHandling: [2, 0, 0, 0, 0, 0, 2] } }));
    expect(result.report.format).toBe(2021);
    expect(result.report.requests.otherHandling!.map((c) => c.value)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(result.report.requests.noCorrection).toBeUndefined();
    expect(result.findings).toEqual([]);
    // The checker then reports the template mix on the YAML, where the author fixes it.
    expect(parseReport(result.yaml).findings.map((f) => f.code)).toContain("STR-TEMPLATE-VERSION");
  });

  it("reads a report in the 2019 trial form (table 二 with 本年新制作数量 …, 本年增/减, 第二十条第（九）项)", () => {
    const t2 = {
      regulations: [1, 1, 5],
      normativeDocuments: [2, 2, 30],
      licensing: [40, -3, 120],
      otherServices: [8, 0, 16],
      penalty: [5, 1, 9],
      coercion: [0, 0, 0],
      fees: [6, "-1"],
      procurement: [3, "251000元"],
    };
    const result = importReport(asTsv({ year: 2020, table2Form: 2019, table3Form: 2019, t2 }));
    const r = result.report;
    expect(r.format).toBe(2019);
    expect(
      Object.fromEntries(
        Object.entries(r.proactive).map(([k, v]) => [k, Object.values(v).map((c) => c.raw ?? c.exact)]),
      ),
    ).toEqual({
      regulations: ["1", "1", "5"],
      normativeDocuments: ["2", "2", "30"],
      licensing: ["40", "-3", "120"],
      otherServices: ["8", "0", "16"],
      penalty: ["5", "1", "9"],
      coercion: ["0", "0", "0"],
      fees: ["6", "-1"],
      procurement: ["3", "251000元"],
    });
    expect(r.requests.otherHandling).toHaveLength(7);
    // 「251000元」 is text, not a number: imported as written and reported.
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["IMP-UNREADABLE", "proactive.procurement.procurementAmount"],
    ]);
    expect(parseReport(result.yaml).report).toEqual(r);
  });

  it("records placeholders, blank cells and full-width digits as what they are", () => {
    const html = asHtml({ t3: { granted: ["/", "—", "", "１２", 0, 0, 12] } });
    const cells = importReport(html).report.requests.granted!;
    expect(cells.map((c) => [c.status, c.raw, c.value])).toEqual([
      ["placeholder", "/", null],
      ["placeholder", "—", null],
      ["blank", "", null],
      ["number", "１２", 12],
      ["number", null, 0],
      ["number", null, 0],
      ["number", null, 12],
    ]);
    expect(cells[3]!.normalized).toBe("full-width");
  });

  it("keeps a number's note as a note, never as another number (上海市府办 2025: 「22（其中修订16件）」)", () => {
    const result = importReport(
      asMarkdown({ t2: { regulations: ["22（其中修订16件）", "55（含自然失效29件）", 235] } }),
    );
    const r = result.report.proactive.regulations!;
    expect([r.made!.value, r.made!.note, r.repealed!.value, r.repealed!.note, r.valid!.value]).toEqual([
      22,
      "其中修订16件",
      55,
      "含自然失效29件",
      235,
    ]);
    expect(yamlLine(result.yaml, "规章")).toContain('"22（其中修订16件）"');
    expect(parseReport(result.yaml).report.proactive.regulations).toEqual(r);
  });

  it("records a 注 under a table as a note of that table (上海市府办 2025)", () => {
    const note = "行政复议、行政诉讼数量含上年度结转数量。";
    for (const write of [asMarkdown, asTsv, asLayout])
      expect(importReport(write({ note4: note })).report.notes).toEqual([
        { rule: null, table: "litigation", text: note },
      ]);
  });

  it("reads table 四 written as three tables of five, each under its heading (沭阳 2025)", () => {
    const t4 = (label: string, cells: number[]) => [
      `### ${label}`,
      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
      "|---|---|---|---|---|",
      `| ${cells.join(" | ")} |`,
      "",
    ];
    const rows = form.table4.rows;
    const md = asMarkdown().replace(
      /## 四、[^\n]*\n[\s\S]*?(?=## 五、)/u,
      [
        "## 四、政府信息公开行政复议、行政诉讼情况",
        "",
        ...t4(rows[0]!.label, [27, 10, 9, 15, 61]),
        ...t4(`${form.table4.litigationHeader}（${rows[1]!.label}）`, [3, 0, 0, 0, 3]),
        ...t4(`${form.table4.litigationHeader}（${rows[2]!.label}）`, [8, 0, 1, 1, 10]),
      ].join("\n"),
    );
    const r = importReport(md);
    expect(r.findings).toEqual([]);
    expect(Object.values(r.report.litigation).map((cells) => cells.map((c) => c.value))).toEqual([
      [27, 10, 9, 15, 61],
      [3, 0, 0, 0, 3],
      [8, 0, 1, 1, 10],
    ]);
  });
});

describe("cells of rows whose source delimits every cell", () => {
  const statuses = (cells: readonly { status: string; raw: string | null; value: number | null }[]) =>
    cells.map((c) => [c.status, c.raw, c.value]);

  it("reads blank, placeholder and word cells at any place of an HTML row as cells of the row", () => {
    const html = asHtml({
      t2: { regulations: ["", 5, "约10件"], licensing: [""], penalty: ["不详"] },
      t3: { granted: ["", "", 1, "/", 0, 0, 1] },
    });
    const result = importReport(html);
    const r = result.report;
    expect(statuses(Object.values(r.proactive.regulations!))).toEqual([
      ["blank", "", null],
      ["number", null, 5],
      ["invalid", "约10件", null],
    ]);
    expect(statuses(Object.values(r.proactive.licensing!))).toEqual([["blank", "", null]]);
    expect(statuses(Object.values(r.proactive.penalty!))).toEqual([["invalid", "不详", null]]);
    expect(statuses(r.requests.granted!)).toEqual([
      ["blank", "", null],
      ["blank", "", null],
      ["number", null, 1],
      ["placeholder", "/", null],
      ["number", null, 0],
      ["number", null, 0],
      ["number", null, 1],
    ]);
    // Words are imported as written and reported; blank cells and placeholders are what the page shows.
    expect(result.findings.map((f) => [f.messageId, f.path])).toEqual([
      ["IMP-UNREADABLE.invalid", "proactive.regulations.valid"],
      ["IMP-UNREADABLE.invalid", "proactive.penalty.decisions"],
    ]);
    expect(parseReport(result.yaml).report).toEqual(r);
  });

  it("reads a table 四 row of blank and word cells in HTML", () => {
    const t4 = ["", 1, 0, 0, 1, "/", "/", "/", "/", "/", "不详", 0, 0, 0, ""];
    const r = importReport(asHtml({ t4 })).report;
    expect(
      Object.values(r.litigation)
        .flat()
        .map((c) => c.raw ?? c.exact),
    ).toEqual(["", "1", "0", "0", "1", "/", "/", "/", "/", "/", "不详", "0", "0", "0", ""]);
  });

  it("does not guess where the source does not delimit its cells: web-page text leaves empty cells for merged ones", () => {
    const spec = { t2: { regulations: ["", 5, 3] } };
    const result = importReport(asTsv(spec));
    expect(result.findings.map((f) => [f.messageId, f.path])).toEqual([
      ["IMP-UNREADABLE.rowWidth", "proactive.regulations"],
    ]);
    expect(statuses(Object.values(importReport(asHtml(spec)).report.proactive.regulations!))).toEqual([
      ["blank", "", null],
      ["number", null, 5],
      ["number", null, 3],
    ]);
  });

  it("does not guess when an HTML row has fewer cells than the form's row", () => {
    const result = importReport(asHtml({ t2: { regulations: [22, 235] }, t3: { granted: [1, 0, 0, 0, 0, 1] } }));
    expect(result.findings.map((f) => [f.messageId, f.path])).toEqual([
      ["IMP-UNREADABLE.rowWidth", "proactive.regulations"],
      ["IMP-UNREADABLE.rowWidth", "requests.granted"],
    ]);
  });

  it("reads a Markdown body row as wide as its header, not a narrower one", () => {
    const md = asMarkdown({ t3: { granted: ["", 1, 0, 0, 0, 0, 1] } });
    expect(statuses(importReport(md).report.requests.granted!)).toEqual([
      ["blank", "", null],
      ["number", null, 1],
      ["number", null, 0],
      ["number", null, 0],
      ["number", null, 0],
      ["number", null, 0],
      ["number", null, 1],
    ]);
    const narrower = md.replace(/^\| （一）予以公开 \| /mu, "| （一）予以公开 ");
    expect(importReport(narrower).findings.map((f) => [f.messageId, f.path])).toEqual([
      ["IMP-UNREADABLE.rowWidth", "requests.granted"],
    ]);
  });

  const fives = (blocks: readonly (readonly string[])[]) => {
    const rows = form.table4.rows;
    const headings = [
      rows[0]!.label,
      `${form.table4.litigationHeader}（${rows[1]!.label}）`,
      `${form.table4.litigationHeader}（${rows[2]!.label}）`,
    ];
    const head = ["| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|---|---|---|---|---|"];
    return asMarkdown().replace(
      /## 四、[^\n]*\n[\s\S]*?(?=## 五、)/u,
      [
        "## 四、政府信息公开行政复议、行政诉讼情况",
        "",
        ...blocks.flatMap((b, i) => [`### ${headings[i]}`, ...head, ...b, ""]),
      ].join("\n"),
    );
  };

  it("reads a table 四 block of blank cells under its heading (沭阳 2025's layout)", () => {
    const r = importReport(fives([["| 1 | 0 | 0 | 0 | 1 |"], ["|  |  |  |  |  |"], ["| 不详 | / | 0 | 0 | 0 |"]]));
    expect(r.findings.map((f) => [f.messageId, f.path])).toEqual([
      ["IMP-UNREADABLE.invalid", "litigation.litigationAfterReview.0"],
    ]);
    expect(Object.values(r.report.litigation).map((cells) => cells.map((c) => c.raw ?? c.exact))).toEqual([
      ["1", "0", "0", "0", "1"],
      ["", "", "", "", ""],
      ["不详", "/", "0", "0", "0"],
    ]);
  });

  it("an empty row named like a row with numbers yields to it", () => {
    const r = importReport(
      fives([["|  |  |  |  |  |", "| 27 | 10 | 9 | 15 | 61 |"], ["| 3 | 0 | 0 | 0 | 3 |"], ["| 8 | 0 | 1 | 1 | 10 |"]]),
    );
    expect(r.findings).toEqual([]);
    expect(r.report.litigation.review.map((c) => c.value)).toEqual([27, 10, 9, 15, 61]);
  });
});

describe("notes tied to no table", () => {
  const note = "本报告所列数据的统计期限为2023年1月1日至12月31日。";

  it("reads a 注 after the last section's prose as a note of the report, not as prose of 六", () => {
    for (const text of [
      asHtml().replace("</body>", `<p>注：${note}</p></body>`),
      `${asMarkdown()}\n注：${note}\n`,
      `${asTsv()}注：${note}\n`,
    ]) {
      const r = importReport(text).report;
      expect(r.notes).toEqual([{ rule: null, table: null, text: note }]);
      expect(r.other).toBe("本年度未收取信息处理费。");
    }
  });

  it("keeps a 注 followed by more prose as prose", () => {
    const r = importReport(`${asMarkdown()}\n注：${note}\n\n以上为本年度报告。\n`).report;
    expect(r.notes).toEqual([]);
    expect(r.other).toBe(`本年度未收取信息处理费。\n注：${note}\n以上为本年度报告。`);
  });
});
