import { describe, expect, it } from "vitest";
import { buildYaml, lineOf, textAt } from "@nianbao/test-support/build";
import { bothLocales, crossFindings } from "../support/crossyear.js";

const previous = buildYaml({ year: 2022, t2: { 行政规范性文件: { 本年制发: 0, 本年废止: 5, 现行有效: 5 } } });
const current = (normative: Record<string, number>) => buildYaml({ year: 2023, t2: { 行政规范性文件: normative } });

describe("T2-REPEAL-BOUND", () => {
  it("passes when every repealed document was in force or issued", () => {
    expect(crossFindings(current({ 本年制发: 1, 本年废止: 6, 现行有效: 0 }), previous, "T2-REPEAL-BOUND")).toEqual([]);
  });

  it("flags more repealed documents than there were", () => {
    const text = current({ 本年制发: 1, 本年废止: 9, 现行有效: 0 });
    const { zh, en } = bothLocales(text, previous, "T2-REPEAL-BOUND");
    expect(zh).toHaveLength(1);
    const f = zh[0]!;
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "表二「行政规范性文件」「本年废止件数」填写为 9，超过上年「现行有效件数」 5 与本年「本年制发件数」 1 之和 6：废止的只能是上年末现行有效或本年制发的文件。",
    );
    expect(en[0]!.message).toBe(
      "Table 二, 「行政规范性文件」 (normative documents), 「本年废止件数」 (repealed this year) is 9, more than last year's 「现行有效件数」 (currently in force) 5 plus this year's 「本年制发件数」 (issued this year) 1 = 6: only documents in force at the start of the year or issued during it can be repealed.",
    );
    expect(textAt(text, f.range)).toBe("9");
    expect(text.split("\n")[lineOf(text, f.range.start) - 1]).toMatch(/^\s*行政规范性文件:/);
    const [prev, made] = f.related;
    expect(prev!.document).toBe("previous");
    expect(textAt(previous, prev!.range)).toBe("5");
    expect(previous.split("\n")[lineOf(previous, prev!.range.start) - 1]).toMatch(/^\s*行政规范性文件:/);
    expect(textAt(text, made!.range)).toBe("1");
  });

  it("says nothing when last year's report is on the 2019 form", () => {
    const old = buildYaml({ format: 2019, year: 2020 });
    expect(
      crossFindings(
        buildYaml({ year: 2021, t2: { 行政规范性文件: { 本年制发: 0, 本年废止: 9, 现行有效: 0 } } }),
        old,
        "T2-REPEAL-BOUND",
      ),
    ).toEqual([]);
  });
});
