import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { asMarkdown } from "@nianbao/test-support/published";

const PAGE_404 =
  "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr><p>nginx</p></body></html>\n";

describe("importing a source in which no report is found", () => {
  it.each([
    ["an empty file", "", undefined],
    ["hello world", "hello world\n", undefined],
    ["a 404 page", PAGE_404, "404.html"],
  ])("%s: one error saying so, instead of three missing tables, and no report found", (_name, text, fileName) => {
    const result = importReport(text, fileName ? { fileName } : {});
    expect(result.reportFound).toBe(false);
    expect(result.findings.map((f) => [f.code, f.severity, f.messageId])).toEqual([
      ["IMP-UNREADABLE", "error", "IMP-UNREADABLE.noReport"],
    ]);
    expect(result.findings[0]!.message).toMatch(/^来源中没有找到年度报告/);
    expect(importReport(text, { locale: "en", ...(fileName ? { fileName } : {}) }).findings[0]!.message).toMatch(
      /^No annual report found in the source/,
    );
  });

  it("a source past the size limit is not imported either: an error", () => {
    const result = importReport(asMarkdown(), { maxLength: 100 });
    expect(result.reportFound).toBe(false);
    expect(result.findings.map((f) => [f.messageId, f.severity])).toEqual([["IMP-UNREADABLE.tooLarge", "error"]]);
  });

  it("a real report with a table missing and cells it cannot read is still found", () => {
    const text = asMarkdown({ t3: { granted: [1, "1O", 0, 0, 0, 0, 11] } }).replace(/## 四、[\s\S]*?(?=## 五、)/u, "");
    const result = importReport(text);
    expect(result.reportFound).toBe(true);
    expect(result.findings.every((f) => f.severity !== "error")).toBe(true);
    expect(result.findings.map((f) => f.messageId)).toContain("IMP-UNREADABLE.tableMissing");
    expect(importReport(asMarkdown()).reportFound).toBe(true);
  });
});
