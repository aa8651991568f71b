/**
 * Importing the 20 CMS pages of examples/field (平潭, four bodies, 2021–2025) as a crawler saved
 * them, and comparing every cell of tables 二, 三 and 四 with their decoded `*.tables.json`. A
 * silently wrong number fails the test; the accuracy is printed and may not fall below the floor
 * the importer has reached (cells right as published, out of all cells of the twenty pages).
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { FIELD_DIR, loadTablesJson } from "../../../scripts/examples/tables-json.mjs";

/** Cells right as published, out of all cells of the field pages: a floor, raised as the importer improves. */
const FLOOR = 0.985;

const PAGES = readdirSync(FIELD_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((page) => {
    const result = importReport(readFileSync(resolve(FIELD_DIR, page), "utf8"), { fileName: page });
    return {
      page,
      kind: result.kind,
      counts: compareImport(expectedCells(loadTablesJson(page.replace(/\.txt$/u, ""), FIELD_DIR)), result),
    };
  });

const totals = { cells: 0, right: 0, reported: 0, wrong: 0 };
for (const { counts } of PAGES)
  for (const k of ["cells", "right", "reported", "wrong"] as const) totals[k] += counts[k];

describe("importing the field pages (examples/field)", () => {
  it("are twenty pages of 200 cells, each with its decoded tables", () => {
    expect(PAGES).toHaveLength(20);
    expect(totals.cells).toBe(20 * 200);
  });

  for (const { page, counts } of PAGES)
    it(`${page}: every cell right or reported, no silent wrong number`, () => {
      expect(
        counts.differing.filter((d) => d.startsWith("WRONG")),
        counts.differing.join("\n"),
      ).toEqual([]);
    });

  it(`reads at least ${(100 * FLOOR).toFixed(1)} % of all cells right as published`, () => {
    expect(totals.right / totals.cells).toBeGreaterThanOrEqual(FLOOR);
  });

  afterAll(() => {
    const pct = ((100 * totals.right) / totals.cells).toFixed(1);
    console.log(
      [
        "Field import accuracy (cells of tables 二 三 四 against *.tables.json):",
        ...PAGES.map(
          ({ page, kind, counts: c }) =>
            `${page} [${kind}]: ${c.right}/${c.cells} right, ${c.reported} reported, ${c.wrong} wrong`,
        ),
        `TOTAL: ${totals.right}/${totals.cells} right (${pct} %), ${totals.reported} reported, ${totals.wrong} wrong`,
      ].join("\n"),
    );
  });
});
