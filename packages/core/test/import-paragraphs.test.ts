import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";

/**
 * The author's paragraphs survive an import: lines of separate HTML blocks or Markdown paragraphs
 * are never joined, even when the first lacks final punctuation (contact lines); lines wrapped by
 * width (a Markdown paragraph over two lines, pdftotext) still are.
 */
const CONTACT = ["联系电话：0375-1234567", "地址：某市某路1号", "邮编：467000"];

describe("import keeps the author's paragraphs", () => {
  it("HTML: one paragraph per <p>, whatever its punctuation", () => {
    const html = `<h1>某县人民政府2024年政府信息公开工作年度报告</h1><h2>六、其他需要报告的事项</h2>${CONTACT.map((l) => `<p>${l}</p>`).join("")}`;
    expect(importReport(html, { kind: "html" }).report.other).toBe(CONTACT.join("\n"));
  });

  it("Markdown: one paragraph per blank-line-separated block", () => {
    const md = `# 某县人民政府2024年政府信息公开工作年度报告\n\n## 六、其他需要报告的事项\n\n${CONTACT.join("\n\n")}\n`;
    expect(importReport(md, { kind: "markdown" }).report.other).toBe(CONTACT.join("\n"));
  });

  it("Markdown: the lines of one paragraph are still joined", () => {
    const md =
      "# 某县人民政府2024年政府信息公开工作年度报告\n\n## 六、其他需要报告的事项\n\n本年度无收费\n情况。\n\n联系电话：0375-1234567\n";
    expect(importReport(md, { kind: "markdown" }).report.other).toBe("本年度无收费情况。\n联系电话：0375-1234567");
  });

  it("text wrapped by width is joined back, as before", () => {
    const text = "某县人民政府2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n本年度未收取信息处理\n费。\n";
    expect(importReport(text, { kind: "layout" }).report.other).toBe("本年度未收取信息处理费。");
  });
});

describe("contact lines before 一、总体情况", () => {
  it("are kept, one paragraph each, though short and without a full stop", () => {
    const lines = [
      "本报告依据《条例》编制，统计期限为2024年1月1日至12月31日。",
      "联系电话：0375-1234567",
      "地址：河南省平顶山市石龙区人民路1号",
    ];
    const html = `<h1>某县人民政府2024年政府信息公开工作年度报告</h1>${lines.map((l) => `<p>${l}</p>`).join("")}<h2>一、总体情况</h2><p>2024年，我县……。</p>`;
    expect(importReport(html, { kind: "html" }).report.overview.text).toBe([...lines, "2024年，我县……。"].join("\n"));
  });
});
