/**
 * IMP-INCONSISTENT: a glued row that no cut makes add up is an error of the published table, not of
 * the reading. The row stays unread, and its likeliest cuts are listed, never taken.
 */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asFlattened } from "@nianbao/test-support/published";

const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  importReport(text, { locale }).findings.filter((f) => f.code === "IMP-INCONSISTENT");

// The shape of the row (「192000020」, 19 + 1 ≠ 19): （七）总计 printed 「192000020」, 19 2 0 0 0 0 20,
// where 一、本年新收 and the results say 21.
const t3 = { new: [19, 2, 0, 0, 0, 0, 21], granted: [19, 2, 0, 0, 0, 0, 21], total: "192000020" } as const;

describe("IMP-INCONSISTENT", () => {
  it("says nothing when a cut adds up", () => {
    expect(of(asFlattened({ t3: { new: t3.new, granted: t3.granted, total: t3.new } }))).toEqual([]);
  });

  it("reports a row wrong in every reading as an error, with its likeliest cuts", () => {
    const text = asFlattened({ t3: { new: t3.new, granted: t3.granted, total: [t3.total] } });
    const [f] = of(text);
    expect(f).toMatchObject({
      code: "IMP-INCONSISTENT",
      severity: "error",
      messageId: "IMP-INCONSISTENT.row",
      path: "requests.total",
    });
    expect(f!.paths).toEqual(Array.from({ length: 7 }, (_, c) => `requests.total.${c}`));
    expect(f!.cuts![0]).toEqual([19, 2, 0, 0, 0, 0, 20]);
    expect(f!.message).toBe(
      "「（七）总计」：来源第 2 行各格数字连写为「192000020」，无论怎样拆分，本表的勾稽关系都至少有 3 处不符：已发布的表格本身有误。各格留空；最可能的拆法依次为 [19, 2, 0, 0, 0, 0, 20]（3 处不符）；[19, 20, 0, 0, 0, 2, 0]（7 处不符）；[1, 92, 0, 0, 0, 0, 20]（7 处不符），请按原表填写。",
    );
    expect(of(text, "en")[0]!.message).toBe(
      "「（七）总计」 (total concluded): line 2 of the source runs the cells together as “192000020”, and whatever the cut, at least 3 relation(s) of the table do not hold: the published table itself is inconsistent. The cells are left empty. The likeliest cuts, best first: [19, 2, 0, 0, 0, 0, 20] (3 relation(s) broken); [19, 20, 0, 0, 0, 2, 0] (7 relation(s) broken); [1, 92, 0, 0, 0, 0, 20] (7 relation(s) broken); fill the row in from the published table.",
    );
    expect(sourceAt(text, f!)).toMatch(/^192000020/u);
  });

  it("leaves the row unread and lists the cuts in its YAML comment", () => {
    const result = importReport(asFlattened({ t3: { new: t3.new, granted: t3.granted, total: [t3.total] } }));
    expect(result.report.requests.total!.map((c) => c.status)).toEqual(Array(7).fill("blank"));
    expect(result.stats.unreadable).toBeGreaterThanOrEqual(7);
    expect(yamlLine(result.yaml, "总计")).toContain(
      "# 导入：连写数字「192000020」怎样拆分都不满足勾稽关系，原表有误，请按原表填写；可能的拆分：[19, 2, 0, 0, 0, 0, 20]（3 处不符）",
    );
  });
});
