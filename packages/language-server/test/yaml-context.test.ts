import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cursorContext } from "../src/service/yaml-context.js";
import { keyOfLine } from "../src/service/yaml-context.js";

/** The pattern keyOfLine replaces, kept here as its specification. */
const KEY_LINE = /^(\s*)(?:-\s+)?([^#\s:][^:#]*?)\s*:(?:\s|$)/u;
const byPattern = (line: string) => {
  const m = KEY_LINE.exec(line);
  return m ? m[2]!.trim() : null;
};

describe("reading keys off lines", () => {
  it("finds the key the pattern finds, on any line", () => {
    const alphabet = fc.constantFrom(" ", "\t", "\u3000", "-", ":", "#", "a", "机", "关", "[", "'", '"');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 14 }).map((cs) => cs.join("")),
        (line) => {
          expect(keyOfLine(line)).toBe(byPattern(line));
        },
      ),
      { numRuns: 20_000, seed: 42 },
    );
    for (const line of [
      "机关: 测试局",
      "  - 规则: T4-ROWSUM",
      "- : x",
      "-\t: x",
      "a:b: c",
      "a # c: d",
      "   :",
      "键:",
      "  本年新收: [1, 2]",
    ])
      expect(keyOfLine(line)).toBe(byPattern(line));
  });

  it("stays linear on long lines that make the pattern backtrack", () => {
    const spaces = " ".repeat(200_000);
    const lines = [`a${spaces}:x`, `${"a".repeat(200_000)}:`, `- ${spaces}x${spaces}`];
    const t0 = performance.now();
    for (const l of lines) keyOfLine(l);
    const text = `依申请公开:\n  ${"a".repeat(200_000)}:`;
    const ctx = cursorContext(text, text.length);
    expect(ctx.word).toBe("");
    expect(ctx.parents).toEqual(["依申请公开"]);
    const tail = cursorContext(`x: ${"b".repeat(300_000)}`, 300_003);
    expect(tail.word.length).toBe(300_000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
