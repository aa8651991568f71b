import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Annotator, gridHtml, parseReport, reportGrids, type GridSection } from "@nianbao/core";
import { describe, expect, it } from "vitest";
import { buildYaml } from "@nianbao/test-support/build";
import { hostileReport, XSS_CORPUS } from "@nianbao/test-support/xss";
import { gridOf } from "../page/grid.js";
import type { AuditData } from "../src/output/audit/data.js";
import { TemplateStore } from "../src/output/audit/tables.js";

/**
 * The audit page stores each table as a layout shared by many reports plus the report's own
 * figures (src/output/audit/tables.ts) and puts it back together in the page (page/grid.ts). Put
 * back together, every table of every report is the grid core lays out: core's gridHtml draws the
 * same HTML from it, marks included, as it draws for the preview.
 */

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

const reports: [string, string][] = [
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".nianbao.yaml"))
    .map((f): [string, string] => [f, readFileSync(join(EXAMPLES, f), "utf8")]),
  ["2019 form", buildYaml({ format: 2019, year: 2020, agency: "测试市测试局" })],
  [
    "placeholders and blanks",
    buildYaml({ agency: "测试市测试局", t3: { 本年新收: ["'/'", "", "22（其中1件）", -1, 0, 0, 0] } }),
  ],
  ...XSS_CORPUS.slice(0, 12).map((p, i): [string, string] => [`hostile ${i}`, hostileReport(p, "agency").yaml]),
];

describe("the audit page's tables", () => {
  it("draw, put back together, exactly as core draws each report's grids, marks and notes included", () => {
    const store = new TemplateStore();
    const tables = reports.map(([name, yaml]) => {
      const parsed = parseReport(yaml);
      return { name, parsed, split: store.tablesOf(parsed.report) };
    });
    const data = { templates: store.templates } as unknown as AuditData;
    // Reports of one form share their layouts: a handful of templates for all of them.
    expect(store.templates.length).toBeLessThan(reports.length);
    for (const { name, parsed, split } of tables) {
      const grids = reportGrids(parsed.report);
      const sections = Object.keys(grids) as GridSection[];
      expect(split.map((t) => store.templates[t.t]!.section)).toEqual(sections);
      sections.forEach((section, i) => {
        const a = new Annotator(parsed.findings, undefined);
        const rebuilt = gridOf(data, split[i]!);
        expect(gridHtml(rebuilt, a), `${name} ${section}`).toBe(gridHtml(grids[section], a));
        expect(rebuilt.notes, `${name} ${section}`).toEqual(grids[section].notes);
      });
    }
  });
});
