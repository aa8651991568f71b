/** The web-page text reader (石龙区): tab-separated rows, merged cells left as empty cells. */
import { describe, expect, it } from "vitest";
import { readTsv } from "../src/index.js";

describe("readTsv", () => {
  const text = [
    "标题行",
    "",
    "一、总体情况",
    "正文一段。",
    "规章\t0\t0\t0",
    "行政许可\t12\t\t",
    "",
    "\t\t申请人情况",
    "四、结转下年度继续办理\t\t1\t2",
  ].join("\n");
  const doc = readTsv(text);

  it("keeps lines without a tab as prose, with their line numbers", () => {
    expect(doc.kind).toBe("tsv");
    expect(doc.lines.map((l) => [l.text, l.loc.line])).toEqual([
      ["标题行", 1],
      ["一、总体情况", 3],
      ["正文一段。", 4],
    ]);
  });

  it("makes runs of tab lines tables, a blank line ending one", () => {
    expect(doc.tables).toHaveLength(2);
    expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["规章", "0", "0", "0"],
      ["行政许可", "12", "", ""],
    ]);
    expect(doc.tables[1]!.rows[1]!.cells.map((c) => c.text)).toEqual(["四、结转下年度继续办理", "", "1", "2"]);
  });

  it("locates every cell by line and column (1-based, UTF-16)", () => {
    const row = doc.tables[0]!.rows[1]!;
    expect(row.loc.line).toBe(6);
    expect(row.cells.map((c) => c.loc.column)).toEqual([1, 6, 9, 10]);
  });
});
