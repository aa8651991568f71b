/** IMP-UNREADABLE: cells an import could not read are left empty, reported and commented. */
import { describe, expect, it } from "vitest";
import { FORMS, importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asMarkdown, asTsv } from "@nianbao/test-support/published";

const form = FORMS[2021];
const row = (id: string) => form.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === id)!;
const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  importReport(text, { locale }).findings.filter((f) => f.code === "IMP-UNREADABLE");

describe("IMP-UNREADABLE", () => {
  it("reports nothing when every row has its cells", () => {
    expect(of(asMarkdown())).toEqual([]);
  });

  it("reports a row whose numbers do not fit its columns, and leaves its cells empty", () => {
    // 上海市府办 2025: the 规章 row lost its 本年废止 cell in the PDF→Markdown conversion.
    const text = asMarkdown({ t2: { regulations: [22, 235] } });
    const [f] = of(text);
    expect(f).toMatchObject({
      code: "IMP-UNREADABLE",
      severity: "warning",
      messageId: "IMP-UNREADABLE.rowWidth",
      path: "proactive.regulations",
    });
    expect(f!.paths).toEqual([
      "proactive.regulations.made",
      "proactive.regulations.repealed",
      "proactive.regulations.valid",
    ]);
    expect(f!.message).toBe(
      `「${row("regulations").label}」：来源第 ${f!.source.line} 行有 2 个数值（22 235），而这一行应有 3 格，无法确定每个数值属于哪一栏，各格留空，请按原表填写。`,
    );
    expect(of(text, "en")[0]!.message).toBe(
      `「${row("regulations").label}」 (${row("regulations").en}): line ${f!.source.line} of the source has 2 numbers (22 235) where the row has 3 cells, so which column each belongs to is unknown; the cells are left empty for you to fill in from the published table.`,
    );
    expect(sourceAt(text, f!)).toBe(`| ${row("regulations").label} | 22 | 235 |`);
    const result = importReport(text);
    expect(Object.values(result.report.proactive.regulations!).map((c) => c.status)).toEqual([
      "blank",
      "blank",
      "blank",
    ]);
    expect(yamlLine(result.yaml, row("regulations").key)).toContain("# 导入：来源第");
  });

  it("reports a row that is not in the source", () => {
    const text = asTsv({ drop: ["stateSecret"] });
    const found = of(text);
    expect(found.map((f) => [f.messageId, f.path])).toEqual([["IMP-UNREADABLE.rowMissing", "requests.stateSecret"]]);
    expect(found[0]!.message).toBe(
      "「（三）不予公开 1.属于国家秘密」：在来源中没有找到这一行，各格留空，请按原表填写。",
    );
    expect(of(text, "en")[0]!.message).toBe(
      "「（三）不予公开 1.属于国家秘密」 (state secret): this row was not found in the source; its cells are left empty for you to fill in from the published table.",
    );
    // The finding points at the start of the table it is missing from.
    expect(sourceAt(text, found[0]!)).toMatch(/^\t一、本年新收政府信息公开申请数量\t0/u);
  });

  it("reports a cell that is not a number, and imports it as written", () => {
    const text = asMarkdown({ t3: { granted: [1, "1O", 0, 0, 0, 0, 11] } });
    const [f] = of(text);
    expect(f).toMatchObject({ messageId: "IMP-UNREADABLE.invalid", path: "requests.granted.1" });
    expect(f!.message).toBe(
      `「（一）予以公开」第 2 格：来源第 ${f!.source.line} 行写作「1O」，不是数字，按原文导入，请核对。`,
    );
    expect(of(text, "en")[0]!.message).toBe(
      `「（一）予以公开」 (disclosed), cell 2: line ${f!.source.line} of the source reads “1O”, which is not a number; imported as written, please check.`,
    );
    expect(sourceAt(text, f!)).toMatch(/^1O \|/);
    expect(importReport(text).report.requests.granted![1]).toMatchObject({ status: "invalid", raw: "1O" });
  });

  it("reports a table the source does not have", () => {
    const text = asMarkdown().replace(/## 四、[\s\S]*?(?=## 五、)/u, "");
    const found = of(text);
    expect(found.map((f) => f.messageId)).toEqual(["IMP-UNREADABLE.tableMissing"]);
    expect(found[0]!.message).toBe("在来源中没有找到表四（政府信息公开行政复议、行政诉讼情况），未导入。");
    expect(importReport(text).report.present.litigation).toBe(false);
  });
});

describe("IMP-UNREADABLE on a source past the size limit", () => {
  it("reads nothing and says why, instead of reporting every table missing", () => {
    const text = asMarkdown();
    const result = importReport(text, { maxLength: 100 });
    expect(result.findings.map((f) => f.messageId)).toEqual(["IMP-UNREADABLE.tooLarge"]);
    expect(result.findings[0]!.message).toBe(
      `来源有 ${text.length} 个字符，超过导入上限 100，未导入；年度报告通常不超过几十万字符，请确认选对了文件。`,
    );
    expect(importReport(text, { maxLength: 100, locale: "en" }).findings[0]!.message).toBe(
      `The source has ${text.length} characters, more than the import limit of 100, and was not imported; an annual report is at most a few hundred thousand characters: check that this is the right file.`,
    );
    expect(result.report.present.requests).toBe(false);
    expect(importReport(text).findings).toEqual([]);
  });
});
