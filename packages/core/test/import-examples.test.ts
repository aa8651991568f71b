/**
 * Importing every published text of examples/sources (web-page text, pdftotext -layout, Markdown,
 * HTML, a CMS export with glued cells) and comparing every cell of tables 二, 三 and 四 with the
 * decoded `*.tables.json` (石龙区 has none: its hand transcription examples/*.nianbao.yaml stands in).
 * A cell is right when it equals the decoded value, or when the import left it empty and reported
 * it with a finding. Any other difference is a silent wrong number, and fails the test. The
 * accuracy is printed per example and in total. The imported YAML must read back to the same model.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FORMS,
  importReport,
  parseReport,
  reportSchema,
  type ImportFinding,
  type Report,
  type Table3Node,
} from "../src/index.js";
import { compareImport, expectedCells, expectedFromReport } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const repo = resolve(import.meta.dirname, "../../..");

const EXAMPLES: readonly { source: string; tables: string | null; kind: string }[] = [
  { source: "shilong-gongxinju-2023.txt", tables: null, kind: "tsv" },
  { source: "jiangsu-huaian-city-gov-2024.txt", tables: "jiangsu-huaian-city-gov-2024", kind: "layout" },
  { source: "jiangsu-huaian-hongzequ-gov-2023.txt", tables: "jiangsu-huaian-hongzequ-gov-2023", kind: "layout" },
  { source: "jiangsu-huaian-hongzequ-gov-2024.txt", tables: "jiangsu-huaian-hongzequ-gov-2024", kind: "layout" },
  { source: "jiangsu-suqian-city-2023.txt", tables: "jiangsu-suqian-city-2023", kind: "layout" },
  { source: "jiangsu-suqian-city-2024.txt", tables: "jiangsu-suqian-city-2024", kind: "layout" },
  { source: "fujian-pingtan-zone-2022.txt", tables: "fujian-pingtan-zone-2022", kind: "flattened" },
  { source: "jiangsu-suqian-shuyangxian-gov-2025.md", tables: "jiangsu-suqian-shuyangxian-gov-2025", kind: "markdown" },
  { source: "shanghai-city-gov-office-2025.md", tables: "shanghai-city-gov-office-2025", kind: "markdown" },
  { source: "shanghai-stcsm-kewei-2024.md", tables: "shanghai-stcsm-kewei-2024", kind: "markdown" },
  { source: "anon-hangzhou-style-city-2025.html", tables: "anon-hangzhou-style-city-2025", kind: "html" },
];

const summary: string[] = [];
const totals = { cells: 0, right: 0, reported: 0, wrong: 0 };

describe("importing the published examples", () => {
  for (const ex of EXAMPLES) {
    describe(ex.source, () => {
      const text = readFileSync(resolve(SOURCES_DIR, ex.source), "utf8");
      const result = importReport(text, { fileName: ex.source });
      const expected = ex.tables
        ? expectedCells(loadTablesJson(ex.tables))
        : expectedFromReport(
            parseReport(readFileSync(resolve(repo, "examples/shilong-gongxinju-2023.nianbao.yaml"), "utf8")).report,
          );

      it(`is read as ${ex.kind}`, () => {
        expect(result.kind).toBe(ex.kind);
      });

      it("has every cell right or reported as unreadable: no silent wrong number", () => {
        const counts = compareImport(expected, result);
        const differing = counts.differing;
        totals.cells += counts.cells;
        totals.right += counts.right;
        totals.reported += counts.reported;
        totals.wrong += counts.wrong;
        const pct = ((100 * counts.right) / expected.length).toFixed(1);
        summary.push(
          `${ex.source}: ${counts.right}/${expected.length} right (${pct} %), ${counts.reported} reported unreadable, ${counts.wrong} silently wrong`,
        );
        if (differing.length) summary.push(...differing.map((d) => `    ${d}`));
        expect(
          differing.filter((d) => d.startsWith("WRONG")),
          differing.join("\n"),
        ).toEqual([]);
      });

      it("gives a model the model's schema accepts", () => {
        const parsed = reportSchema.safeParse(result.report);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      });

      it("writes YAML that reads back to the same model", () => {
        const back = parseReport(result.yaml);
        expect(back.findings.filter((f) => f.code === "YAML-SYNTAX")).toEqual([]);
        expect(back.report).toEqual(result.report);
      });

      it("comments every row it inferred or could not read", () => {
        const lines = result.yaml.split("\n");
        const commented = (f: ImportFinding) =>
          f.path !== null &&
          f.path.includes(".") &&
          (f.code !== "IMP-SOURCE-GATE" || f.messageId === "IMP-SOURCE-GATE.byPosition");
        const rows = new Set(result.findings.filter(commented).map((f) => f.path!.split(".").slice(0, 2).join(".")));
        for (const row of rows) {
          const key = keyOf(result.report, row);
          expect(
            lines.some((l) => l.trimStart().startsWith(`${key}:`) && l.includes("# ")),
            `${row} (${key}) carries a comment`,
          ).toBe(true);
        }
      });
    });
  }

  afterAll(() => {
    const pct = totals.cells ? ((100 * totals.right) / totals.cells).toFixed(1) : "0";
    console.log(
      [
        "Import accuracy (cells of tables 二 三 四 against *.tables.json):",
        ...summary,
        `TOTAL: ${totals.right}/${totals.cells} right (${pct} %), ${totals.reported} reported unreadable, ${totals.wrong} silently wrong`,
      ].join("\n"),
    );
  });
});

/** The YAML key a row path is written under. */
function keyOf(report: Report, rowPath: string): string {
  const [table, id] = rowPath.split(".");
  const form = FORMS[report.format];
  if (table === "proactive") return form.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === id)!.key;
  if (table === "litigation") return form.table4.rows.find((r) => r.id === id)!.key;
  const walk = (nodes: readonly Table3Node[]): string | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n.key;
      if (n.type === "group") {
        const k = walk(n.children);
        if (k) return k;
      }
    }
    return undefined;
  };
  return walk(form.table3.rows) ?? walk(FORMS[report.format === 2021 ? 2019 : 2021].table3.rows)!;
}
