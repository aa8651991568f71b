import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "META-YEAR";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts consistent years, last year in 五 and next year's plans (平潭 2022, 淮安 2024)", () => {
    expect(
      findingsOf(
        buildYaml({
          ...EXAMPLES.pingtan2022,
          title: "平潭综合实验区2022年度政府信息公开工作年度报告",
          publishedOn: "2023-02-20",
        }),
        CODE,
      ),
    ).toEqual([]);
    expect(findingsOf(buildYaml(EXAMPLES.huaian2024), CODE)).toEqual([]);
    expect(
      findingsOf(
        buildYaml({ year: 2024, problems: "2023年，我局存在公开内容不够丰富的问题，2024年已加强培训并丰富解读形式。" }),
        CODE,
      ),
    ).toEqual([]);
  });

  it("reports a title dated another year, at the year, with a fix", () => {
    const text = buildYaml({ year: 2024, title: "某市某局2023年政府信息公开工作年度报告" });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("2023");
    expect(f!.message).toBe("标题中的年份 2023 与「年度」2024 不一致。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe("The title's year 2023 differs from 「年度」 (year) 2024.");
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["2023", "2024"]]);
  });

  it("reports a statistics period of another year (淮安's preamble in a 2025 report)", () => {
    const text = buildYaml({ ...EXAMPLES.huaian2024, year: 2025 });
    const found = findingsOf(text, CODE).filter((f) => f.messageId === "META-YEAR.period");
    expect(found.map((f) => textAt(text, f.range))).toEqual(["2024", "2024"]);
    expect(found[0]!.message).toBe(
      "统计期限「2024 年 1 月 1 日至 2024 年 12 月 31 日」中的年份 2024 与「年度」2025 不一致。",
    );
    expect(text.slice(found[1]!.range.start - 2, found[1]!.range.end + 2)).toBe("至 2024 年");
  });

  it("reports the narrative dating the agency's own work to last year outside 五", () => {
    const text = buildYaml({
      year: 2024,
      overview: { 主动公开: "2023年，我局主动公开政府信息 120 条。", 依申请公开: "较2023年全区申请量有所增加。" },
    });
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["2023", "正文「2023年，我局」写的是 2023 年，而报告「年度」为 2024，可能沿用了其他年度的文字。"],
    ]);
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “2023年，我局”, dated 2023, in a report for 2024: it may be carried over from another year's report.",
    );
  });

  it("reports a publication date before the year has ended", () => {
    const text = buildYaml({ year: 2024, publishedOn: "2024-12-20" });
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["2024-12-20", "发布日期 2024-12-20 早于 2024 年结束，年度报告应在报告年度结束后发布。"],
    ]);
  });

  // rules/observed.ts routes each reader observation to exactly one rule; until it names META-YEAR
  // for a bad 年度, STR-SECTIONS reports it. Either way it is reported once, at the value.
  it("reports a 年度 that is not a year exactly once, at the value", () => {
    const text = buildYaml({ year: 2024 }).replace("年度: 2024", "年度: 二〇二四");
    const found = [...findingsOf(text, CODE), ...findingsOf(text, "STR-SECTIONS")].filter((f) =>
      f.paths.includes("meta.year"),
    );
    expect(found.map((f) => textAt(text, f.range))).toEqual(["二〇二四"]);
    if (found[0]!.code === CODE) {
      expect(found[0]!.message).toBe("「年度」写作「二〇二四」，不是有效的年份（应为四位数字，如 2024）。");
      expect(findingsOf(text, CODE, en)[0]!.message).toBe(
        "「年度」 (year) is 「二〇二四」, which is not a valid year (four digits, e.g. 2024).",
      );
    }
  });
});
