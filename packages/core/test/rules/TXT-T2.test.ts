import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "TXT-T2";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts the real document counts of 平潭 2022, 上海市府办 2025 and 淮安 2024", () => {
    for (const name of ["pingtan2022", "shanghai2025", "huaian2024"] as const)
      expect(findingsOf(buildYaml(EXAMPLES[name]), CODE)).toEqual([]);
  });

  it("reports 平潭 2023's 现行有效行政规范性文件393件 against 470 in table 二", () => {
    const text = buildYaml(EXAMPLES.pingtan2023);
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("393");
    expect(f!.message).toBe(
      "正文「现行有效行政规范性文件393件」写的是 393 件，但表二「行政规范性文件」「现行有效件数」为 470 件。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “现行有效行政规范性文件393件” (393), but table 二, 「行政规范性文件」 (normative documents), 「现行有效件数」 (currently in force) is 470.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["470"]);
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["393", "470"]]);
  });

  it("takes the column from the nearest qualifier: 现行有效 over 发布, 制发 for the next clause", () => {
    const made = buildYaml(withText("pingtan2023", "制发的规范性文件77件", "制发的规范性文件78件"));
    expect(findingsOf(made, CODE).map((f) => [textAt(made, f.range), f.message])).toContainEqual([
      "78",
      "正文「制发的规范性文件78件」写的是 78 件，但表二「行政规范性文件」「本年制发件数」为 77 件。",
    ]);
  });

  it("does not compare a total of several kinds (上海市府办: 规章、…行政规范性文件等 243 件)", () => {
    const text = buildYaml({
      ...EXAMPLES.shanghai2025,
      overview: { 政府信息管理: "刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等 243 件。" },
    });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("does not apply to the 2019 form, whose table 二 counts other things", () => {
    const text = buildYaml({ format: 2019, year: 2020, overview: { 主动公开: "制发规章 3 件。" } });
    expect(findingsOf(text, CODE)).toEqual([]);
  });
});
