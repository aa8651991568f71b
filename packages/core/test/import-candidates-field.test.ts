/**
 * Ranked cuts on the real field pages (examples/field): where the report's prose or last year's
 * report decides a glued row that the tables alone cannot (the oracle's `_split_note` says how each
 * was decided), the first cut shown is the published value; the row itself stays unread. And the
 * two rows of issue 12 (d) that are wrong in every reading, put into a real page, give an error
 * with their cuts instead of disappearing.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cutsInComment, importReport, type Cell, type ImportResult, type Report } from "../src/index.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { FIELD_DIR, loadTablesJson } from "../../../scripts/examples/tables-json.mjs";

const page = (name: string) => readFileSync(resolve(FIELD_DIR, `fujian-pingtan-${name}.txt`), "utf8");
const oracle = (name: string) => loadTablesJson(`fujian-pingtan-${name}`, FIELD_DIR);
const numberCell = (v: number): Cell => ({
  status: "number",
  value: v,
  exact: String(v),
  raw: null,
  note: null,
  normalized: null,
});

/** Last year's report as its author keeps it: the import, with table 二's 行政规范性文件 checked against the published table. */
function lastYear(name: string): Report {
  const report = importReport(page(name)).report;
  const t2 = oracle(name).table2.normative_documents as { made: number; repealed: number; valid: number };
  return {
    ...report,
    proactive: {
      ...report.proactive,
      normativeDocuments: { made: numberCell(t2.made), repealed: numberCell(t2.repealed), valid: numberCell(t2.valid) },
    },
  };
}

const rowFinding = (r: ImportResult, path: string) => r.findings.find((f) => f.path === path && f.cuts)!;
const yamlRow = (yaml: string, key: string) => yaml.split("\n").find((l) => l.trimStart().startsWith(`${key}:`))!;

/** Pages whose 行政规范性文件 row has several cuts, and what decides the published one. */
const DECIDED: readonly { name: string; by: string; previous?: string }[] = [
  { name: "guanweihui-bangongshi-2022", by: "prose: 本年度制发规范性文件34件" },
  { name: "guanweihui-bangongshi-2025", by: "prose: 制发9件、废止7件、现行有效253件" },
  { name: "nongye-nongcun-ju-2022", by: "last year 21 + 5 − 1 = 25", previous: "nongye-nongcun-ju-2021" },
  { name: "nongye-nongcun-ju-2023", by: "last year 25 + 4 − 9 = 20", previous: "nongye-nongcun-ju-2022" },
  { name: "nongye-nongcun-ju-2021", by: "现行有效 ≥ 制发 − 废止" },
  { name: "lvyou-wenti-ju-2024", by: "现行有效 ≥ 制发 − 废止" },
  { name: "nongye-nongcun-ju-2025", by: "现行有效 ≥ 制发 − 废止" },
];

describe("ranked cuts on the field pages", () => {
  for (const { name, by, previous } of DECIDED) {
    it(`${name}: the first cut is the published value (${by}), and the row stays unread`, () => {
      const result = importReport(page(name), previous ? { previous: lastYear(previous) } : {});
      const t2 = oracle(name).table2.normative_documents as { made: number; repealed: number; valid: number };
      const f = rowFinding(result, "proactive.normativeDocuments");
      expect(f).toMatchObject({ code: "IMP-FLATTENED", messageId: "IMP-FLATTENED.ranked" });
      expect(f.cuts![0]).toEqual([t2.made, t2.repealed, t2.valid]);
      // Never a silent value: the cells are blank, the comment lists the cuts best first.
      expect(Object.values(result.report.proactive.normativeDocuments!).map((c) => c.status)).toEqual([
        "blank",
        "blank",
        "blank",
      ]);
      expect(cutsInComment(yamlRow(result.yaml, "行政规范性文件"))).toEqual(f.cuts);
    });
  }

  it("last year decides only when given: without it 农业农村局 2023's first cut is another", () => {
    const f = rowFinding(importReport(page("nongye-nongcun-ju-2023")), "proactive.normativeDocuments");
    expect(f.cuts![0]).not.toEqual([4, 9, 20]);
    expect(f.cuts).toContainEqual([4, 9, 20]);
  });

  it("every glued row left unread on the 20 pages carries its ranked cuts, and nothing is silently wrong", () => {
    const names = readFileSync(resolve(FIELD_DIR, "MANIFEST.tsv"), "utf8").match(/fujian-pingtan-[a-z-]+-\d{4}/gu)!;
    let unread = 0;
    for (const slug of new Set(names)) {
      const result = importReport(readFileSync(resolve(FIELD_DIR, `${slug}.txt`), "utf8"));
      expect(compareImport(expectedCells(loadTablesJson(slug, FIELD_DIR)), result).wrong, slug).toBe(0);
      for (const f of result.findings.filter(
        (x) => x.messageId.startsWith("IMP-FLATTENED.") && !/unique|byTotal|byColumns/u.test(x.messageId),
      )) {
        unread++;
        expect(f.cuts?.length, `${slug} ${f.path}`).toBeGreaterThan(0);
      }
    }
    expect(unread).toBeGreaterThanOrEqual(12);
  });
});

describe("rows wrong in every reading (issue 12 d), in a real page", () => {
  // 管委会办公室 2024 prints （七）总计 as 「190000019」 and table 四 as fifteen zeros; the two
  // real rows from the same CMS take their place: 19 1 0 0 0 0 19 (19 + 1 ≠ 19), and table 四's
  // last block 13 2 4 0 15.
  const text = page("guanweihui-bangongshi-2024")
    .replace("（七）总计190000019", "（七）总计191000019")
    .replace("总计000000000000000五、", "总计00202000001324015五、");
  const result = importReport(text);

  it("says the published table is inconsistent, as an error, with the likeliest cut first", () => {
    const f = rowFinding(result, "requests.total");
    expect(f).toMatchObject({ code: "IMP-INCONSISTENT", severity: "error", messageId: "IMP-INCONSISTENT.row" });
    expect(f.cuts![0]).toEqual([19, 1, 0, 0, 0, 0, 19]);
    expect(f.message).toContain("已发布的表格本身有误");
    expect(f.message).toContain("[19, 1, 0, 0, 0, 0, 19]");
    expect(
      importReport(text, { locale: "en" }).findings.find(
        (x) => x.code === "IMP-INCONSISTENT" && x.path === "requests.total",
      )!.message,
    ).toContain("the published table itself is inconsistent");
  });

  it("keeps the row unread and lists the cuts in the YAML", () => {
    expect(result.report.requests.total!.every((c) => c.status === "blank")).toBe(true);
    const line = yamlRow(result.yaml, "总计");
    expect(line).toContain("原表有误");
    expect(cutsInComment(line)[0]).toEqual([19, 1, 0, 0, 0, 0, 19]);
  });

  it("ranks table 四's blocks together: each row is shown its block of the likeliest cuts, the error on the block that does not add up", () => {
    const rows = ["litigation.review", "litigation.litigationDirect", "litigation.litigationAfterReview"].map((p) =>
      rowFinding(result, p),
    );
    expect(rows.map((f) => f.cuts![0])).toEqual([
      [0, 0, 2, 0, 2],
      [0, 0, 0, 0, 0],
      [13, 2, 4, 0, 15],
    ]);
    expect(rows.map((f) => f.code)).toEqual(["IMP-FLATTENED", "IMP-FLATTENED", "IMP-INCONSISTENT"]);
    expect(rows[0]!.message).toContain("最可能的拆法依次为 [0, 0, 2, 0, 2]；");
    expect(rows[2]!.message).toContain("最可能的拆法依次为 [13, 2, 4, 0, 15]（1 处不符）");
    expect(
      Object.values(result.report.litigation)
        .flat()
        .every((c) => c.status === "blank"),
    ).toBe(true);
  });
});

describe("runs too long to rank", () => {
  it("keep the reader's account and list no cuts", () => {
    // Thirty digits for table 三's seven cells: hundreds of thousands of cuts, none to prefer.
    const text = page("guanweihui-bangongshi-2022").replace("（七）总计 142000016", `（七）总计 ${"1".repeat(30)}`);
    const f = importReport(text).findings.find((x) => x.path === "requests.total")!;
    expect(f).toMatchObject({ code: "IMP-FLATTENED", messageId: "IMP-FLATTENED.none" });
    expect(f.cuts).toBeUndefined();
    expect(importReport(text).report.requests.total!.every((c) => c.status === "blank")).toBe(true);
  });
});
