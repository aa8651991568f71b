/**
 * Class e of the field (issue 12): a unit inside a cell of layout text. A report printed its fee
 * as 「行政事业性收费      96171.6万元」 (淮安市 2024 prints 96171.6 in the 万元 column): the line was
 * not taken for a row and the cell was dropped with 「在来源中没有找到这一行」. The line is a row now;
 * written in its column's own unit the number is read (万元 is what the column means), in any
 * other unit (「961716000元」) the cell is imported as written, unit kept, and reported, as the
 * Markdown and HTML readers do.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport, readLayout } from "../src/index.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const NAME = "jiangsu-huaian-city-gov-2024";
const layout = readFileSync(resolve(SOURCES_DIR, `${NAME}.txt`), "utf8");
const withUnit = layout.replace(
  "行政事业性收费                       96171.6",
  "行政事业性收费                       96171.6万元",
);

describe("a number with its unit in a cell of layout text", () => {
  it("is the page's shape", () => {
    expect(withUnit).toContain("行政事业性收费                       96171.6万元\n");
  });

  it("makes its line a row of the table", () => {
    const rows = readLayout(withUnit).tables.flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(rows.find((r) => r.includes("96171.6万元"))).toContain("行政事业性收费");
  });

  it("reads the number written in its column's own unit: 96171.6, every cell right", () => {
    const result = importReport(withUnit, { fileName: `${NAME}.txt` });
    expect(result.report.proactive.fees!.amount!.value).toBe(96171.6);
    expect(result.findings.filter((f) => f.path?.startsWith("proactive.fees"))).toEqual([]);
    const counts = compareImport(expectedCells(loadTablesJson(NAME)), result);
    expect([counts.right, counts.reported, counts.wrong]).toEqual([200, 0, 0]);
  });

  it("imports a number in another unit as written, unit kept, and reports it: not 「在来源中没有找到这一行」", () => {
    const result = importReport(withUnit.replace("96171.6万元", "961716000元"), { fileName: `${NAME}.txt` });
    expect(result.report.proactive.fees!.amount!.raw).toBe("961716000元");
    const found = result.findings.filter((f) => f.path?.startsWith("proactive.fees"));
    expect(found.map((f) => f.messageId)).toEqual(["IMP-UNREADABLE.invalid"]);
    expect(result.yaml).toContain('行政事业性收费: "961716000元"');
    const counts = compareImport(expectedCells(loadTablesJson(NAME)), result);
    expect([counts.right, counts.reported, counts.wrong]).toEqual([199, 1, 0]);
  });

  it("reads it so in a Markdown table too (沭阳 2025 with 「4068.208万元」)", () => {
    const md = readFileSync(resolve(SOURCES_DIR, "jiangsu-suqian-shuyangxian-gov-2025.md"), "utf8").replace(
      "| 行政事业性收费 | 4068.208 |",
      "| 行政事业性收费 | 4068.208万元 |",
    );
    expect(importReport(md, { fileName: "x.md" }).report.proactive.fees!.amount!.value).toBe(4068.208);
  });

  it("leaves a prose line with a year or a date alone", () => {
    const doc = readLayout("   报告所列统计期限自  2024年  1月1日起\n");
    expect(doc.tables).toEqual([]);
  });
});
