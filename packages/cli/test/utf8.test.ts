import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../src/check/utf8.js";

/** Node's decoder is the definition: the fast path must give exactly its text, whatever the bytes. */
describe("decodeUtf8", () => {
  it("gives Node's text for any string written as UTF-8 (Chinese, ASCII, accents, emoji, BOM)", () => {
    const text = fc.array(fc.constantFrom("政", "府", "信息", "公开", "a", "1", " ", "\n", "，", "。", "é", "ß", "😀", "𠀀", "\uFEFF", "\u0800", "\uFFFF"), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(t, "utf8");
        expect(decodeUtf8(bytes)).toBe(bytes.toString("utf8"));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives Node's text for arbitrary bytes (truncated, overlong, surrogate and stray sequences)", () => {
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xe0, 0xed, 0xef, 0x80, 0xbf, 0xa0, 0xc0, 0xf0)), { maxLength: 24 });
    fc.assert(
      fc.property(bytes, (b) => {
        const buffer = Buffer.from(b);
        expect(decodeUtf8(buffer)).toBe(buffer.toString("utf8"));
      }),
      { numRuns: 5000 },
    );
  });
});
