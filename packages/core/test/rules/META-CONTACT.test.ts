import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "META-CONTACT";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts a preamble with address and telephone (平潭 2022, 淮安 2024)", () => {
    expect(findingsOf(buildYaml(EXAMPLES.pingtan2022), CODE)).toEqual([]);
    expect(findingsOf(buildYaml(EXAMPLES.huaian2024), CODE)).toEqual([]);
  });

  it("reports a report with neither, as info, at the 总体情况 key", () => {
    const text = buildYaml();
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("info");
    expect(textAt(text, f!.range)).toBe("总体情况");
    expect(f!.message).toBe("总体情况的概述和其他事项中都没有联系地址和电话。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "Neither the overview's introduction (概述) nor 其他事项 gives a contact address and telephone.",
    );
  });

  it("reports a missing address at the 概述 key; a hotline in the narrative is no contact telephone", () => {
    const text = buildYaml({
      overview: { 概述: "如对本报告有疑问，请与本局办公室联系（电话：0517-83605210）。", 主动公开: "畅通12345热线。" },
    });
    expect(findingsOf(text, CODE).map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["概述", "总体情况的概述和其他事项中没有联系地址。"],
    ]);
    const noPhone = buildYaml({
      overview: { 概述: "联系地址：某市某路 1 号。", 主动公开: "畅通12345热线，公开咨询电话。" },
    });
    expect(findingsOf(noPhone, CODE).map((f) => f.message)).toEqual(["总体情况的概述和其他事项中没有联系电话。"]);
  });
});
