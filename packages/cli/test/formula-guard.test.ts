import { describe, expect, it } from "vitest";
import { cellFromText } from "@nianbao/core";
import { guardFormula } from "../src/output/formula-guard.js";
import { cellValue } from "../src/output/sheet.js";

describe("guardFormula", () => {
  it("puts a ' before text a spreadsheet could run as a formula", () => {
    for (const text of ["=1+1", "+86 10 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("x")'])
      expect(guardFormula(text)).toBe(`'${text}`);
  });

  it("leaves other text, and a lone sign, as written", () => {
    for (const text of ["/", "两件", "淮安市人民政府", "-", "+", "", "'已有引号", "1=1", " =1"])
      expect(guardFormula(text)).toBe(text);
  });
});

describe("cellValue", () => {
  it("gives numbers as numbers, normalised as the reader reads them", () => {
    expect(cellValue(cellFromText("12"))).toBe(12);
    expect(cellValue(cellFromText("7730.28"))).toBe(7730.28);
    expect(cellValue(cellFromText("１２"))).toBe(12);
    expect(cellValue(cellFromText("1,234"))).toBe(1234);
    expect(cellValue(cellFromText("-3"))).toBe(-3);
  });

  it("gives placeholders, text and numbers with a note as written; blank and missing as nothing", () => {
    expect(cellValue(cellFromText("/"))).toBe("/");
    expect(cellValue(cellFromText("两件"))).toBe("两件");
    expect(cellValue(cellFromText("22（其中修订16件）"))).toBe("22（其中修订16件）");
    expect(cellValue(cellFromText("-3件"))).toBe("'-3件");
    expect(cellValue(cellFromText(""))).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });
});
