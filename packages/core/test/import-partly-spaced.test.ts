/**
 * Class b of the field (issue 12): cells partly separated by spaces. 平潭 旅游与文化体育局 2021 prints
 * 「一、本年新收政府信息公开申请数量0 0 0 0 0 00二、上年结转…」 (six cells spaced, the last glued to the
 * total) and 苏平片区 2021 「10 0 0 0 01」 for 1 0 0 0 0 0 1. Every space stands; only the groups
 * between spaces are cut, by digits and by the row's relation.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { spacedSplits } from "../src/import/spaced-split.js";
import { FIELD_DIR } from "../../../scripts/examples/tables-json.mjs";

const field = (name: string) =>
  importReport(readFileSync(resolve(FIELD_DIR, `${name}.txt`), "utf8"), { fileName: `${name}.txt` });
const numbers = (cells: readonly { value: number | null }[] | undefined) => cells?.map((c) => c.value);

describe("cutting partly spaced cells", () => {
  it("keeps every space and cuts only the glued groups", () => {
    expect(spacedSplits(["0", "0", "0", "0", "0", "00"], 7, "total")).toEqual({
      options: [["0", "0", "0", "0", "0", "0", "0"]],
      capped: false,
    });
    expect(spacedSplits(["10", "0", "0", "0", "01"], 7, "total").options).toEqual([
      ["1", "0", "0", "0", "0", "0", "1"],
    ]);
    // 管委会办公室 2021: 「（二）部分公开…300000 3」.
    expect(spacedSplits(["300000", "3"], 7, "total").options).toEqual([["3", "0", "0", "0", "0", "0", "3"]]);
  });

  it("lists every cut a row without a relation allows (「行政规范性文件 20 155」)", () => {
    const { options } = spacedSplits(["20", "155"], 3, "none");
    expect(options).toHaveLength(3);
    expect(options).toEqual(
      expect.arrayContaining([
        ["2", "0", "155"],
        ["20", "1", "55"],
        ["20", "15", "5"],
      ]),
    );
  });

  it("keeps only cuts whose blocks add up in table 四", () => {
    const { options } = spacedSplits(["00", "0", "00", "0", "0", "0", "00", "0", "0", "0", "00"], 15, "blocks");
    expect(options).toEqual([new Array(15).fill("0")]);
  });

  it("never cuts a group across a space: 「1 10」 is not 11 0", () => {
    expect(spacedSplits(["1", "10"], 3, "none").options).toEqual([["1", "1", "0"]]);
  });
});

describe("importing pages with partly spaced cells", () => {
  it("reads 旅游与文化体育局 2021 (「0 0 0 0 0 00」 in every row of table 三)", () => {
    const r = field("fujian-pingtan-lvyou-wenti-ju-2021");
    expect(numbers(r.report.requests.new)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(numbers(r.report.requests.carriedOut)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(numbers(r.report.litigation.review)).toEqual([0, 0, 0, 0, 0]);
    expect(r.findings.filter((f) => f.code === "IMP-UNREADABLE")).toEqual([]);
  });

  it("reads 苏平片区 2021 (「10 0 0 0 01」) and says the cells were decoded", () => {
    const r = field("fujian-pingtan-suping-pianqu-2021");
    expect(numbers(r.report.requests.new)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(numbers(r.report.requests.partlyGranted)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const f = r.findings.find((x) => x.path === "requests.new");
    expect(f?.code).toBe("IMP-FLATTENED");
    expect(f?.message).toContain("10 0 0 0 01");
  });

  it("reads 管委会办公室 2021 (「300000 3」, 「000000 0」) and reports 「20 155」, which has three cuts", () => {
    const r = field("fujian-pingtan-guanweihui-bangongshi-2021");
    expect(numbers(r.report.requests.partlyGranted)).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(numbers(r.report.requests.carriedOut)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Object.values(r.report.proactive.normativeDocuments!).map((c) => c.value)).toEqual([null, null, null]);
    // Left unread, its three cuts ranked with the row's spaces standing: the published 20 1 55 among them.
    const f = r.findings.find((x) => x.path === "proactive.normativeDocuments");
    expect(f?.messageId).toBe("IMP-FLATTENED.ranked");
    expect(f?.cuts).toHaveLength(3);
    expect(f?.cuts).toContainEqual([20, 1, 55]);
    expect(f?.cuts).not.toContainEqual([2, 1, 55]);
  });

  it("says 旅游与文化体育局 2025's partly spaced rows are wrong in every reading, the published cut first (issue 12 d)", () => {
    // 「本年新收…100 0 0 00」 and 「（七）总计10 0 0 0 00」: the published row is 1 0 0 0 0 0 0, whose total 0 ≠ 1.
    const r = field("fujian-pingtan-lvyou-wenti-ju-2025");
    for (const path of ["requests.new", "requests.notHeld", "requests.total"]) {
      const f = r.findings.find((x) => x.path === path);
      expect(f?.code, path).toBe("IMP-INCONSISTENT");
      expect(f?.cuts?.[0], path).toEqual([1, 0, 0, 0, 0, 0, 0]);
      expect(numbers(r.report.requests[path.split(".")[1] as "new"]), path).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it("reads table 四 of 苏平片区 2023 although a section 五 of its own (「信息处理费收取情况000」) follows it", () => {
    const r = field("fujian-pingtan-suping-pianqu-2023");
    expect(numbers(r.report.litigation.litigationAfterReview)).toEqual([0, 0, 0, 0, 0]);
    expect(r.findings.filter((f) => f.path?.startsWith("litigation") && f.code === "IMP-UNREADABLE")).toEqual([]);
  });
});
