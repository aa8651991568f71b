/**
 * positionsToSource on the positioned text of the three published PDFs of examples/sources (淮安
 * 2024, 洪泽 2023 and 2024), stored as fixtures by scripts/extract-pdf-positions.mjs so these tests
 * need no PDF library. Every table cell is compared with the decoded *.tables.json; every row label
 * with the form's label (wrapped labels rebuilt whole); group labels must span the right rows.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FORMS,
  normalizeKey,
  positionsToSource,
  table3Leaves,
  type PositionedText,
  type SourceDocument,
} from "../src/index.js";
import { dataRows, shown } from "./support/positions.js";

const repo = resolve(import.meta.dirname, "../../..");
const sources = resolve(repo, "examples/sources");

interface TablesJson {
  readonly table2: {
    readonly regulations: { made: number; repealed: number; valid: number };
    readonly normative_documents: { made: number; repealed: number; valid: number };
    readonly licensing_decisions: number;
    readonly punishment_decisions: number;
    readonly coercion_decisions: number;
    readonly fees_10k_yuan: number;
  };
  readonly table3: Readonly<Record<string, readonly number[]>>;
  readonly table4: Readonly<Record<"review" | "litigation_direct" | "litigation_after_review", readonly number[]>>;
}

const EXAMPLES = [
  "jiangsu-huaian-city-gov-2024",
  "jiangsu-huaian-hongzequ-gov-2023",
  "jiangsu-huaian-hongzequ-gov-2024",
] as const;

function fixture(name: string): { items: PositionedText[]; doc: SourceDocument; tables: TablesJson } {
  const file = JSON.parse(
    readFileSync(resolve(import.meta.dirname, "fixtures/pdf", `${name}.positions.json`), "utf8"),
  ) as { items: PositionedText[] };
  const tables = JSON.parse(readFileSync(resolve(sources, `${name}.tables.json`), "utf8")) as TablesJson;
  return { items: file.items, doc: positionsToSource(file.items), tables };
}

const values = (cells: readonly { text: string }[], width: number) => cells.slice(-width).map((c) => Number(c.text));
const label = (cells: readonly { text: string; rowSpan?: number }[], width: number) =>
  cells
    .slice(0, -width)
    .filter((c) => c.rowSpan === undefined)
    .map((c) => c.text)
    .join("");

/** The form's leaf labels of table 三 in order; 洪泽 prints 2019's single （六）其他处理 row. */
function formLabels(style: 2019 | 2021): string[] {
  return table3Leaves(FORMS[style]).map((l) => normalizeKey(l.row.label));
}

describe.each(EXAMPLES)("positionsToSource on %s.pdf", (name) => {
  const { doc, tables } = fixture(name);

  it("finds three tables (二, 三, 四) between the prose sections", () => {
    expect(doc.tables).toHaveLength(3);
    const headings = doc.lines.map((l) => l.text.trim()).filter((t) => /^[一二三四五六]、/.test(t));
    expect(headings.map((h) => h.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
    const [t2, t3, t4] = doc.tables.map((t) => t.loc.line);
    const lineOf = (ordinal: string) => doc.lines.find((l) => l.text.trim().startsWith(ordinal))!.loc.line;
    expect(t2).toBeGreaterThan(lineOf("二、"));
    expect(t3).toBeGreaterThan(lineOf("三、"));
    expect(t4).toBeGreaterThan(lineOf("四、"));
    expect(t4).toBeLessThan(lineOf("五、"));
  });

  it("reads every cell of table 二 as published", () => {
    const rows = dataRows(doc.tables[0]!, 1);
    const t = tables.table2;
    const expected = [
      ["规章", t.regulations.made, t.regulations.repealed, t.regulations.valid],
      ["行政规范性文件", t.normative_documents.made, t.normative_documents.repealed, t.normative_documents.valid],
      ["行政许可", t.licensing_decisions],
      ["行政处罚", t.punishment_decisions],
      ["行政强制", t.coercion_decisions],
      ["行政事业性收费", t.fees_10k_yuan],
    ];
    expect(rows.map((cells) => [cells[0]!.text, ...cells.slice(1).map((c) => Number(c.text))])).toEqual(expected);
  });

  it("reads every cell and every row label of table 三 as published", () => {
    const rows = dataRows(doc.tables[1]!, 7);
    const expected = Object.values(tables.table3);
    expect(rows.map((cells) => values(cells, 7))).toEqual(expected);
    const style = expected.length === 23 ? 2019 : 2021;
    const labels = rows.map((cells) => normalizeKey(label(cells, 7)));
    const form = formLabels(style);
    // 洪泽 prints a typo in one label (「其他法律行政止公开」): the only label allowed to differ.
    const differing = labels.map((l, i) => [l, form[i]]).filter(([l, f]) => l !== f);
    expect(differing).toEqual(name.includes("hongzequ") ? [["其他法律行政止公开", "其他法律行政法规禁止公开"]] : []);
  });

  it("gives each group label of table 三 the rows it spans", () => {
    const spans = doc.tables[1]!.rows.flatMap((r) => r.cells.filter((c) => c.rowSpan !== undefined).map(shown));
    const style2019 = Object.keys(tables.table3).length === 23;
    // The top group label is what pdf.js gives of the vertical text: whole in 淮安, cut in 洪泽.
    expect(spans.slice(1)).toEqual([
      "[（三）不予公开]×8",
      "[（四）无法提供]×3",
      "[（五）不予处理]×5",
      ...(style2019 ? [] : ["[（六）其他处理]×3"]),
    ]);
    expect(spans[0]).toMatch(style2019 ? /^\[三、本年?\]×20$/ : /^\[三、本年度办理结果\]×22$/);
  });

  it("reads table 四 as one row of fifteen cells under fifteen column headings", () => {
    const t4 = doc.tables[2]!;
    const rows = dataRows(t4, 15);
    expect(rows).toHaveLength(1);
    const t = tables.table4;
    expect(values(rows[0]!, 15)).toEqual([...t.review, ...t.litigation_direct, ...t.litigation_after_review]);
    const headings = t4.rows
      .find((r) => r.cells.length === 15 && r !== t4.rows.at(-1))!
      .cells.map((c) => normalizeKey(c.text));
    const five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(headings).toEqual([...five, ...five, ...five]);
  });

  it("locates every value cell on its page, line and column", () => {
    const { items } = fixture(name);
    for (const table of doc.tables) {
      for (const cells of dataRows(table, 1)) {
        const cell = cells.at(-1)!;
        const item = items.find((i) => i.page === cell.loc.page && i.x === cell.loc.x && i.y === cell.loc.y);
        expect(item?.text.trim()).toBe(cell.text);
        expect(cell.loc.line).toBeGreaterThan(0);
        expect(cell.loc.column).toBeGreaterThan(0);
      }
    }
  });

  it("keeps the numbers of the tables out of the prose", () => {
    const prose = doc.lines.map((l) => l.text).join("\n");
    expect(prose).not.toMatch(/信息内容|本年新收政府信息公开申请数量|结转下年度继续办理|未经复议直接起诉/);
  });
});
