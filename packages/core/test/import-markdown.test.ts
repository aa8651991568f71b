/** The Markdown reader (上海, 沭阳): pipe tables, separator rows dropped, headings as prose. */
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../src/index.js";

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
      [["信息内容", "本年制发件数"], ["规章", "22（其中修订 16 件）"], ["a | b", "3", ""]],
      [["2", "0"]],
    ]);
  });

  it("locates cells at their text", () => {
    const cell = doc.tables[0]!.rows[1]!.cells[1]!;
    expect(text.split("\n")[cell.loc.line - 1]!.slice(cell.loc.column - 1)).toMatch(/^22（其中修订/);
  });
});
