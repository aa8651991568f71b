import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writtenKey } from "../src/read/written-key.js";
import { keyLineMatch } from "../src/write/prose-block.js";

/** The patterns writtenKey replaces, run only on short lines where their backtracking is harmless. */
const WITH_DASHES = /^([\s-]*)([^:#[\]{}]+?)\s*:/u;
const WITHOUT = /^(\s*)([^:#[\]{}]+?)\s*:/u;
const viaPattern = (line: string, dashes: boolean) => {
  const m = (dashes ? WITH_DASHES : WITHOUT).exec(line);
  return m ? { key: m[2]!, indent: m[1]!.length } : null;
};

describe("writtenKey", () => {
  it("finds what the key patterns capture, on any short line", () => {
    const char = fc.constantFrom(" ", "\t", "\u3000", "\r", "-", ":", "#", "[", "]", "{", "}", "a", "行", "许", "1");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }), fc.boolean(), (chars, dashes) => {
        const line = chars.join("");
        expect(writtenKey(line, dashes)).toEqual(viaPattern(line, dashes));
      }),
      { numRuns: 5_000 },
    );
  });

  it("reads the keys of a report's lines", () => {
    expect(writtenKey("  行政许可: 0", false)).toEqual({ key: "行政许可", indent: 2 });
    expect(writtenKey("  - 规则 : T2-STOCKFLOW", true)).toEqual({ key: "规则", indent: 4 });
    expect(writtenKey("  - 规则: x", false)).toEqual({ key: "- 规则", indent: 2 });
    expect(writtenKey("# 注释: x", true)).toBeNull();
    expect(writtenKey("本年新收 [0, 0]", true)).toBeNull();
  });

  it("answers a long line of spaces with no colon", () => {
    // The patterns take hours on this line.
    expect(writtenKey(`${" ".repeat(100_000)}x`, true)).toBeNull();
    expect(writtenKey(`${" ".repeat(100_000)}x:`, false)).toEqual({ key: "x", indent: 100_000 });
  });
});

describe("keyLineMatch", () => {
  const KEY_LINE = /^( *)([^\s#"'\-[{][^:]*?) *:(?: +|$)/u;

  it("finds what the prose key pattern matches, on any short line", () => {
    const char = fc.constantFrom(" ", "\t", "\u3000", "-", ":", "#", '"', "[", "{", "a", "行", "1");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }), (chars) => {
        const line = chars.join("");
        const m = KEY_LINE.exec(line);
        expect(keyLineMatch(line)).toEqual(m ? { indent: m[1]!.length, key: m[2]!, valueAt: m[0].length } : null);
      }),
      { numRuns: 5_000 },
    );
  });

  it("answers a long line of spaces", () => {
    // The pattern takes seconds on this line.
    expect(keyLineMatch(`a${" ".repeat(200_000)}b`)).toBeNull();
  });
});
