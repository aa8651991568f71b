import { describe, expect, it } from "vitest";
import { isLegacyWord, isZip, oneBlockALine } from "../src/index.js";

describe("oneBlockALine: mammoth's HTML one block a line", () => {
  it("breaks after paragraphs and outer rows, never inside a cell or a nested table", () => {
    const html =
      "<h1>标题</h1><p>正文</p><table><tr><td><p>本年</p><p>新收</p></td><td><table><tr><td>1</td></tr></table></td></tr><tr><td>2</td></tr></table><p>后</p>";
    expect(oneBlockALine(html).split("\n")).toEqual([
      "<h1>标题</h1>",
      "<p>正文</p>",
      "<table><tr><td><p>本年</p><p>新收</p></td><td><table><tr><td>1</td></tr></table></td></tr>",
      "<tr><td>2</td></tr>",
      "</table>",
      "<p>后</p>",
      "",
    ]);
  });
});

describe("isLegacyWord and isZip", () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
  it("knows Word 97–2003 and WPS by the name or the OLE magic number", () => {
    expect(isLegacyWord(ole, "report")).toBe(true);
    expect(isLegacyWord(zip, "年报.DOC")).toBe(true);
    expect(isLegacyWord(zip, "dir/年报.wps")).toBe(true);
    expect(isLegacyWord(zip, "年报.docx")).toBe(false);
    // As node:path.extname: ".doc" alone is a hidden file's name, not an extension.
    expect(isLegacyWord(zip, "dir/.doc")).toBe(false);
  });
  it("knows a ZIP archive by its magic number", () => {
    expect(isZip(zip)).toBe(true);
    expect(isZip(ole)).toBe(false);
    expect(isZip(new Uint8Array([0x50]))).toBe(false);
  });
});
