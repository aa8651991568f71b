import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "TXT-RESULTS";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts the real result counts and shares of 上海市府办 2025, 平潭 2023, 宿迁 2023/2024 and 上海科委 2024", () => {
    for (const name of ["shanghai2025", "pingtan2023", "suqian2023", "suqian2024", "kewei2024"] as const)
      expect(findingsOf(buildYaml(EXAMPLES[name]), CODE)).toEqual([]);
  });

  it("reports a group count that differs from the sum of its rows, naming the group", () => {
    const text = buildYaml(withText("suqian2023", "不予公开142件", "不予公开143件"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("143");
    expect(f!.message).toBe("正文「不予公开143件」写的是 143 件，但表三「（三）不予公开」各行「总计」之和为 142 件。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The text says “不予公开143件” (143), but table 三, the sum of 「总计」 (total) over the rows of 「（三）不予公开」 (withheld) is 142.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["0", "27", "6", "38", "20", "9", "21", "21"]);
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["143", "142"]]);
  });

  it("reports a share that is not count / （七）总计, with the share recomputed", () => {
    const text = buildYaml(withText("shanghai2025", "（17.46%）", "（17.56%）"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("17.56");
    expect(f!.message).toBe(
      "正文「予以公开及部分公开 208 件」中的比例 17.56% 与表格不符：表三「（一）予以公开」「总计」 + 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」「总计」为 208 件，表三「（七）总计」「总计」为 1191 件，比例应为 17.46%。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The share 17.56% in “予以公开及部分公开 208 件” does not match the tables: table 三, 「（一）予以公开」 (disclosed), 「总计」 (total) + 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」 (partly disclosed), 「总计」 (total) is 208 and table 三, 「（七）总计」 (total concluded), 「总计」 (total) is 1191, which is 17.46%.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["206", "2", "1191"]);
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([["17.56", "17.46"]]);
  });

  it("accepts a share cut rather than rounded (平潭 2023: 42 / 81 = 51.851…% written 51.85%)", () => {
    const text = buildYaml(withText("pingtan2023", "占51.85%", "占51.86%"));
    expect(findingsOf(text, CODE).map((f) => textAt(text, f.range))).toEqual(["51.86"]);
    expect(findingsOf(buildYaml(EXAMPLES.pingtan2023), CODE)).toEqual([]);
  });

  it("reads a remark between the wording and the number (宿迁 作其他处理（含…撤回申请）341件)", () => {
    const text = buildYaml(withText("suqian2023", "撤回申请）341件", "撤回申请）340件"));
    expect(findingsOf(text, CODE).map((f) => [textAt(text, f.range), f.message])).toEqual([
      [
        "340",
        "正文「其他处理（含申请人主动撤回申请）340件」写的是 340 件，但表三「（六）其他处理」各行「总计」之和为 341 件。",
      ],
    ]);
  });

  it("sums 2019's single （六）其他处理 row when a 2021 report carries it (洪泽区)", () => {
    const spec = { ...EXAMPLES.hongze2023, overview: { 依申请公开: "其他处理 1 件。" } };
    const text = buildYaml(spec).replace(/ {4}其他处理:\n(?: {6}.*\n){3}/u, "    其他处理: [0, 0, 0, 0, 0, 0, 0]\n");
    expect(findingsOf(text, CODE).map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["1", "正文「其他处理 1 件」写的是 1 件，但表三「（六）其他处理」各行「总计」之和为 0 件。"],
    ]);
  });
});
