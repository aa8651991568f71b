import { describe, expect, it } from "vitest";
import {
  readReport,
  renderReportHtml,
  renderReportMarkdown,
  renderReportPage,
  reportTemplate,
  unreadableParts,
  writeReportYaml,
} from "../src/index.js";
import { elements, REPORT_TAGS, strictHtml, textContent } from "@nianbao/test-support/html-strict";

const TEMPLATE = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 }));
const FIRST = "一是加强主动公开，全年发布信息120条。";
const SECOND = "二是加强政策解读，发布解读材料15篇。";
/** Enter pressed inside an old-style quoted text: the second sentence on a line at the key's indentation. */
const BROKEN = TEMPLATE.replace("  主动公开: |\n    \n", `  主动公开: "${FIRST}\n  ${SECOND}"\n`);

const blocks = (html: string) =>
  [...elements(strictHtml(html, { tags: REPORT_TAGS }).roots)].filter((e) =>
    (e.attrs.class ?? "").split(" ").includes("nb-unreadable"),
  );

describe("unreadable lines in a rendering", () => {
  it("are none for a file YAML reads", () => {
    expect(unreadableParts(readReport(TEMPLATE))).toEqual([]);
    expect(renderReportHtml(readReport(TEMPLATE).report, { unreadable: [] })).not.toContain("nb-unreadable");
  });

  it("are the lines of a broken text, shown as written in their section, with both sentences", () => {
    expect(BROKEN).not.toBe(TEMPLATE);
    const read = readReport(BROKEN);
    const parts = unreadableParts(read);
    expect(parts).toEqual([
      { section: "overview", from: 6, to: 8, text: `  主动公开: "${FIRST}\n  ${SECOND}"\n  依申请公开: |` },
    ]);

    const html = renderReportHtml(read.report, { unreadable: parts });
    const [block, ...more] = blocks(html);
    expect(more).toEqual([]);
    const text = textContent(block!);
    expect(text).toContain("以下内容无法读取，请检查原文（第 6–8 行）：");
    expect(text).toContain(FIRST);
    expect(text).toContain(SECOND);
    // In 一、总体情况, before 二.
    const overview = html.indexOf('data-section="overview"');
    expect(html.indexOf("nb-unreadable")).toBeGreaterThan(overview);
    expect(html.indexOf("nb-unreadable")).toBeLessThan(html.indexOf('data-section="proactive"'));
    expect(renderReportPage(read.report, { unreadable: parts })).toContain(".nb-unreadable{");

    const md = renderReportMarkdown(read.report, { unreadable: parts });
    expect(md).toContain("> **以下内容无法读取，请检查原文（第 6–8 行）：**\n");
    expect(md).toContain(`> ${SECOND}"  \n`);
    expect(md.indexOf(SECOND)).toBeLessThan(md.indexOf("## 二、"));
  });

  it("escapes the raw lines: markup in them is text", () => {
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const read = readReport(TEMPLATE.replace("  主动公开: |\n    \n", `  主动公开: "${payload}\n  ${payload}&amp;"\n`));
    const parts = unreadableParts(read);
    expect(parts).toHaveLength(1);
    const html = renderReportHtml(read.report, { unreadable: parts });
    expect(strictHtml(html, { tags: REPORT_TAGS }).problems).toEqual([]);
    expect(textContent(blocks(html)[0]!)).toContain(`${payload}&amp;"`);
  });

  it("covers any YAML syntax error, e.g. a row whose bracket is not closed, in its table's section", () => {
    const read = readReport(TEMPLATE.replace(/(本年新收: +\[0, 0, 0, 0, 0, 0, 0)\]/u, "$1"));
    const parts = unreadableParts(read);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.section === "requests")).toBe(true);
    expect(parts.map((p) => p.text).join("\n")).toMatch(/本年新收: +\[0, 0, 0, 0, 0, 0, 0$/mu);
  });
});
