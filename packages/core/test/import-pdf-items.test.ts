import { describe, expect, it } from "vitest";
import { hasPdfHeader, pdfPageText } from "../src/index.js";

describe("pdfPageText: a pdfjs page's text items as positioned text", () => {
  const upright = { transform: [1, 0, 0, -1, 0, 842], height: 842 };

  it("places each piece as a reader sees the page (origin top-left) and keeps whitespace pieces", () => {
    const items = [
      { str: "本年新收", transform: [12, 0, 0, 12, 72, 700], width: 48, height: 12 },
      { str: " ", transform: [12, 0, 0, 12, 120, 700], width: 3, height: 12 },
      { type: "beginMarkedContent" },
      { str: "", transform: [12, 0, 0, 12, 0, 0], width: 0, height: 12 },
    ];
    expect(pdfPageText(upright, items, 2)).toEqual([
      { text: "本年新收", page: 2, x: 72, y: 700, width: 48, height: 12 },
      { text: " ", page: 2, x: 120, y: 700, width: 3, height: 12 },
    ]);
  });

  it("undoes a rotated page and takes the font size when an item has no height", () => {
    const rotated = { transform: [0, 1, 1, 0, 0, 0], height: 595 };
    const [piece] = pdfPageText(
      rotated,
      [{ str: "总计", transform: [10, 0, 0, 10, 100, 200], width: 20, height: 0 }],
      1,
    );
    expect(piece).toEqual({ text: "总计", page: 1, x: 200, y: 495, width: 20, height: 10 });
  });
});

describe("hasPdfHeader", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("finds the header anywhere in the first kilobyte, and nowhere else", () => {
    expect(hasPdfHeader(bytes("%PDF-1.7\n"))).toBe(true);
    expect(hasPdfHeader(bytes(`${" ".repeat(1000)}%PDF-1.4`))).toBe(true);
    expect(hasPdfHeader(bytes(`${" ".repeat(1100)}%PDF-1.4`))).toBe(false);
    expect(hasPdfHeader(bytes("<html>"))).toBe(false);
  });
});
