/**
 * The same report published in each shape the importer reads (web-page text, pdftotext -layout,
 * Markdown, HTML, a CMS export with glued cells) imports to the same model, and its YAML reads back
 * to that model.
 */
import { describe, expect, it } from "vitest";
import { importReport, parseReport, type Report } from "../src/index.js";
import { asFlattened, asHtml, asLayout, asMarkdown, asTsv, type PublishedSpec } from "@nianbao/test-support/published";

const SHAPES = { tsv: asTsv, layout: asLayout, markdown: asMarkdown, html: asHtml, flattened: asFlattened } as const;

/** A consistent report with numbers of several digits, so glued runs have to be cut. */
const SPEC: PublishedSpec = {
  agency: "测试市交通运输局",
  year: 2024,
  t2: {
    regulations: [0, 0, 0],
    normativeDocuments: [3, 1, 7],
    licensing: [1520],
    penalty: [36],
    coercion: [0],
    fees: ["12.5"],
  },
  t3: {
    new: [12, 3, 0, 0, 1, 0, 16],
    carriedIn: [2, 0, 0, 0, 0, 0, 2],
    granted: [8, 2, 0, 0, 1, 0, 11],
    notHeld: [4, 1, 0, 0, 0, 0, 5],
    total: [12, 3, 0, 0, 1, 0, 16],
    carriedOut: [2, 0, 0, 0, 0, 0, 2],
  },
  t4: [1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0],
};

const numbers = (r: Report) => ({
  t2: Object.fromEntries(Object.entries(r.proactive).map(([k, v]) => [k, Object.values(v).map((c) => c.exact)])),
  t3: Object.fromEntries(Object.entries(r.requests).map(([k, v]) => [k, v!.map((c) => c.exact)])),
  t4: Object.fromEntries(Object.entries(r.litigation).map(([k, v]) => [k, v.map((c) => c.exact)])),
});

describe("one report, every published shape", () => {
  for (const [kind, write] of Object.entries(SHAPES)) {
    it(`${kind}: reads every cell, the title, agency and year`, () => {
      const result = importReport(write(SPEC));
      expect(result.kind).toBe(kind);
      const n = numbers(result.report);
      expect(n.t2).toEqual({
        regulations: ["0", "0", "0"],
        normativeDocuments: ["3", "1", "7"],
        licensing: ["1520"],
        penalty: ["36"],
        coercion: ["0"],
        fees: ["12.5"],
      });
      expect(n.t3.new).toEqual(["12", "3", "0", "0", "1", "0", "16"]);
      expect(n.t3.notHeld).toEqual(["4", "1", "0", "0", "0", "0", "5"]);
      expect(n.t3.stateSecret).toEqual(["0", "0", "0", "0", "0", "0", "0"]);
      expect(Object.keys(n.t3)).toHaveLength(25);
      expect(n.t4).toEqual({
        review: ["1", "0", "0", "0", "1"],
        litigationDirect: ["0", "0", "1", "0", "1"],
        litigationAfterReview: ["0", "0", "0", "0", "0"],
      });
      expect(result.report.agency).toBe("测试市交通运输局");
      expect(result.report.year).toBe(2024);
      expect(result.report.present).toEqual({
        overview: true,
        proactive: true,
        requests: true,
        litigation: true,
        problems: true,
        other: true,
      });
      expect(result.report.problems).toContain("公开意识有待提升");
      expect(result.stats.unreadable).toBe(0);
    });

    it(`${kind}: the YAML reads back to the same model`, () => {
      const result = importReport(write(SPEC));
      expect(parseReport(result.yaml).report).toEqual(result.report);
    });
  }

  it("only the glued export needs inference, and says so for every decoded row", () => {
    for (const [kind, write] of Object.entries(SHAPES)) {
      const result = importReport(write(SPEC));
      const flattened = result.findings.filter((f) => f.code === "IMP-FLATTENED");
      if (kind === "flattened") {
        expect(result.stats.inferred).toBeGreaterThan(0);
        // Every table 三 row and the multi-cell rows of table 二 were cut from a glued run.
        expect(flattened.map((f) => f.path)).toEqual(
          expect.arrayContaining(["requests.new", "requests.total", "proactive.normativeDocuments"]),
        );
      } else {
        expect(flattened).toEqual([]);
        expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
      }
    }
  });
});
