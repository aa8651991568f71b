import { readFileSync } from "node:fs";
import { applyEdits, parseReport, readReport } from "@nianbao/core";
import { describe, expect, it } from "vitest";
import {
  agencyOf,
  defaultReportYear,
  emptyReportText,
  exportFileName,
  exportHtmlText,
  nextYearText,
  parseReportYear,
  recomputeAllTotals,
  reportFileName,
} from "../src/commands/reports.js";
import { formatL10n } from "./support/l10n.js";
import { countFindings, statusItem } from "../src/status.js";

const hongze = readFileSync(
  new URL("../../../examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", import.meta.url),
  "utf8",
);

describe("New Report", () => {
  it("writes an empty report for last year with every cell 0, commented for the author", () => {
    expect(defaultReportYear(new Date(2026, 0, 15))).toBe(2025);
    // In December the report being written is this year's, due next January.
    expect(defaultReportYear(new Date(2026, 11, 6))).toBe(2026);
    const text = emptyReportText(2025, " 测试市测试局 ", formatL10n);
    expect(text.startsWith("# New report for 2025: fill in 机关")).toBe(true);
    const read = readReport(text);
    expect(read.observations).toEqual([]);
    expect(read.report).toMatchObject({ year: 2025, format: 2021, agency: "测试市测试局" });
    expect(read.report.requests.new?.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(read.report.problems).toBe("");
  });

  it("leaves 机关 for the author to write when none is given, and the reader asks for it", () => {
    const read = readReport(emptyReportText(2020, "", formatL10n));
    expect(read.report).toMatchObject({ year: 2020, format: 2019, agency: null });
    expect(read.observations).toEqual([expect.objectContaining({ kind: "missing", path: "meta.agency" })]);
  });

  it("starts from last year's report: 上年结转 from 结转下年度, 现行有效 carried, no prose copied", () => {
    const previous = hongze.replace(/结转下年度: \[[^\]]*\]/, "结转下年度: [ 2, 1, 0, 0, 0, 0,  3]");
    const next = nextYearText(previous, formatL10n);
    expect(next).toMatchObject({ agency: "淮安市洪泽区人民政府", year: 2024 });
    expect(next.text).toContain("# Started from the 2023 report");
    const read = readReport(next.text);
    expect(read.observations).toEqual([]);
    expect(read.report.requests.carriedIn?.map((c) => c.value)).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(read.report.proactive.normativeDocuments?.valid?.value).toBe(5);
    expect(read.report.proactive.licensing?.decisions?.value).toBe(0);
    expect(next.text).not.toContain("洪泽区人民政府坚持");
    expect(read.report.problems).toBe("");
  });

  it("names the file after the agency and year, without characters a file system refuses", () => {
    expect(reportFileName("淮安市洪泽区人民政府", 2024)).toBe("淮安市洪泽区人民政府-2024.nianbao.yaml");
    expect(reportFileName('a/b:c*?"<>| d', 2024)).toBe("abcd-2024.nianbao.yaml");
    expect(reportFileName(null, 2025)).toBe("2025.nianbao.yaml");
    expect(reportFileName(null, null)).toBe("report.nianbao.yaml");
  });
});

describe("Recompute All Totals", () => {
  it("sets both wrong 总计 of 洪泽区 2023's table 四 and touches nothing else", () => {
    const edits = recomputeAllTotals(hongze);
    expect(edits.map((e) => e.newText)).toEqual(["11", "5"]);
    const fixed = applyEdits(hongze, edits);
    expect(fixed).toContain("行政复议:         [10, 1, 0, 0, 11]");
    expect(fixed).toContain("复议后起诉:       [ 5, 0, 0, 0, 5]");
    const changed = fixed.split("\n").filter((l, i) => l !== hongze.split("\n")[i]);
    expect(changed).toHaveLength(2);
    expect(parseReport(fixed).findings.filter((f) => f.code === "T4-ROWSUM")).toEqual([]);
    expect(recomputeAllTotals(fixed)).toEqual([]);
  });
});

describe("Export HTML", () => {
  it("writes the standalone page of the report, unmarked", () => {
    const page = exportHtmlText(hongze);
    expect(page).toContain("<title>洪泽区人民政府 2023 年政府信息公开工作年度报告</title>");
    expect(page).toContain('data-path="litigation.review.4"');
    expect(page).not.toMatch(/class="[^"]*nb-mark/);
    expect(page).not.toContain("<script");
  });

  it("names the page after the report", () => {
    expect(exportFileName("/w/洪泽区-2023.nianbao.yaml")).toBe("洪泽区-2023.html");
    expect(exportFileName("C:\\w\\a.nianbao.yml")).toBe("a.html");
    expect(exportFileName("/w/plain.yaml")).toBe("plain.html");
  });
});

describe("status bar", () => {
  it("counts only the server's errors and warnings", () => {
    const c = countFindings([
      { source: "nianbao", severity: "error" },
      { source: "nianbao", severity: "error" },
      { source: "nianbao", severity: "warning" },
      { source: "nianbao", severity: "info" },
      { source: "yaml", severity: "error" },
    ]);
    expect(c).toEqual({ errors: 2, warnings: 1 });
  });

  it("shows both counts with their icons, and says what a click does", () => {
    expect(statusItem({ errors: 2, warnings: 1 }, formatL10n)).toEqual({
      text: "Nianbao $(error) 2 $(warning) 1",
      tooltip: "Nianbao: 2 errors, 1 warnings in this report. Click to open the Problems view.",
    });
    expect(statusItem({ errors: 0, warnings: 0 }, formatL10n).tooltip).toContain("no errors or warnings");
  });
});

describe("New Report asks for the agency and the year", () => {
  it("takes the year typed, in half- or full-width digits, within the years of the 条例", () => {
    const today = new Date(2026, 11, 6);
    expect(parseReportYear("2026", today)).toBe(2026);
    expect(parseReportYear(" ２０２５ 年", today)).toBe(2025);
    for (const bad of ["", "26", "2007", "2028", "二〇二五", "2025-2026"])
      expect(parseReportYear(bad, today), bad).toBeNull();
  });

  it("offers the agency of an open report", () => {
    expect(agencyOf(hongze)).toBe("淮安市洪泽区人民政府");
    expect(agencyOf("格式: 2021\n年度: 2024\n")).toBeNull();
  });
});
