import { describe, expect, it } from "vitest";
import { positionsToSource, type PositionedText } from "../src/index.js";
import { at, glyphs, proseTexts, texts } from "./support/positions.js";

/** Two prose lines in the body size (16), a small table 二 block, then a heading. */
function smallTable(): PositionedText[] {
  return [
    at("一、总体情况", 90, 700, 16),
    at("这是正文。", 60, 680, 16),
    at("信息内容", 60, 600),
    at("本年制发件数", 200, 600),
    at("本年废止件数", 280, 600),
    at("现行有效件数", 360, 600),
    at("规章", 60, 570),
    at("1", 210, 570),
    at("0", 290, 570),
    at("11", 370, 570),
    at("行政规范性文件", 60, 545),
    at("8", 210, 545),
    at("66", 370, 545),
    at("三、收到和处理政府信息公开申请情况", 90, 500, 16),
  ];
}

describe("positionsToSource: lines", () => {
  it("rebuilds a line from glyphs delivered one per item and out of order", () => {
    const items = glyphs("政府信息公开工作年度报告", 100, 700, 16);
    const shuffled = [...items.slice(6), ...items.slice(0, 6).reverse()];
    const doc = positionsToSource([...shuffled, ...glyphs("本报告由办公室编制。", 60, 670, 16)]);
    expect(proseTexts(doc)).toEqual(["政府信息公开工作年度报告", "本报告由办公室编制。"]);
    expect(doc.kind).toBe("pdf");
    expect(doc.tables).toEqual([]);
  });

  it("keeps the spaces the PDF had, whatever width the library gives them, and joins touching pieces without one", () => {
    const doc = positionsToSource([
      at("统计期限自", 60, 700, 16),
      { text: " ", page: 1, x: 140, y: 700, width: 80, height: 0 },
      at("2024", 144, 700, 16),
      { text: " ", page: 1, x: 176, y: 700, width: 64, height: 0 },
      at("年", 180, 700, 16),
      at("政府", 60, 670, 16),
      at("信息", 92, 670, 16),
    ]);
    expect(proseTexts(doc)).toEqual(["统计期限自 2024 年", "政府信息"]);
  });

  it("groups pieces of one line whose baselines differ a little (a number set in another font)", () => {
    const doc = positionsToSource([
      at("本年共收到申请", 60, 700, 16),
      at("95", 172, 698.5, 18),
      at("件。", 190, 700, 16),
    ]);
    expect(proseTexts(doc)).toEqual(["本年共收到申请95件。"]);
  });

  it("drops page numbers and numbers the remaining lines over the whole document", () => {
    const doc = positionsToSource([
      at("第一页正文。", 60, 700, 16),
      at("- 1 -", 280, 40, 12),
      at("第二页正文。", 60, 700, 16, 2),
      at("第 2 页", 280, 40, 12, 2),
      at("第三页正文。", 60, 700, 16, 3),
      at("3", 290, 40, 12, 3),
    ]);
    expect(doc.lines.map((l) => [l.text, l.loc.line, l.loc.page])).toEqual([
      ["第一页正文。", 1, 1],
      ["第二页正文。", 2, 2],
      ["第三页正文。", 3, 3],
    ]);
  });

  it("takes nothing from empty input, blank items or items without a position", () => {
    expect(positionsToSource([])).toEqual({ kind: "pdf", lines: [], tables: [] });
    const doc = positionsToSource([
      { text: "  ", page: 1, x: 1, y: 1, width: 1, height: 1 },
      { text: "坏", page: 1, x: Number.NaN, y: 1, width: 1, height: 1 },
      at("好", 60, 700, 16),
    ]);
    expect(proseTexts(doc)).toEqual(["好"]);
  });
});

describe("positionsToSource: tables", () => {
  it("separates a table from the prose and rebuilds its header and rows, a blank cell as an empty cell in its column", () => {
    const doc = positionsToSource(smallTable());
    expect(proseTexts(doc)).toEqual(["一、总体情况", "这是正文。", "三、收到和处理政府信息公开申请情况"]);
    expect(doc.tables).toHaveLength(1);
    expect(texts(doc.tables[0]!)).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "0", "11"],
      ["行政规范性文件", "8", "", "66"],
    ]);
  });

  it("locates every cell: page, position, and line and column in the rebuilt lines", () => {
    const doc = positionsToSource(smallTable());
    const [header, regs, normative] = doc.tables[0]!.rows;
    expect(header!.cells[1]!.loc).toEqual({ line: 3, column: 6, page: 1, x: 200, y: 600 });
    expect(regs!.cells[3]!.loc).toEqual({ line: 4, column: 8, page: 1, x: 370, y: 570 });
    expect(regs!.loc.line).toBe(4);
    // A row stands on the line of its values, even when its label starts on a line above.
    expect(regs!.loc).toEqual(regs!.cells[1]!.loc);
    // The blank cell stands where its column is, after the text to its left on the row's line.
    const blank = normative!.cells[2]!;
    expect(blank.text).toBe("");
    expect(blank.loc).toMatchObject({ line: 5, column: 11, page: 1, y: 545 });
    expect(blank.loc.x).toBeCloseTo(292, 0);
    expect(doc.lines[2]!.loc.line).toBe(6);
    expect(doc.tables[0]!.loc.line).toBe(3);
  });

  it("joins a label wrapped over two lines around its numbers into one cell", () => {
    const doc = positionsToSource([
      at("自然人", 200, 600),
      at("总计", 260, 600),
      at("（一）予以公开", 60, 570),
      at("3", 205, 570),
      at("3", 265, 570),
      at("（二）部分公开（区分处理的，只计这一情", 60, 552),
      at("形，不计其他情形）", 60, 540),
      at("4", 205, 546),
      at("4", 265, 546),
      at("（三）总计", 60, 520),
      at("7", 205, 520),
      at("7", 265, 520),
    ]);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["（一）予以公开", "3", "3"],
      ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "4", "4"],
      ["（三）总计", "7", "7"],
    ]);
    const partly = doc.tables[0]!.rows[2]!;
    expect(partly.cells[0]!.loc).toMatchObject({ y: 552 });
    expect(partly.loc).toMatchObject({ y: 546, x: 205 });
  });

  it("gives a group label the rows to its right, split where their numbering starts again", () => {
    const doc = positionsToSource([
      at("自然人", 200, 600),
      at("总计", 260, 600),
      at("（一）予以公开", 60, 570),
      at("1", 205, 570),
      at("1", 265, 570),
      at("1.甲", 120, 550),
      at("2", 205, 550),
      at("2", 265, 550),
      at("（三）不予公开", 60, 530),
      at("2.乙", 120, 530),
      at("3", 205, 530),
      at("3", 265, 530),
      at("3.丙", 120, 510),
      at("4", 205, 510),
      at("4", 265, 510),
      at("1.丁", 120, 490),
      at("5", 205, 490),
      at("5", 265, 490),
      at("（四）无法提供", 60, 481),
      at("2.戊", 120, 470),
      at("6", 205, 470),
      at("6", 265, 470),
      at("（七）总计", 60, 450),
      at("21", 203, 450),
      at("21", 263, 450),
    ]);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["（一）予以公开", "1", "1"],
      ["[（三）不予公开]×3", "1.甲", "2", "2"],
      ["2.乙", "3", "3"],
      ["3.丙", "4", "4"],
      ["[（四）无法提供]×2", "1.丁", "5", "5"],
      ["2.戊", "6", "6"],
      ["（七）总计", "21", "21"],
    ]);
  });

  it("without numbering, shares the rows so that each group label sits in the middle of its rows", () => {
    const rows: PositionedText[] = [at("数", 200, 600)];
    const leaves = ["甲", "乙", "丙", "丁", "戊"];
    leaves.forEach((leaf, i) => rows.push(at(leaf, 120, 570 - 20 * i), at(String(i), 205, 570 - 20 * i)));
    // 「组一」 centred on the first two rows, 「组二」 on the last three.
    rows.push(at("组一", 60, 560), at("组二", 60, 510));
    const doc = positionsToSource(rows);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "数"],
      ["[组一]×2", "甲", "0"],
      ["乙", "1"],
      ["[组二]×3", "丙", "2"],
      ["丁", "3"],
      ["戊", "4"],
    ]);
  });

  it("joins a group label set one glyph per line, and a vertical one, into a single cell", () => {
    const items: PositionedText[] = [at("数", 200, 600)];
    ["（一）甲", "（二）乙", "（三）丙", "（四）丁"].forEach((leaf, i) =>
      items.push(at(leaf, 100, 570 - 24 * i), at(String(i + 1), 205, 570 - 24 * i)),
    );
    ["三", "、", "结", "果"].forEach((g, i) => items.push(at(g, 60, 560 - 15 * i)));
    const doc = positionsToSource(items);
    expect(texts(doc.tables[0]!)[1]).toEqual(["[三、结果]×4", "（一）甲", "1"]);
    // Vertical text: one narrow, tall item whose y is its top edge.
    const vertical = positionsToSource([
      ...items.filter((i) => i.x !== 60),
      { text: "三、结果", page: 1, x: 60, y: 545, width: 8, height: 32 },
    ]);
    expect(texts(vertical.tables[0]!)[1]).toEqual(["[三、结果]×4", "（一）甲", "1"]);
  });

  it("follows a table across a page break and mends a group label the break cut in two", () => {
    const items: PositionedText[] = [
      at("自然人", 200, 600),
      at("总计", 260, 600),
      at("（三）不予公开", 60, 560),
      at("1.甲", 120, 570),
      at("1", 205, 570),
      at("1", 265, 570),
      at("2.乙", 120, 550),
      at("2", 205, 550),
      at("2", 265, 550),
      at("（四）无", 60, 530),
      at("1.丙", 120, 530),
      at("3", 205, 530),
      at("3", 265, 530),
      at("- 1 -", 280, 40, 12),
      at("法提供", 60, 752, 8, 2),
      at("2.丁", 120, 750, 8, 2),
      at("4", 205, 750, 8, 2),
      at("4", 265, 750, 8, 2),
      at("3.戊", 120, 730, 8, 2),
      at("5", 205, 730, 8, 2),
      at("5", 265, 730, 8, 2),
      at("（七）总计", 60, 710, 8, 2),
      at("15", 203, 710, 8, 2),
      at("15", 263, 710, 8, 2),
      at("四、政府信息公开行政复议、行政诉讼情况", 90, 660, 16, 2),
      at("正文在此。", 60, 630, 16, 2),
    ];
    const doc = positionsToSource(items);
    expect(doc.tables).toHaveLength(1);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["[（三）不予公开]×2", "1.甲", "1", "1"],
      ["2.乙", "2", "2"],
      ["[（四）无法提供]×3", "1.丙", "3", "3"],
      ["2.丁", "4", "4"],
      ["3.戊", "5", "5"],
      ["（七）总计", "15", "15"],
    ]);
    const rows = doc.tables[0]!.rows;
    expect(rows[4]!.cells[0]!.loc).toMatchObject({ page: 2, x: 120, y: 750 });
    expect(proseTexts(doc)).toEqual(["四、政府信息公开行政复议、行政诉讼情况", "正文在此。"]);
  });

  it("puts headings over groups of columns in rows of their own and stacks each column's wrapped heading", () => {
    const items: PositionedText[] = [
      at("行政复议", 80, 640),
      at("行政诉讼", 200, 640),
      at("结 果", 60, 610),
      at("维持", 60, 600),
      at("总计", 100, 605),
      at("结 果", 160, 610),
      at("维持", 160, 600),
      at("总计", 200, 605),
    ];
    ["2", "3", "4", "5"].forEach((v, i) => items.push(at(v, [62, 102, 162, 202][i]!, 560)));
    const doc = positionsToSource(items);
    expect(texts(doc.tables[0]!)).toEqual([
      ["行政复议", "行政诉讼"],
      ["结 果维持", "总计", "结 果维持", "总计"],
      ["2", "3", "4", "5"],
    ]);
  });

  it("splits a region into blocks where a new header stands over the values, each with its own columns", () => {
    const items: PositionedText[] = [
      at("第二十条第（一）项", 60, 650),
      at("信息内容", 60, 620),
      at("本年制发件数", 200, 620),
      at("本年废止件数", 280, 620),
      at("规章", 60, 600),
      at("1", 210, 600),
      at("0", 290, 600),
      at("第二十条第（五）项", 60, 580),
      at("信息内容", 60, 555),
      at("本年处理决定数量", 230, 555),
      at("行政许可", 60, 535),
      at("447228", 240, 535),
    ];
    const doc = positionsToSource(items);
    // 447228 overlaps neither column of the first block: read with the first block's columns it
    // would sit between them; read in its own block it is the row's only value.
    expect(texts(doc.tables[0]!)).toEqual([
      ["第二十条第（一）项"],
      ["信息内容", "本年制发件数", "本年废止件数"],
      ["规章", "1", "0"],
      ["第二十条第（五）项"],
      ["信息内容", "本年处理决定数量"],
      ["行政许可", "447228"],
    ]);
  });

  it("reads right-aligned numbers delivered one digit per item into their columns", () => {
    const right = (text: string, x1: number, y: number) => glyphs(text, x1 - text.length * 4, y);
    const doc = positionsToSource([
      at("自然人", 190, 600),
      at("总计", 250, 600),
      at("本年新收", 60, 570),
      ...right("3001", 230, 570),
      ...right("3119", 290, 570),
      at("上年结转", 60, 550),
      ...right("34", 230, 550),
      ...right("34", 290, 550),
    ]);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "自然人", "总计"],
      ["本年新收", "3001", "3119"],
      ["上年结转", "34", "34"],
    ]);
  });

  it("keeps placeholders and numbers with notes as the cell's text", () => {
    const doc = positionsToSource([
      at("本年制发件数", 200, 620),
      at("本年废止件数", 280, 620),
      at("行政规范性文件", 60, 600),
      at("22（其中修订16件）", 200, 600),
      at("/", 300, 600),
      at("规章", 60, 580),
      at("3", 210, 580),
      at("1", 300, 580),
    ]);
    expect(texts(doc.tables[0]!)).toEqual([
      ["", "本年制发件数", "本年废止件数"],
      ["行政规范性文件", "22（其中修订16件）", "/"],
      ["规章", "3", "1"],
    ]);
  });

  it("leaves a note under a table in the prose", () => {
    const doc = positionsToSource([...smallTable().slice(0, -1), at("注：行政规范性文件含部门文件。", 60, 525)]);
    expect(doc.tables).toHaveLength(1);
    expect(proseTexts(doc)).toContain("注：行政规范性文件含部门文件。");
  });

  it("shares many rows among many unnumbered group labels without an exploding search", () => {
    const items: PositionedText[] = [at("数", 200, 8100)];
    for (let r = 0; r < 400; r++) items.push(at("项目", 120, 8000 - 20 * r), at(String(r), 205, 8000 - 20 * r));
    for (let g = 0; g < 20; g++) items.push(at(`组${g}`, 60, 8000 - 20 * (20 * g + 10)));
    const start = performance.now();
    const doc = positionsToSource(items);
    expect(performance.now() - start).toBeLessThan(20_000);
    const groups = doc.tables[0]!.rows.flatMap((r) => r.cells.filter((c) => c.rowSpan !== undefined));
    expect(groups.map((c) => c.text)).toEqual(Array.from({ length: 20 }, (_, g) => `组${g}`));
    expect(groups.every((c) => c.rowSpan! >= 1)).toBe(true);
    expect(groups.reduce((n, c) => n + c.rowSpan!, 0)).toBe(400);
  });

  it("reads a large document in bounded time", () => {
    const items: PositionedText[] = [];
    for (let page = 1; page <= 200; page++) {
      for (let line = 0; line < 30; line++)
        items.push(...glyphs("政府信息公开工作年度报告正文一行", 60, 750 - 22 * line, 16, page));
      for (let row = 0; row < 10; row++)
        items.push(
          at(`第${row}行`, 60, 60 + 12 * row, 8, page),
          at(String(row), 200, 60 + 12 * row, 8, page),
          at(String(row * 2), 260, 60 + 12 * row, 8, page),
        );
    }
    const start = performance.now();
    const doc = positionsToSource(items);
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(doc.lines.length).toBeGreaterThan(5000);
  });
});
