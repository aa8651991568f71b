import { describe, expect, it } from "vitest";
import { buildYaml, lineOf, textAt } from "@nianbao/test-support/build";
import { bothLocales, crossFindings } from "../support/crossyear.js";

/** 平潭综合实验区: 2022 行政规范性文件 现行有效 698; 2023 制发 77, 废止 132, 现行有效 470 (RULES.md). */
const previous = buildYaml({
  year: 2022,
  t2: {
    行政规范性文件: { 本年制发: 88, 本年废止: 55, 现行有效: 698 },
    规章: { 本年制发: 0, 本年废止: 0, 现行有效: 11 },
  },
});
const current = (normative: Record<string, number | string>, spec: Parameters<typeof buildYaml>[0] = {}) =>
  buildYaml({
    year: 2023,
    t2: { 行政规范性文件: normative, 规章: { 本年制发: 2, 本年废止: 1, 现行有效: 12 } },
    ...spec,
  });

describe("T2-STOCKFLOW", () => {
  it("passes when 现行有效 follows from last year's stock and this year's flows", () => {
    expect(crossFindings(current({ 本年制发: 77, 本年废止: 132, 现行有效: 643 }), previous, "T2-STOCKFLOW")).toEqual(
      [],
    );
  });

  it("flags 平潭 2023: 698 + 77 − 132 = 643, written 470", () => {
    const text = current({ 本年制发: 77, 本年废止: 132, 现行有效: 470 });
    const { zh, en } = bothLocales(text, previous, "T2-STOCKFLOW");
    expect(zh).toHaveLength(1);
    const f = zh[0]!;
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "表二「行政规范性文件」「现行有效件数」填写为 470，但上年「现行有效件数」 698 + 「本年制发件数」 77 − 「本年废止件数」 132 = 643。",
    );
    expect(en[0]!.message).toBe(
      "Table 二, 「行政规范性文件」 (normative documents), 「现行有效件数」 (currently in force) is 470, but last year's 「现行有效件数」 (currently in force) 698 + 「本年制发件数」 (issued this year) 77 − 「本年废止件数」 (repealed this year) 132 = 643.",
    );
    expect(textAt(text, f.range)).toBe("470");
    expect(text.split("\n")[lineOf(text, f.range.start) - 1]).toMatch(/^\s*行政规范性文件:/);
    expect(f.paths[0]).toBe("proactive.normativeDocuments.valid");
  });

  it("relates last year's stock in the previous report and this year's flows", () => {
    const text = current({ 本年制发: 77, 本年废止: 132, 现行有效: 470 });
    const [f] = crossFindings(text, previous, "T2-STOCKFLOW");
    const [prev, made, repealed] = f!.related;
    expect(prev!.document).toBe("previous");
    expect(textAt(previous, prev!.range)).toBe("698");
    expect(made!.document).toBeUndefined();
    expect(textAt(text, made!.range)).toBe("77");
    expect(textAt(text, repealed!.range)).toBe("132");
    expect(repealed!.message).toBe("减数：「行政规范性文件」「本年废止件数」 = 132");
    expect(f!.fix).toBeUndefined();
  });

  it("checks 规章 as well", () => {
    const text = buildYaml({
      year: 2023,
      t2: {
        规章: { 本年制发: 2, 本年废止: 0, 现行有效: 12 },
        行政规范性文件: { 本年制发: 0, 本年废止: 0, 现行有效: 698 },
      },
    });
    const [f] = crossFindings(text, previous, "T2-STOCKFLOW");
    expect(f!.paths[0]).toBe("proactive.regulations.valid");
    expect(f!.message).toContain("「规章」「现行有效件数」填写为 12");
    expect(f!.message).toContain("= 13");
  });

  it("says nothing across the 2019 and 2021 forms, or for years that do not follow", () => {
    const old = buildYaml({ format: 2019, year: 2020 });
    expect(
      crossFindings(
        buildYaml({ year: 2021, t2: { 行政规范性文件: { 本年制发: 5, 本年废止: 0, 现行有效: 90 } } }),
        old,
        "T2-STOCKFLOW",
      ),
    ).toEqual([]);
    expect(
      crossFindings(current({ 本年制发: 77, 本年废止: 132, 现行有效: 470 }, { year: 2025 }), previous, "T2-STOCKFLOW"),
    ).toEqual([]);
  });

  it("leaves a blank cell to the value rules", () => {
    expect(crossFindings(current({ 本年制发: 77, 本年废止: "'/'", 现行有效: 470 }), previous, "T2-STOCKFLOW")).toEqual(
      [],
    );
  });

  it("is answered by a 说明", () => {
    const text = current(
      { 本年制发: 77, 本年废止: 132, 现行有效: 470 },
      { notes: [{ rule: "T2-STOCKFLOW", text: "2023 年集中清理规范性文件，另有 173 件有效期届满自然失效。" }] },
    );
    expect(crossFindings(text, previous, "T2-STOCKFLOW")).toEqual([]);
  });
});
