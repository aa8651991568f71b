/** The HTML reader and its tokenizer: tables with spans, numbers split across tags, broken markup. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport, readHtml } from "../src/index.js";
import { SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";
import { decodeEntities, tokenizeHtml } from "../src/import/html-tokens.js";

const cells = (html: string) => readHtml(html).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe("tokenizeHtml", () => {
  it("reads tags with quoted, unquoted and bare attributes", () => {
    const toks = tokenizeHtml(`<td colspan="3" rowspan=2 nowrap class='x'>a</td>`);
    expect(toks[0]).toMatchObject({
      type: "open",
      name: "td",
      attrs: { colspan: "3", rowspan: "2", nowrap: "", class: "x" },
    });
    expect(toks.map((t) => t.type)).toEqual(["open", "text", "close"]);
  });

  it("skips comments, doctypes and the content of script and style", () => {
    const toks = tokenizeHtml(
      `<!DOCTYPE html><!-- <td>9</td> --><script>if (a < b) x("<td>")</script><style>td{}</style><p>正文</p>`,
    );
    expect(toks.filter((t) => t.type === "text").map((t) => (t as { text: string }).text)).toEqual(["正文"]);
  });

  it("keeps a '<' that starts no tag as text and never throws on a cut-off tag", () => {
    expect(tokenizeHtml("a < b <td").map((t) => t.type)).toEqual(["text", "open"]);
    expect(
      tokenizeHtml("3 <5")
        .filter((t) => t.type === "text")
        .map((t) => (t as { text: string }).text)
        .join(""),
    ).toBe("3 <5");
  });

  it("decodes named and numeric entities, and leaves unknown ones as written", () => {
    // &#0; is U+FFFD, as a browser shows it.
    expect(decodeEntities("&lt;&amp;&nbsp;&ldquo;三安全一稳定&rdquo;&#20108;&#x4E09;&bogus;&#0;")).toBe(
      "<&\u00a0“三安全一稳定”二三&bogus;\ufffd",
    );
  });

  // Issue 12, class g: the hand-written list knew 30 named entities; HTML5 has 2,231.
  it("decodes every named entity of HTML5 (&permil; &le; &sup2; stayed as written)", () => {
    expect(decodeEntities("办结率&ge;95&permil;，&le;3天，面积120m&sup2;，&frac12;，&hellip;")).toBe(
      "办结率≥95‰，≤3天，面积120m²，½，…",
    );
    // A legacy name without its semicolon decodes in text, as browsers do; inside an attribute before '=' it stays.
    expect(decodeEntities("A&ampB &copy 2025")).toBe("A&B © 2025");
    expect(tokenizeHtml(`<a href="?a=1&copy=2">x</a>`)[0]).toMatchObject({ attrs: { href: "?a=1&copy=2" } });
  });

  it("reads a real page's prose and cells written with such entities", () => {
    const page = readFileSync(resolve(SOURCES_DIR, "anon-hangzhou-style-city-2025.html"), "utf8");
    expect(page).toContain("<p>2025年，全市各级行政机关扎实推进政务公开工作。");
    const html = page.replace(
      "扎实推进政务公开工作。",
      "扎实推进政务公开工作，按期办结率&ge;99&permil;，新增公开栏面积120m&sup2;。",
    );
    const result = importReport(html, { fileName: "page.html" });
    expect(JSON.stringify(result.report.overview)).toContain("按期办结率≥99‰，新增公开栏面积120m²。");
    expect(JSON.stringify(result.report.overview)).not.toContain("&");
  });
});

describe("readHtml", () => {
  it("reads rowspan and colspan, and joins a number split across inline tags", () => {
    const html = `<table><tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1<span>2</span></td><td><b>3</b>4</td></tr></table>`;
    const doc = readHtml(html);
    const row = doc.tables[0]!.rows[0]!;
    expect(row.cells.map((c) => c.text)).toEqual(["三、本年度办理结果", "（一）予以公开", "12", "34"]);
    expect(row.cells[0]!.rowSpan).toBe(22);
    expect(row.cells[1]!.colSpan).toBe(2);
  });

  it("closes cells and rows where the next one begins when the page forgot to", () => {
    expect(cells("<table><tr><td>规章<td>1<td>2<tr><td>行政许可<td>5</table>")).toEqual([
      [
        ["规章", "1", "2"],
        ["行政许可", "5"],
      ],
    ]);
  });

  it("closes a table left open at the end of the page", () => {
    expect(cells("<p>表</p><table><tr><td>7</td>")).toEqual([[["7"]]]);
  });

  it("reads a table nested in a cell as a table of its own, tables in the order they start", () => {
    expect(cells("<table><tr><td>外<table><tr><td>内</td></tr></table>后</td></tr></table>")).toEqual([
      [["外后"]],
      [["内"]],
    ]);
  });

  it("makes prose lines at block elements, tables excluded, with their position", () => {
    const html =
      "<html><head><title>某局2023年政府信息公开工作年度报告</title></head>\n<body><p>一、总体情况</p><div>正文<br>下一行</div><table><tr><td>1</td></tr></table><p>五、存在的主要问题及改进情况</p></body></html>";
    const doc = readHtml(html);
    expect(doc.lines.map((l) => l.text)).toEqual([
      "某局2023年政府信息公开工作年度报告",
      "一、总体情况",
      "正文",
      "下一行",
      "五、存在的主要问题及改进情况",
    ]);
    expect(doc.lines[1]!.loc).toEqual({ line: 2, column: 10 });
  });

  it("marks every row as delimiting its cells: an empty <td> is an empty cell", () => {
    const row = readHtml("<table><tr><th>规章</th><td></td><td>5</td><td> </td></tr></table>").tables[0]!.rows[0]!;
    expect([row.cells.map((c) => c.text), row.explicit]).toEqual([["规章", "", "5", ""], true]);
  });

  it("turns a line break inside a cell into a space, so two numbers never become one", () => {
    expect(cells("<table><tr><td>1<br>2</td></tr></table>")).toEqual([[["1 2"]]]);
  });
});
