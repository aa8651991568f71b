import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliMessage } from "../src/messages/index.js";
import { BIN, buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";
import { expectFindingsSheet, expectReportsSheet, readCsv, readXlsx, sheetRows, type Value } from "./support/sheets.js";

// `check --format csv|xlsx` on the real reports of examples/, read back with csv-parse and exceljs
// and compared cell by cell with `--format json` and with the reports.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const folders: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-sheets-"));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach(removeFolder));

const jsonOf = (args: readonly string[], cwd: string) => JSON.parse(nianbao([...args, "--format", "json"], cwd).stdout);

describe("the examples as CSV and XLSX", () => {
  let json: ReturnType<typeof jsonOf>;
  let out: string;
  beforeAll(() => {
    json = jsonOf(["check", "examples"], ROOT);
    out = temp();
  });

  it("CSV: one row per report, every cell under its printed label, as --format json and the files say", () => {
    const r = nianbao(["check", "examples", "--format", "csv"], ROOT);
    expect(r.status).toBe(1); // the examples' real errors, as with every other format
    expect(r.stderr).toBe("");
    const bytes = Buffer.from(r.stdout, "utf8");
    // RFC 4180 line ends.
    expect(r.stdout.split("\r\n").length).toBe(json.reports.length + 2);
    expectReportsSheet(readCsv(bytes), json, ROOT, { asText: true });
  });

  it("XLSX: the reports sheet and the findings sheet, read back with exceljs", async () => {
    const file = join(out, "audit.xlsx");
    const r = nianbao(["check", "examples", "--format", "xlsx", "-o", file], ROOT);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const book = await readXlsx(file);
    const [reports, findings] = book.worksheets;
    const width = reports!.getRow(2).cellCount;
    const rows = sheetRows(reports!, width);
    // Row 1 holds the group headings over the columns; row 2 the headers.
    // Merged over their columns, but not across the frozen file and agency columns.
    expect(rows[0]!.slice(0, 4)).toEqual(new Array(4).fill(cliMessage("sheet.groupReport")));
    expect(reports!.getCell(1, 1).isMerged).toBe(false);
    expect(reports!.getCell(1, 6).isMerged).toBe(true);
    expect(rows[0]![4]).toBe(cliMessage("sheet.groupFindings"));
    expect(rows[0]).toContain("三、收到和处理政府信息公开申请情况");
    expectReportsSheet(rows.slice(1), json, ROOT);
    expectFindingsSheet(sheetRows(findings!, 5), json);
    expect(reports!.name).toBe(cliMessage("sheet.reportsName"));
    expect(findings!.name).toBe(cliMessage("sheet.findingsName"));
    // Frozen: both header rows with the file and agency columns; the findings' header row.
    expect(reports!.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
    expect(findings!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Numbers are number cells.
    expect(reports!.getRow(3).getCell(3).type).toBe(ExcelValueType.Number);
  });

  it("an agency's previous years sit in the same sheet, in file order", () => {
    const rows = readCsv(Buffer.from(nianbao(["check", "examples", "--format", "csv"], ROOT).stdout, "utf8"));
    const files = rows.slice(1).map((r) => r[0]);
    expect(files).toEqual([...files].sort());
    expect(files).toContain("examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml");
    expect(files).toContain("examples/jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml");
  });
});

// exceljs's ValueType enum, as the reading side sees it (Number = 2, String = 3, Formula = 6).
const ExcelValueType = { Number: 2, String: 3, Formula: 6 } as const;

describe("cells as written, and text that could run as a formula", () => {
  const hostile = buildYaml({
    agency: '=HYPERLINK("http://example.invalid","点击")',
    t2: { 行政许可: '"/"', 行政处罚: '"@SUM(1+1)*cmd|/C calc!A0"', 行政强制: '"-2+3"' },
    t3: { 本年新收: ['"+1件"', 0, 0, 0, 0, 0, 1], 上年结转: ['""', 0, 0, 0, 0, 0, 0] },
    t4: { 行政复议: ['"22（其中维持20件）"', 0, 0, 0, 22] },
  });

  it("CSV puts a ' before each, leaves '/' and blanks as written, numbers as numbers", () => {
    const dir = folderWith({ "a.nianbao.yaml": hostile });
    try {
      const r = nianbao(["check", ".", "--format", "csv"], dir);
      const json = jsonOf(["check", "."], dir);
      const rows = readCsv(Buffer.from(r.stdout, "utf8"));
      expectReportsSheet(rows, json, dir, { asText: true });
      const [header, row] = rows;
      const at = (label: string) => row![header!.indexOf(label)];
      expect(at(cliMessage("sheet.agency"))).toBe('\'=HYPERLINK("http://example.invalid","点击")');
      expect(at("行政许可 · 本年处理决定数量")).toBe("/");
      expect(at("行政处罚 · 本年处理决定数量")).toBe("'@SUM(1+1)*cmd|/C calc!A0");
      expect(at("行政强制 · 本年处理决定数量")).toBe("'-2+3");
      expect(at("一、本年新收政府信息公开申请数量 · 自然人")).toBe("'+1件");
      expect(at("二、上年结转政府信息公开申请数量 · 自然人")).toBe("");
      expect(at("行政复议 · 结果维持")).toBe("22（其中维持20件）");
      expect(at("行政复议 · 总计")).toBe("22");
      // No field of the file begins with a formula character but those written after a '.
      for (const field of rows.flat()) expect(field).not.toMatch(/^[=+@\t\r]|^-./u);
    } finally {
      removeFolder(dir);
    }
  });

  it("XLSX holds them as text cells after a ', never as formulas", async () => {
    const dir = folderWith({ "a.nianbao.yaml": hostile });
    try {
      const file = join(dir, "audit.xlsx");
      expect(nianbao(["check", ".", "--format", "xlsx", "-o", file], dir).status).toBe(1);
      const json = jsonOf(["check", "."], dir);
      const book = await readXlsx(file);
      const sheet = book.worksheets[0]!;
      const width = sheet.getRow(2).cellCount;
      const rows = sheetRows(sheet, width);
      expectReportsSheet(rows.slice(1), json, dir);
      expectFindingsSheet(sheetRows(book.worksheets[1]!, 5), json);
      const header = rows[1]!;
      const cell = (label: string) => sheet.getRow(3).getCell(header.indexOf(label) + 1);
      expect(cell(cliMessage("sheet.agency")).type).toBe(ExcelValueType.String);
      expect(cell("行政处罚 · 本年处理决定数量").value).toBe("'@SUM(1+1)*cmd|/C calc!A0");
      expect(cell("行政许可 · 本年处理决定数量").value).toBe("/");
      expect(cell("行政复议 · 总计").type).toBe(ExcelValueType.Number);
      // Not one formula in the workbook's XML.
      const zip = await JSZip.loadAsync(readFileSync(file));
      const sheets = Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"));
      expect(sheets.length).toBe(2);
      for (const name of sheets) expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/u);
    } finally {
      removeFolder(dir);
    }
  });
});

describe("files as a folder holds them", () => {
  it("quotes a name with a comma, a quote or a line break (RFC 4180), and gives an unreadable file its row", () => {
    const odd = 'a,"b"\nc.nianbao.yaml';
    const dir = folderWith({ [odd]: buildYaml({ t2: { 行政许可: 3 } }), "z.nianbao.yaml": "" });
    try {
      // Bytes no encoding can decide: FILE-UNREADABLE, and nothing to read the tables from.
      writeFileSync(join(dir, "z.nianbao.yaml"), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
      const r = nianbao(["check", ".", "--format", "csv"], dir);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain('"a,""b""\nc.nianbao.yaml"');
      const [header, named, unreadable] = readCsv(Buffer.from(r.stdout, "utf8"));
      const at = (row: string[] | undefined, label: string) => row![header!.indexOf(label)];
      expect(at(named, cliMessage("sheet.file"))).toBe(odd);
      expect(at(named, "行政许可 · 本年处理决定数量")).toBe("3");
      expect(at(unreadable, cliMessage("sheet.file"))).toBe("z.nianbao.yaml");
      expect(at(unreadable, cliMessage("sheet.format"))).toBe("");
      expect(at(unreadable, cliMessage("severity.error"))).toBe("1");
      expect(at(unreadable, "FILE-UNREADABLE")).toBe("1");
      expect(at(unreadable, "行政许可 · 本年处理决定数量")).toBe("");
    } finally {
      removeFolder(dir);
    }
  });
});

describe("the options around the sheets", () => {
  it("refuses XLSX without -o, before checking anything, and says how", () => {
    const r = nianbao(["check", "examples", "--format", "xlsx"], ROOT);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(cliMessage("error.xlsxNeedsOutput"));
  });

  it("keeps an existing file unless --force, as every output does", () => {
    const dir = temp();
    const file = join(dir, "audit.xlsx");
    writeFileSync(file, "mine");
    const kept = nianbao(["check", "examples", "--format", "xlsx", "-o", file], ROOT);
    expect(kept.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("mine");
    expect(nianbao(["check", "examples", "--format", "xlsx", "-o", file, "--force"], ROOT).status).toBe(1);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("words the fixed columns and sheet names in English with --locale en; the printed labels stay", async () => {
    const dir = temp();
    const file = join(dir, "audit.xlsx");
    nianbao(["check", "examples", "--format", "xlsx", "-o", file, "--locale", "en"], ROOT);
    const json = jsonOf(["check", "examples", "--locale", "en"], ROOT);
    const book = await readXlsx(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Reports");
    const rows = sheetRows(sheet, sheet.getRow(2).cellCount);
    expect(rows[1]!.slice(0, 4)).toEqual(["File", "Agency", "Year", "Format"]);
    expect(rows[1]).toContain("（一）予以公开 · 总计");
    expectReportsSheet(rows.slice(1), json, ROOT, { locale: "en" });
    expectFindingsSheet(sheetRows(book.worksheets[1]!, 5), json, "en");
  });

  it("takes the report on standard input, and writes CSV to a file with -o", () => {
    const dir = temp();
    const text = buildYaml({ t2: { 行政许可: 12 } });
    const file = join(dir, "a.csv");
    const r = spawnSync(process.execPath, [BIN, "check", "-", "--format", "csv", "-o", file], {
      cwd: dir,
      input: text,
    });
    expect(r.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    const rows = readCsv(readFileSync(file));
    expect(rows).toHaveLength(2);
    const at = (label: string): Value => rows[1]![rows[0]!.indexOf(label)]!;
    expect(at(cliMessage("sheet.file"))).toBe("-");
    expect(at("行政许可 · 本年处理决定数量")).toBe("12");
  });
});
