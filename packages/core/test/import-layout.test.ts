/** The pdftotext -layout reader (淮安, 洪泽, 宿迁): columns by runs of spaces, wrapped labels joined to their row. */
import { describe, expect, it } from "vitest";
import { readLayout } from "../src/index.js";

const text = [
  "      某某局 2023 年政府信息公开工作年度报告",
  "   一、总体情况",
  "   正文第一行，",
  "继续一行。",
  "                                   -1-",
  "   三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量        21    0     0    0   0   0     21",
  "      （二）部分公开（区分处理的，只计这一情",
  "                                  4    0      0     0   0   0     4",
  "      形，不计其他情形）",
  "理             2.其他法律行政法规禁止公",
  "结             开                    27      0     0   0    0     0   27",
  "   四、政府信息公开行政复议、行政诉讼情况",
  "10    1      0   0    0   0    0   0   0    0   5   0     0   0   0",
].join("\n");

describe("readLayout", () => {
  const doc = readLayout(text);
  const rows = doc.tables.flatMap((t) => t.rows);

  it("splits a line into cells at runs of two or more spaces", () => {
    expect(rows[0]!.cells.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "21",
      "0",
      "0",
      "0",
      "0",
      "0",
      "21",
    ]);
    const at = rows[0]!.cells[1]!.loc;
    expect(at).toEqual({ line: 7, column: 25 });
    expect(text.split("\n")[at.line - 1]!.slice(at.column - 1)).toMatch(/^21 /);
  });

  it("joins a wrapped label to its row: the part above before the cells, the part below after", () => {
    expect(rows[1]!.cells.map((c) => c.text)).toEqual([
      "（二）部分公开（区分处理的，只计这一情",
      "4",
      "0",
      "0",
      "0",
      "0",
      "0",
      "4",
      "形，不计其他情形）",
    ]);
    expect(rows[1]!.cells[0]!.loc.line).toBe(8);
    expect(rows[1]!.loc.line).toBe(9);
  });

  it("takes label pieces laid out in columns as fragments too", () => {
    expect(rows[2]!.cells.map((c) => c.text)).toEqual([
      "理",
      "2.其他法律行政法规禁止公",
      "结",
      "开",
      "27",
      "0",
      "0",
      "0",
      "0",
      "0",
      "27",
    ]);
  });

  it("keeps headings and prose as lines, drops page numbers, and ends a table at a heading", () => {
    expect(doc.lines.map((l) => l.text)).toEqual([
      "某某局 2023 年政府信息公开工作年度报告",
      "一、总体情况",
      "正文第一行，",
      "继续一行。",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
    ]);
    expect(doc.tables).toHaveLength(2);
    expect(doc.tables[1]!.rows[0]!.cells).toHaveLength(15);
  });
});
