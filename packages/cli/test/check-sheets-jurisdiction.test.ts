import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliMessage } from "../src/messages/index.js";
import { writeJurisdiction, type Jurisdiction } from "./support/jurisdiction.js";
import { nianbao, removeFolder } from "./support/run.js";
import { expectFindingsSheet, expectReportsSheet, readCsv, readXlsx, sheetRows, type Value } from "./support/sheets.js";

// The audit sheets of a supervising office's folder: the generated jurisdiction of 2,000 reports
// (test/support/jurisdiction.ts), read back and compared cell by cell with `--format json`.

const folders: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-sheets-j-"));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach(removeFolder));
/** Two thousand reports on two cores shared with other suites: generous limits, not speed claims. */
const LARGE = 300_000;

const jsonOf = (dir: string) => JSON.parse(nianbao(["check", ".", "--format", "json"], dir).stdout);
/** The cell of a report's row under a header, the report named by its path in the folder. */
const cellOf = (rows: readonly (readonly Value[])[], path: string, header: string): Value =>
  rows.find((r) => r[0] === `./${path}` || r[0] === path)![rows[0]!.indexOf(header)]!;

describe("a jurisdiction of 2,000 reports over 2021–2025", { timeout: LARGE }, () => {
  let dir: string;
  let j: Jurisdiction;
  let json: ReturnType<typeof jsonOf>;
  beforeAll(() => {
    dir = temp();
    j = writeJurisdiction(dir);
    json = jsonOf(dir);
  }, LARGE);

  it("CSV: a row per report, every cell and finding count as --format json and the files say", () => {
    const r = nianbao(["check", ".", "--format", "csv"], dir);
    expect(r.stderr).toBe("");
    const rows = readCsv(Buffer.from(r.stdout, "utf8"));
    expect(rows).toHaveLength(j.files.length + 1);
    expectReportsSheet(rows, json, dir, { asText: true });
    // The injected cells, as written.
    const placeholder = j.expected.injected.find((i) => i.kind === "placeholder")!;
    expect(cellOf(rows, placeholder.path, "行政强制 · 本年处理决定数量")).toBe("/");
    const text = j.expected.injected.find((i) => i.kind === "text-in-count")!;
    expect(cellOf(rows, text.path, "复议后起诉 · 结果维持")).toBe("两件");
  });

  it("XLSX: both sheets read back with exceljs match, 2,000 rows and every finding", async () => {
    const file = join(temp(), "audit.xlsx");
    const r = nianbao(["check", ".", "--format", "xlsx", "-o", file], dir);
    expect(r.stderr).toBe(`${cliMessage("output.written", { path: file })}\n`);
    const book = await readXlsx(file);
    const [reports, findings] = book.worksheets;
    const rows = sheetRows(reports!, reports!.getRow(2).cellCount);
    expect(rows).toHaveLength(j.files.length + 2);
    expectReportsSheet(rows.slice(1), json, dir);
    expectFindingsSheet(sheetRows(findings!, 5), json);
    const injected = j.expected.injected.find((i) => i.kind === "negative-count")!;
    expect(cellOf(rows.slice(1), injected.path, "行政处罚 · 本年处理决定数量")).toBeLessThan(0);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
  });
});

describe("reports of both forms in one sheet", { timeout: LARGE }, () => {
  it("has the 2019 form's cells beside the 2021 form's, each report's filled only under its own", async () => {
    const dir = temp();
    const j = writeJurisdiction(dir, { agencies: 40, years: [2019, 2020, 2021, 2022], seed: 3 });
    expect(new Set(j.files.map((f) => f.format))).toEqual(new Set([2019, 2021]));
    const json = jsonOf(dir);
    const csv = readCsv(Buffer.from(nianbao(["check", ".", "--format", "csv"], dir).stdout, "utf8"));
    expectReportsSheet(csv, json, dir, { asText: true });
    const header = csv[0]!;
    for (const label of [
      "规章 · 本年新制作数量",
      "规章 · 本年制发件数",
      "（六）其他处理 · 自然人",
      "（六）其他处理 3.其他 · 总计",
    ])
      expect(header).toContain(label);
    // A cell both forms print alike is one column: 行政复议 has its five.
    expect(header.filter((h) => h.startsWith("行政复议 · "))).toHaveLength(5);

    const file = join(dir, "audit.xlsx");
    nianbao(["check", ".", "--format", "xlsx", "-o", file], dir);
    const book = await readXlsx(file);
    const rows = sheetRows(book.worksheets[0]!, header.length);
    expectReportsSheet(rows.slice(1), json, dir);
  });
});
