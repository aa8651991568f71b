import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

const CODE = "NAR-SEC6-OTHER";
const profile = { profile: { section6Items: ["年度工作要点", "人大代表建议|人大建议", "创新"] } };

describe(CODE, () => {
  it("checks nothing without a region profile", () => {
    expect(findingsOf(buildYaml({ other: "本年度未收取信息处理费。" }), CODE)).toEqual([]);
  });

  it("accepts a 六 that mentions every required item, in any of its spellings", () => {
    const text = buildYaml({
      other: "本年度未收取信息处理费。认真落实年度工作要点；人大建议办理结果全部公开；创新开展政策解读。",
    });
    expect(findingsOf(text, CODE, profile)).toEqual([]);
  });

  it("reports each required item 六 does not mention, as info, at 六", () => {
    const text = buildYaml({ other: "本年度未收取信息处理费。认真落实年度工作要点。" });
    const found = findingsOf(text, CODE, profile);
    expect(found.map((f) => [f.severity, textAt(text, f.range), f.message])).toEqual([
      [
        "info",
        '"本年度未收取信息处理费。认真落实年度工作要点。"',
        "本地要求第六部分报告「人大代表建议 / 人大建议」，但没有提到。",
      ],
      ["info", '"本年度未收取信息处理费。认真落实年度工作要点。"', "本地要求第六部分报告「创新」，但没有提到。"],
    ]);
    expect(findingsOf(text, CODE, { ...profile, locale: "en" })[1]!.message).toBe(
      "The local profile requires 「创新」 in section 六 (other matters), but it is not mentioned.",
    );
  });
});
