import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

const CODE = "META-TIMELINESS";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts a department by 31 January and a government or region by 31 March", () => {
    expect(
      findingsOf(buildYaml({ agency: "石龙区工业和信息化局", year: 2023, publishedOn: "2024-01-31" }), CODE),
    ).toEqual([]);
    expect(findingsOf(buildYaml({ agency: "沭阳县人民政府", year: 2025, publishedOn: "2026-03-31" }), CODE)).toEqual(
      [],
    );
    // 平潭综合实验区 (全区汇总) published on 2023-02-20.
    expect(findingsOf(buildYaml({ agency: "平潭综合实验区", year: 2022, publishedOn: "2023-02-20" }), CODE)).toEqual(
      [],
    );
    expect(findingsOf(buildYaml({ agency: "某市某局", year: 2023 }), CODE)).toEqual([]);
  });

  it("reports a department's report published after 31 January, as info, at the date", () => {
    const text = buildYaml({ agency: "上海市人民政府办公厅", year: 2025, publishedOn: "2026-02-20" });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("info");
    expect(textAt(text, f!.range)).toBe("2026-02-20");
    expect(f!.message).toBe(
      "发布日期 2026-02-20 晚于条例第四十九条规定的期限 2026-01-31（政府部门于次年 1 月 31 日前公布），逾期 20 天。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "Published on 2026-02-20, after the deadline of 条例 Art. 49, 2026-01-31 (government departments publish by 31 January of the next year): 20 days late.",
    );
  });

  it("reports a government's report published after 31 March", () => {
    const text = buildYaml({ agency: "淮安市洪泽区人民政府", year: 2024, publishedOn: "2025-04-02" });
    expect(findingsOf(text, CODE).map((f) => f.message)).toEqual([
      "发布日期 2025-04-02 晚于条例第四十九条规定的期限 2025-03-31（本级人民政府年度报告或本地区汇总报告于次年 3 月 31 日前公布），逾期 2 天。",
    ]);
  });

  // Routed by rules/observed.ts to one rule (STR-SECTIONS until it names META-TIMELINESS): reported once.
  it("reports a 发布日期 that is not a date exactly once, at the value", () => {
    const text = buildYaml({ year: 2023, publishedOn: "2024-02-30" });
    const found = [...findingsOf(text, CODE), ...findingsOf(text, "STR-SECTIONS")].filter((f) =>
      f.paths.includes("meta.publishedOn"),
    );
    expect(found.map((f) => textAt(text, f.range))).toEqual(["2024-02-30"]);
    if (found[0]!.code === CODE)
      expect(found[0]!.message).toBe("发布日期「2024-02-30」不是有效的日期，应写作 YYYY-MM-DD。");
  });
});
