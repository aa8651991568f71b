import { describe, expect, it } from "vitest";
import { buildYaml, lineOf, textAt } from "@nianbao/test-support/build";
import { applyFix, bothLocales, crossFindings } from "../support/crossyear.js";

const previous = buildYaml({ year: 2022, t3: { 结转下年度: [7, 4, 0, 0, 0, 0, 11] } });
const current = (carriedIn: (number | string)[], spec: Parameters<typeof buildYaml>[0] = {}) =>
  buildYaml({ year: 2023, t3: { 上年结转: carriedIn }, ...spec });

describe("XY-CARRY", () => {
  it("passes when every column carries over", () => {
    expect(crossFindings(current([7, 4, 0, 0, 0, 0, 11]), previous, "XY-CARRY")).toEqual([]);
  });

  it("flags each column that differs, even when the total agrees", () => {
    const text = current([7, 5, 0, 0, 0, 0, 12]);
    const { zh, en } = bothLocales(text, previous, "XY-CARRY");
    expect(zh).toHaveLength(2);
    const [biz, total] = zh;
    expect(biz!.severity).toBe("warning");
    expect(biz!.message).toBe(
      "表三「二、上年结转政府信息公开申请数量」「商业企业」填写为 5，但上年报告「四、结转下年度继续办理」「商业企业」为 4：本年的上年结转应等于上年的结转下年度继续办理。",
    );
    expect(en[0]!.message).toBe(
      "Table 三, 「二、上年结转政府信息公开申请数量」 (applications carried over from last year), 「商业企业」 (businesses) is 5, but last year's report has 「四、结转下年度继续办理」 (carried forward to next year), 「商业企业」 (businesses) = 4: the applications carried in this year are those carried forward last year.",
    );
    expect(textAt(text, biz!.range)).toBe("5");
    expect(text.split("\n")[lineOf(text, biz!.range.start) - 1]).toMatch(/^\s*上年结转:/);
    expect(textAt(text, total!.range)).toBe("12");
    expect(biz!.paths).toEqual(["requests.carriedIn.1"]);
  });

  it("points at last year's cell in the previous report", () => {
    const [biz] = crossFindings(current([7, 5, 0, 0, 0, 0, 11]), previous, "XY-CARRY");
    const rel = biz!.related[0]!;
    expect(rel.document).toBe("previous");
    expect(textAt(previous, rel.range)).toBe("4");
    expect(previous.split("\n")[lineOf(previous, rel.range.start) - 1]).toMatch(/^\s*结转下年度:/);
    expect(rel.message).toBe("上年报告：「四、结转下年度继续办理」「商业企业」 = 4");
  });

  it("fixes the cell to last year's value, touching nothing else", () => {
    const text = current([7, 5, 0, 0, 0, 0, 11]);
    const [biz] = crossFindings(text, previous, "XY-CARRY");
    expect(biz!.fix!.edits).toHaveLength(1);
    const fixed = applyFix(text, biz!);
    expect(fixed).toBe(text.replace("上年结转: [7, 5,", "上年结转: [7, 4,"));
    expect(crossFindings(fixed, previous, "XY-CARRY")).toEqual([]);
  });

  it("compares a 2021 report with a 2019-form report of the year before", () => {
    const old = buildYaml({ format: 2019, year: 2020, t3: { 结转下年度: [1, 0, 0, 0, 0, 0, 1] } });
    const text = buildYaml({ year: 2021, t3: { 上年结转: [0, 0, 0, 0, 0, 0, 0] } });
    expect(crossFindings(text, old, "XY-CARRY").map((f) => f.paths[0])).toEqual([
      "requests.carriedIn.0",
      "requests.carriedIn.6",
    ]);
  });

  it("says nothing when the two reports are not consecutive years", () => {
    expect(crossFindings(current([0, 0, 0, 0, 0, 0, 0], { year: 2024 }), previous, "XY-CARRY")).toEqual([]);
    expect(crossFindings(previous, previous, "XY-CARRY")).toEqual([]);
  });

  it("leaves cells that are not numbers to the value rules", () => {
    expect(crossFindings(current(["'/'", 4, 0, 0, 0, 0, 11]), previous, "XY-CARRY")).toEqual([]);
  });

  it("is cleared by a 说明 and can be raised to an error", () => {
    const explained = current([7, 5, 0, 0, 0, 0, 12], {
      notes: [{ rule: "XY-CARRY", text: "2023 年机构改革，并入原某局结转申请 1 件。" }],
    });
    expect(crossFindings(explained, previous, "XY-CARRY")).toEqual([]);
    const strict = crossFindings(current([7, 5, 0, 0, 0, 0, 12]), previous, "XY-CARRY", {
      severity: { "XY-CARRY": "error" },
    });
    expect(strict.map((f) => f.severity)).toEqual(["error", "error"]);
  });
});
