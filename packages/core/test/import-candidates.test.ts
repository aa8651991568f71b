/** The ranking of the cuts of a glued run that the importer could not settle (import/candidates.ts). */
import { describe, expect, it } from "vitest";
import { cutsInComment, rankCuts } from "../src/index.js";
import { breaks, magnitudePrior, proseAgreement, statedCounts, type RankContext } from "../src/import/candidates.js";

const rowTotal = (values: readonly number[]) =>
  breaks([[values.slice(0, -1).reduce((s, v) => s + v, 0), values.at(-1)!]]);
const ctx = (over: Partial<RankContext> = {}): RankContext => ({
  width: 3,
  broken: () => breaks([]),
  prose: new Set(),
  lastYear: () => 0,
  ...over,
});
const first = (digits: string, c: RankContext) => rankCuts(digits, c)[0]?.values;

describe("rankCuts", () => {
  it("puts the cuts that keep the row's relation first", () => {
    // （七）总计 「191000019」: every cut breaks the total; the one off by the least comes first.
    const ranked = rankCuts("191000019", ctx({ width: 7, broken: rowTotal }));
    expect(ranked[0]).toMatchObject({ values: [19, 1, 0, 0, 0, 0, 19], broken: 1, gap: 1 });
    expect(ranked.every((c) => c.broken >= 1)).toBe(true);
    // A run that can add up does.
    expect(first("713000074", ctx({ width: 7, broken: rowTotal }))).toEqual([71, 3, 0, 0, 0, 0, 74]);
  });

  it("then the cut that agrees with the prose (「本年度制发规范性文件34件」)", () => {
    expect(first("34089", ctx({ prose: statedCounts("本年度制发规范性文件34件，现行有效件数424件。") }))).toEqual([
      34, 0, 89,
    ]);
    // Without the prose, magnitudes alone would not choose the published 9 7 253.
    expect(first("97253", ctx())).not.toEqual([9, 7, 253]);
    expect(
      first(
        "97253",
        ctx({ prose: statedCounts("制发行政规范性文件9件，确认失效或废止文件7件，现行有效行政规范性文件共253件") }),
      ),
    ).toEqual([9, 7, 253]);
  });

  it("then the cut that continues last year's report", () => {
    // 农业农村局 2023 「4920」: last year 现行有效 25, and 25 + 4 − 9 = 20.
    const lastYear = ([made, repealed, valid]: readonly number[]) => (25 + made! - repealed! === valid ? 1 : 0);
    expect(first("4920", ctx())).not.toEqual([4, 9, 20]);
    expect(first("4920", ctx({ lastYear }))).toEqual([4, 9, 20]);
  });

  it("ranks broken relations before the prose and last year", () => {
    const ranked = rankCuts(
      "6040",
      ctx({ broken: ([m, r, v]) => breaks(v! < m! - r! ? [[v!, m! - r!]] : []), prose: new Set([60]) }),
    );
    expect(ranked.map((c) => c.values)).toEqual([
      [6, 0, 40],
      [60, 4, 0],
    ]);
  });

  it("gives nothing for a run with no cut, or too many to rank", () => {
    expect(rankCuts("00", ctx())).toEqual([]);
    expect(rankCuts("1".repeat(40), ctx({ width: 7 }))).toEqual([]);
  });
});

describe("the parts of the ranking", () => {
  it("prefers numbers of like length, then smaller ones", () => {
    expect(magnitudePrior(["88", "55", "698"])).toBeGreaterThan(magnitudePrior(["88", "5", "5698"]));
    expect(magnitudePrior(["19", "1"])).toBeGreaterThan(magnitudePrior(["1", "91"]));
  });

  it("counts only stated counts, not years or dates", () => {
    expect([...statedCounts("2022年共收到政府信息公开申请16件，发布信息2479条，电话0591-23165385。")]).toEqual([
      16, 2479,
    ]);
    expect(proseAgreement([16, 0, 16, 2], new Set([16, 2479]))).toBe(2);
    expect(proseAgreement([0, 5, 0], new Set([0, 5]))).toBe(0);
  });
});

describe("cutsInComment", () => {
  it("reads back the cuts a YAML comment lists, in either language", () => {
    expect(
      cutsInComment(
        "导入：连写数字「34089」无法唯一拆分，请按原表填写；可能的拆分：[34, 0, 89]（与正文相符）；[3, 40, 89]",
      ),
    ).toEqual([
      [34, 0, 89],
      [3, 40, 89],
    ]);
    expect(
      cutsInComment(
        "import: the run of digits “5125” has no unique cut; possible cuts: [5, 1, 25] (continues last year); [5, 12, 5]",
      ),
    ).toEqual([
      [5, 1, 25],
      [5, 12, 5],
    ]);
    expect(cutsInComment("导入：由连写数字「000」拆分得出，请核对 [0, 0, 0]")).toEqual([]);
  });
});
