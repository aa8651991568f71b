import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chineseNumber, chineseNumeral, ordinalsIn } from "../../src/rules/narrative/NAR-DUP-ORDINALS.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "NAR-DUP-ORDINALS";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts enumerations that run in order, each 一是 starting anew (平潭 2022, 宿迁 2023)", () => {
    expect(findingsOf(buildYaml(EXAMPLES.pingtan2022), CODE)).toEqual([]);
    expect(findingsOf(buildYaml(EXAMPLES.suqian2023), CODE)).toEqual([]);
    // "统一是" and "之一是" are words, not ordinals.
    expect(findingsOf(buildYaml({ problems: "一是标准统一是关键；二是这是难点之一是事实。" }), CODE)).toEqual([]);
  });

  it("reports 平潭 2023's 一是…三是…三是 once, at the first 三是, with a fix", () => {
    const text = buildYaml(EXAMPLES.pingtan2023);
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("info");
    expect(textAt(text, f!.range)).toBe("三是");
    expect(text.slice(f!.range.start, f!.range.start + 11)).toBe("三是开拓创新不够有力，");
    expect(f!.message).toBe("「三是」接在「一是」之后，序号应为「二是」。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe("「三是」 follows 「一是」; the ordinal should be 「二是」.");
    expect(f!.fix!.title).toBe("将「三是」改为「二是」");
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["三", "二"]]);
  });

  it("reports a repeated ordinal", () => {
    const text = buildYaml({ problems: "一是内容不够丰富；二是形式单一；二是队伍不稳；三是培训不足。" });
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["二是", "「二是」重复了上一个序号，这里应为「三是」。"],
    ]);
    expect(text.slice(found[0]!.range.start - 5, found[0]!.range.start)).toBe("形式单一；");
    // The next ordinal (三是) does not confirm a fix to 三是.
    expect(found[0]!.fix).toBeUndefined();
  });

  it("reads Chinese numerals up to 九十九", () => {
    expect(["一", "九", "十", "十一", "二十", "二十三"].map(chineseNumber)).toEqual([1, 9, 10, 11, 20, 23]);
    expect(["一一", "百"].map(chineseNumber)).toEqual([null, null]);
    expect([1, 10, 12, 20, 31].map(chineseNumeral)).toEqual(["一", "十", "十二", "二十", "三十一"]);
  });

  it("finds ordinals exactly where a boundary, one to three numerals and 是 stand (the rule's regex as the oracle)", () => {
    // The definition, kept as a regex: a lookbehind for the boundary, greedy numerals, then 是.
    const ORACLE = /(?<=^|[\s。；;，,：:、！!？?（(）)“"])([一二三四五六七八九十]{1,3})是/gu;
    const pieces = ["一", "二", "三", "十", "九", "是", "，", "。", " ", "\n", "统", "之", "a"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (chars) => {
        const text = chars.join("");
        expect(ordinalsIn(text)).toEqual([...text.matchAll(ORACLE)].map((m) => ({ at: m.index, numeral: m[1] })));
      }),
      { numRuns: 3000 },
    );
  });
});
