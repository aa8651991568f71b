import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../src/index.js";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";

const REPORT = readFileSync(new URL("../../../examples/shilong-gongxinju-2023.nianbao.yaml", import.meta.url), "utf8");

const utf16 = (text: string, endian: "le" | "be"): Uint8Array => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return endian === "le" ? le : le.swap16();
};

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM, dropping the BOM", () => {
    expect(decodeBytes(Buffer.from(REPORT, "utf8"))).toEqual({ text: REPORT, encoding: "utf-8" });
    expect(decodeBytes(Buffer.from(`\uFEFF${REPORT}`, "utf8"))).toEqual({ text: REPORT, encoding: "utf-8" });
    // Two- and four-byte sequences take the strict decoder, not the fast path.
    expect(decodeBytes(Buffer.from("说明: café 𠀀\n", "utf8"))).toEqual({ text: "说明: café 𠀀\n", encoding: "utf-8" });
    expect(decodeBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("reads a report saved as GB18030 (Windows, WPS) as GB18030", () => {
    expect(decodeBytes(encodeGb18030(REPORT))).toEqual({ text: REPORT, encoding: "gb18030" });
  });

  it("reads even one short line of Chinese saved as GB18030 as GB18030", () => {
    const line = fc
      .array(
        fc.constantFrom(
          "政",
          "府",
          "信",
          "息",
          "公",
          "开",
          "年",
          "度",
          "报",
          "告",
          "，",
          "。",
          "：",
          "（",
          "）",
          "①",
          "℃",
          "a",
          "1",
          " ",
        ),
        { minLength: 1, maxLength: 12 },
      )
      .map((p) => `机关: ${p.join("")}\n`);
    fc.assert(
      fc.property(line, (text) => {
        expect(decodeBytes(encodeGb18030(text))).toEqual({ text, encoding: "gb18030" });
      }),
      { numRuns: 500 },
    );
  });

  it("reads UTF-16 LE and BE with a BOM (Notepad's 「Unicode」)", () => {
    expect(decodeBytes(utf16(REPORT, "le"))).toEqual({ text: REPORT, encoding: "utf-16le" });
    expect(decodeBytes(utf16(REPORT, "be"))).toEqual({ text: REPORT, encoding: "utf-16be" });
  });

  it("cannot decide binary data, UTF-16 without a BOM, or bytes no candidate decodes", () => {
    expect(decodeBytes(new Uint8Array(4096))).toBeNull();
    expect(decodeBytes(Buffer.from("机关: 测试局\n", "utf16le"))).toBeNull();
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    // A UTF-8 BOM before bytes that are not UTF-8 says the file is broken, not GB18030.
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, ...encodeGb18030("机关")]))).toBeNull();
    // Windows-1252 text: valid GB18030 bytes here and there, but not Chinese.
    expect(decodeBytes(Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x63, 0x61, 0x66, 0xe9]))).toBeNull();
    // A lone surrogate is not UTF-16.
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toBeNull();
  });
});
