/**
 * Class f of the field (issue 12): PDF text as fonts map it. A report printed to PDF (Chromium with
 * a CJK system font, Word, WPS) gives Kangxi radicals for ordinary characters (「⾏政机关」: U+2F8F
 * for 行), and its long labels wrap. Built from 淮安市 2024 as pdftotext printed it, with the
 * radicals such a PDF has and （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
 * wrapped over two lines, the row's numbers on the first.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport, importSource, readLayout } from "../src/index.js";
import { unifyIdeographs } from "../src/import/ideographs.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const NAME = "jiangsu-huaian-city-gov-2024";
/** Characters and the Kangxi radicals a PDF's font maps them to. */
const RADICALS: Readonly<Record<string, string>> = {
  行: "\u2F8F",
  人: "\u2F08",
  文: "\u2F42",
  工: "\u2F2F",
  月: "\u2F49",
  日: "\u2F47",
  方: "\u2F45",
  力: "\u2F12",
  用: "\u2F64",
  子: "\u2F26",
  大: "\u2F24",
};

function asPrintedPdf(): string {
  const layout = readFileSync(resolve(SOURCES_DIR, `${NAME}.txt`), "utf8");
  // The label over two lines: 「（六）其他处理 1.申请人…其政府信」 with the numbers, then 「息公开申请」.
  const wrapped = layout
    .replace(
      "               1、申请人无正当理由逾期不补\n\n               正、行政机关不再处理其政府信           67",
      "     （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信           67",
    )
    .replace("\n               息公开申请\n\n     （六）其\n", "\n               息公开申请\n\n\n");
  return wrapped.replace(/[行人文工月日方力用子大]/gu, (c) => RADICALS[c]!);
}

describe("PDF text with Kangxi radicals and a wrapped label", () => {
  const text = asPrintedPdf();
  const expected = expectedCells(loadTablesJson(NAME));

  it("is the shape of the issue", () => {
    expect(text).toContain("（六）其他处理 1.申请⼈无正当理由逾期不补正、⾏政机关不再处理其政府信");
    expect(text).toMatch(/\n\s+息公开申请\n/u);
    expect(text).not.toContain("行");
  });

  it("reads every cell, the wrapped row included", () => {
    const result = importReport(text, { fileName: `${NAME}.txt` });
    const counts = compareImport(expected, result);
    expect(counts.differing).toEqual([]);
    expect(result.report.requests.noCorrection!.map((c) => c.value)).toEqual([67, 3, 0, 0, 1, 0, 71]);
  });

  it("reads the title and agency, and writes the prose with the characters meant", () => {
    const result = importReport(text, { fileName: `${NAME}.txt` });
    expect(result.report.title).toBe("淮安市人民政府 2024 年政府信息公开工作年度报告");
    expect(result.report.agency).toBe("淮安市人民政府");
    expect(result.yaml).toContain("中华人民共和国政府信息公开条例");
    expect(result.yaml).not.toMatch(/[\u2E80-\u2FDF]/u);
  });

  it("does the same for a document read from a PDF's positions (importSource)", () => {
    const result = importSource(readLayout(text), { fileName: `${NAME}.pdf` });
    expect(result.report.agency).toBe("淮安市人民政府");
    expect(compareImport(expected, result).wrong).toBe(0);
  });
});

describe("unifyIdeographs", () => {
  it("replaces stand-in ideographs and leaves full-width punctuation and digits as written", () => {
    expect(unifyIdeographs("⾏政机关（⼈民政府）：１２，⽉")).toBe("行政机关（人民政府）：１２，月");
  });
});
