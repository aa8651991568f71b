/** The Markdown reader (上海, 沭阳): pipe tables, separator rows dropped, headings as prose, escapes undone. */
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../src/index.js";
import { unescapeMarkdown } from "../src/import/read-markdown.js";

describe("readMarkdown", () => {
  const text = [
    "## 二、主动公开政府信息情况",
    "| 信息内容 | 本年制发件数 |",
    "|---|---|",
    "| 规章 | 22（其中修订 16 件） |",
    "| a \\| b | 3 |  |",
    "正文一行",
    "| 2 | 0 |",
    "|:--|--:|",
  ].join("\n");
  const doc = readMarkdown(text);

  it("reads headings and prose lines without their '#' marks", () => {
    expect(doc.lines.map((l) => [l.text, l.loc.line, l.loc.column])).toEqual([
      ["二、主动公开政府信息情况", 1, 4],
      ["正文一行", 6, 1],
    ]);
  });

  it("keeps the first row of a table as a row (converters put data there), drops separators", () => {
    expect(doc.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ["信息内容", "本年制发件数"],
        ["规章", "22（其中修订 16 件）"],
        ["a | b", "3", ""],
      ],
      [["2", "0"]],
    ]);
  });

  it("locates cells at their text", () => {
    const cell = doc.tables[0]!.rows[1]!.cells[1]!;
    expect(text.split("\n")[cell.loc.line - 1]!.slice(cell.loc.column - 1)).toMatch(/^22（其中修订/);
  });
});

describe("readMarkdown: which rows delimit every cell", () => {
  const doc = readMarkdown(
    [
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "|---|---|---|---|",
      "| 规章 |  | 5 | 3 |",
      "| 行政规范性文件 | 34 | 189 |",
      "|---|---|---|",
      "| 规章 | 1 | 2 | 3 |",
      "",
      "| 2 | 0 | 0 |",
      "| 规章 | | 1 | 2 |",
    ].join("\n"),
  );
  const rows = doc.tables.map((t) => t.rows.map((r) => [r.cells.map((c) => c.text).join("/"), r.explicit === true]));

  it("a body row as wide as its header: an empty cell is a cell of the row", () => {
    expect(rows[0]![1]).toEqual(["规章//5/3", true]);
    expect(rows[0]![3]).toEqual(["规章/1/2/3", true]);
  });

  it("not the header itself, nor a row of another width (上海市府办 2025 lost a cell), nor a table without a separator after its first row", () => {
    expect(rows[0]![0]![1]).toBe(false);
    expect(rows[0]![2]).toEqual(["行政规范性文件/34/189", false]);
    expect(rows[1]).toEqual([
      ["2/0/0", false],
      ["规章//1/2", false],
    ]);
  });
});

describe("unescapeMarkdown", () => {
  it("undoes a backslash before ASCII punctuation, as Markdown shows it, and keeps any other backslash", () => {
    expect(unescapeMarkdown("\\# 号 a\\|b \\*强调\\* 1\\. 条 \\\\ C:\\文件 \\中")).toBe(
      "# 号 a|b *强调* 1. 条 \\ C:\\文件 \\中",
    );
  });

  it("in prose lines and in table cells", () => {
    const doc = readMarkdown(["\\- 项目 \\<b\\>", "| 规章 | a \\| b \\_c\\_ |"].join("\n"));
    expect(doc.lines.map((l) => l.text)).toEqual(["- 项目 <b>"]);
    expect(doc.tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(["规章", "a | b _c_"]);
  });
});
