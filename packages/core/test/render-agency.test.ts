import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport, parseReport, readReport, renderReportMarkdown, renderReportPage } from "../src/index.js";

/**
 * 机关 survives render → import: the page prints it as the 落款, and the importer takes the 落款
 * over a title that says otherwise. 沭阳县 2025's title misspells the county (沐阳县); the title is
 * kept as published, so META-AGENCY still points at it after the round trip.
 */
const text = readFileSync(
  new URL("../../../examples/jiangsu-suqian-shuyangxian-gov-2025.nianbao.yaml", import.meta.url),
  "utf8",
);
const report = readReport(text).report;

const ROUND_TRIPS = [
  { kind: "html" as const, render: () => renderReportPage(report) },
  { kind: "markdown" as const, render: () => renderReportMarkdown(report) },
];

describe.each(ROUND_TRIPS)("沭阳县 2025 rendered as $kind and imported", ({ kind, render }) => {
  const imported = importReport(render(), { kind });

  it("keeps 机关, the title as published and the date", () => {
    expect(report.agency).toBe("沭阳县人民政府");
    expect(imported.report.agency).toBe("沭阳县人民政府");
    expect(imported.report.title).toBe(report.title);
    expect(imported.report.publishedOn).toBe("2026-01-23");
  });

  it("keeps the 落款 out of the prose", () => {
    expect(imported.report.other).toBe(report.other?.trim());
  });

  it("still warns that the title misspells the agency", () => {
    const findings = parseReport(imported.yaml).findings.filter((f) => f.code === "META-AGENCY");
    expect(findings.some((f) => f.message.includes("「沐阳县人民政府」与机关名称「沭阳县人民政府」"))).toBe(true);
  });
});

describe("the agency an import takes", () => {
  const md = (title: string, end: string) =>
    `# ${title}\n\n## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n${end}\n`;

  it("completes a short title from the text: 「本报告由淮安市洪泽区人民政府办公室…」", () => {
    const source = `# 洪泽区人民政府2023年政府信息公开工作年度报告\n\n本报告由淮安市洪泽区人民政府办公室根据《条例》编制。\n\n## 六、其他需要报告的事项\n\n无。\n`;
    expect(importReport(source, { kind: "markdown" }).report.agency).toBe("淮安市洪泽区人民政府");
  });

  it("keeps a fuller title over a shorter 落款, and reads a 落款 with its date on one line", () => {
    const r = importReport(md("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", "洪泽区人民政府2025年1月20日"), {
      kind: "markdown",
    }).report;
    expect([r.agency, r.publishedOn, r.other]).toEqual([
      "淮安市洪泽区人民政府",
      "2025-01-20",
      "本年度未收取信息处理费。",
    ]);
  });

  it("does not take a last line of prose for a 落款", () => {
    const r = importReport(md("某县人民政府2024年政府信息公开工作年度报告", "特此报告"), { kind: "markdown" }).report;
    expect([r.agency, r.other]).toEqual(["某县人民政府", "本年度未收取信息处理费。\n特此报告"]);
  });
});
