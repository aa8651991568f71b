/**
 * Every example report (examples/*.nianbao.yaml, transcribed from real publications) rendered by
 * core and published again in the shapes government CMSs give it (issue 12): one line with the
 * cells glued, spaced or partly spaced; spaced after site chrome and Word's exported styles; HTML
 * behind Word's residue; HTML whose table 三 a page break cut in two. Each import must have every
 * cell right or reported: never a silently wrong number.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importReport, parseReport, renderReportHtml } from "../src/index.js";
import { compareImport, expectedFromReport } from "../../../scripts/examples/import-accuracy.mjs";
import {
  crawlerPage,
  flattenHtml,
  SITE_CHROME,
  splitTable3,
  WORD_HTML_RESIDUE,
  WORD_STYLES,
} from "./support/cms-shapes.js";

const examples = resolve(import.meta.dirname, "../../../examples");
const NAMES = readdirSync(examples)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .sort();

const SHAPES: Readonly<Record<string, { kind: string; page: (html: string, title: string) => string }>> = {
  glued: { kind: "flattened", page: (html, title) => crawlerPage(title, flattenHtml(html, "glued")) },
  spaced: { kind: "flattened", page: (html, title) => crawlerPage(title, flattenHtml(html, "spaced")) },
  "partly spaced": { kind: "flattened", page: (html, title) => crawlerPage(title, flattenHtml(html, "partly")) },
  "spaced after chrome and Word styles": {
    kind: "flattened",
    page: (html, title) => crawlerPage(title, `${SITE_CHROME} ${WORD_STYLES} ${flattenHtml(html, "spaced")}`),
  },
  "HTML after Word's residue": { kind: "html", page: (html) => `${WORD_HTML_RESIDUE}${html}` },
  "HTML with table 三 cut in two": { kind: "html", page: (html) => splitTable3(html) },
};

const totals = new Map<string, { cells: number; right: number; reported: number }>();

describe.each(NAMES)("%s in the shapes CMSs publish", (file) => {
  const report = parseReport(readFileSync(resolve(examples, file), "utf8")).report;
  const html = renderReportHtml(report);
  const expected = expectedFromReport(report);

  for (const [shape, { kind, page }] of Object.entries(SHAPES))
    it(`${shape}: every cell right or reported`, () => {
      const result = importReport(page(html, report.title ?? file), { fileName: "page.txt" });
      expect(result.kind).toBe(kind);
      const counts = compareImport(expected, result);
      const t = totals.get(shape) ?? { cells: 0, right: 0, reported: 0 };
      totals.set(shape, {
        cells: t.cells + counts.cells,
        right: t.right + counts.right,
        reported: t.reported + counts.reported,
      });
      expect(counts.differing.filter((d) => d.startsWith("WRONG"))).toEqual([]);
    });
});

afterAll(() => {
  console.log(
    [
      "CMS shapes of the examples:",
      ...[...totals].map(([shape, t]) => `${shape}: ${t.right}/${t.cells} right, ${t.reported} reported`),
    ].join("\n"),
  );
});
