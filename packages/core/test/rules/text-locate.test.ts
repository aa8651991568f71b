import { parseDocument, isMap, isScalar } from "yaml";
import { describe, expect, it } from "vitest";
import { ValueLocator } from "../../src/rules/text/locate.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

/** The locator of the value of `key` in a YAML text, as the reader sees it. */
function locatorOf(text: string, key: string): { value: string; locator: ValueLocator } {
  const doc = parseDocument(text);
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const node = pair?.value;
  if (!isScalar(node) || !node.range) throw new Error(`no scalar ${key}`);
  const value = String(node.value);
  return { value, locator: new ValueLocator(text, { start: node.range[0], end: node.range[1] }, value) };
}

/** Locates the first occurrence of `piece` in the value and returns the source text there. */
function sourceOf(text: string, key: string, piece: string): string | null {
  const { value, locator } = locatorOf(text, key);
  const at = value.indexOf(piece);
  const r = locator.locate(at, at + piece.length);
  return r && text.slice(r.start, r.end);
}

describe("ValueLocator", () => {
  it("maps a number in a plain scalar, across a folded line", () => {
    const text = "a: 全年受理申请\n  共 3119 件，办结 3050 件\n";
    expect(sourceOf(text, "a", "3050")).toBe("3050");
    expect(sourceOf(text, "a", "3119")).toBe("3119");
  });

  it("maps through the escapes of a double-quoted scalar", () => {
    const text = 'a: "第一段\\n\\"引号\\" \\u4e00是 受理 17 件"\n';
    const { value, locator } = locatorOf(text, "a");
    expect(value).toBe('第一段\n"引号" 一是 受理 17 件');
    const at = value.indexOf("17");
    const r = locator.locate(at, at + 2)!;
    expect(text.slice(r.start, r.end)).toBe("17");
    // An escaped character is not written verbatim, so it cannot be pinned down.
    const escaped = value.indexOf("一是");
    expect(locator.locate(escaped, escaped + 1)).toBeNull();
    expect(locator.locate(value.indexOf("一段"), value.indexOf("一段") + 2)).toEqual({
      start: text.indexOf("一段"),
      end: text.indexOf("一段") + 2,
    });
  });

  it("maps through doubled quotes of a single-quoted scalar", () => {
    expect(sourceOf("a: '它''s 受理 21 件'\n", "a", "21")).toBe("21");
  });

  it("maps inside literal and folded block scalars, past the header and indentation", () => {
    const literal = "a: |  # 说明\n  第一行 12 件\n  第二行 34 件\n";
    expect(sourceOf(literal, "a", "34")).toBe("34");
    const folded = "a: >-\n  折叠的一行\n  共 56 件\n";
    expect(sourceOf(folded, "a", "56")).toBe("56");
  });

  it("maps full-width digits and text after a surrogate pair", () => {
    expect(sourceOf("a: 𠀋受理１２件\n", "a", "１２")).toBe("１２");
  });

  it("refuses a piece outside the value", () => {
    const { locator } = locatorOf("a: 受理 17 件\n", "a");
    expect(locator.locate(5, 50)).toBeNull();
  });

  it("gives a text rule the exact range of a figure in a block scalar", () => {
    const text = buildYaml({ overview: "placeholder", t3: { 本年新收: [95, 0, 0, 0, 0, 0, 95] } }).replace(
      '总体情况: "placeholder"',
      "总体情况: |\n  一、总体情况\n  全年共受理政府信息公开申请 96 件，均按期答复。",
    );
    const [f] = findingsOf(text, "TXT-APPS");
    expect(textAt(text, f!.range)).toBe("96");
  });
});
