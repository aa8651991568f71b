import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCommonUtf8 } from "../src/read/utf8.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const strictly = (bytes: Uint8Array): string | null => {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
};

/** The strict decoder is the definition: the fast path gives exactly its text, or gives up. */
describe("decodeCommonUtf8", () => {
  it("gives the decoder's text for any string of ASCII and three-byte characters (Chinese, BOM, U+0800, U+FFFF)", () => {
    const text = fc
      .array(
        fc.constantFrom("政", "府", "信息", "公开", "a", "1", " ", "\n", "，", "。", "\uFEFF", "\u0800", "\uFFFF"),
        { maxLength: 40 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeCommonUtf8(Buffer.from(t, "utf8"))).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it("never gives a text the strict decoder would not (truncated, overlong, surrogate, stray, two- and four-byte sequences)", () => {
    const bytes = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xe0, 0xed, 0xef, 0x80, 0xbf, 0xa0, 0xc0, 0xf0)),
      { maxLength: 24 },
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const buffer = Buffer.from(b);
        const fast = decodeCommonUtf8(buffer);
        if (fast !== null) expect(fast).toBe(strictly(buffer));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives up at a NUL byte, which only binary data or UTF-16 contains", () => {
    expect(decodeCommonUtf8(Buffer.from("政府\u0000信息", "utf8"))).toBeNull();
    expect(decodeCommonUtf8(Buffer.from([0x61, 0x00]))).toBeNull();
  });

  it("leaves two- and four-byte sequences to the strict decoder", () => {
    expect(decodeCommonUtf8(Buffer.from("é", "utf8"))).toBeNull();
    expect(decodeCommonUtf8(Buffer.from("𠀀", "utf8"))).toBeNull();
  });
});
