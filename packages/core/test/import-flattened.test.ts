/** The CMS-export reader (平潭) and the cutting of glued digits by the form's relations. */
import { describe, expect, it } from "vitest";
import { readFlattened } from "../src/index.js";
import { splits, splitsTable4, splitsWithTotal, uniqueChoice } from "../src/import/flattened-split.js";
import { asFlattened } from "@nianbao/test-support/published";

describe("cutting glued digits", () => {
  it("cuts without leading zeros only", () => {
    expect(splits("000", 3)).toEqual([["0", "0", "0"]]);
    expect(splits("1000", 3)).toEqual([["10", "0", "0"]]);
    expect(splits("8855698", 3).length).toBe(15);
  });

  it("keeps, for a row of table 三, only cuts whose six cells add up to the total", () => {
    expect(splitsWithTotal("713000074", 7)).toEqual([[71, 3, 0, 0, 0, 0, 74]]);
    expect(splitsWithTotal("723000075", 7)).toEqual([[72, 3, 0, 0, 0, 0, 75]]);
    expect(splitsWithTotal("1100002", 7)).toEqual([[1, 1, 0, 0, 0, 0, 2]]);
    // Several cuts add up: only the column sums of the whole table can decide.
    expect(splitsWithTotal("111000012", 7)).toEqual(
      expect.arrayContaining([
        [11, 1, 0, 0, 0, 0, 12],
        [1, 11, 0, 0, 0, 0, 12],
        [1, 1, 10, 0, 0, 0, 12],
      ]),
    );
    expect(splitsWithTotal("1234567", 7)).toEqual([]);
  });

  it("cuts a glued table 四 by 前四项之和 = 总计 in each block", () => {
    expect(splitsTable4("011021000100000")).toEqual([[0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]]);
    expect(splitsTable4("11000110000000000")).toEqual([
      [1, 10, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [11, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("picks the one combination a relation accepts, or none", () => {
    expect(
      uniqueChoice(
        [
          [1, 2],
          [3, 4],
        ],
        ([a, b]) => a! + b! === 5,
      ),
    ).toBeNull();
    expect(
      uniqueChoice(
        [
          [1, 2],
          [3, 4],
        ],
        ([a, b]) => a! + b! === 6,
      ),
    ).toEqual([2, 4]);
    expect(uniqueChoice([[1], [3]], () => false)).toBeNull();
  });

  it("gives up on runs too long to enumerate instead of hanging", () => {
    expect(splits("1".repeat(200), 7)).toEqual([]);
    expect(splitsWithTotal("9".repeat(200), 7)).toEqual([]);
  });
});

describe("readFlattened", () => {
  const text = asFlattened({
    t2: { normativeDocuments: [88, 55, 698], licensing: [10690], fees: ["9116.36"] },
    t3: { new: [71, 3, 0, 0, 0, 0, 74] },
    t4: [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  });
  const doc = readFlattened(text);
  const rows = doc.tables.flatMap((t) => t.rows.map((r) => r.cells.map((c) => `${c.glued ? "~" : ""}${c.text}`)));

  it("finds the section headings inside the run-on line and keeps them as prose", () => {
    expect(doc.lines.map((l) => l.text).filter((t) => /^[一二三四五六]、/u.test(t))).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
  });

  it("cuts tables into a label and its glued digits, marked as glued", () => {
    expect(rows).toContainEqual(["行政规范性文件", "~8855698"]);
    expect(rows).toContainEqual(["行政事业性收费", "~9116.36"]);
    // The relation note of the header runs straight into the first row's label.
    expect(rows.find((r) => r[1] === "~713000074")?.[0]).toMatch(/勾稽关系.*一、本年新收政府信息公开申请数量$/u);
  });

  it("gives the digit before '.' to the next label's ordinal (「00000002.其他…」)", () => {
    expect(rows).toContainEqual(["1.属于国家秘密", "~0000000"]);
    expect(rows).toContainEqual(["2.其他法律行政法规禁止公开", "~0000000"]);
  });

  it("keeps numbers separated by spaces as separate cells", () => {
    const t4 = rows.find((r) => r.length === 16)!;
    expect(t4.slice(1)).toEqual(["0", "1", "1", "0", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]);
  });
});
