import { describe, expect, it } from "vitest";
import { isJump } from "../../src/rules/crossyear/T2-JUMP.js";
import { buildYaml, lineOf, textAt, type TestReport } from "@nianbao/test-support/build";
import { bothLocales, crossFindings } from "../support/crossyear.js";

const previous = buildYaml({
  year: 2023,
  t2: { 行政规范性文件: { 本年制发: 8, 本年废止: 26, 现行有效: 66 }, 行政许可: 1000, 行政处罚: 0, 行政强制: 2 },
});
const current = (t2: TestReport["t2"]) =>
  buildYaml({
    year: 2024,
    t2: {
      行政规范性文件: { 本年制发: 8, 本年废止: 26, 现行有效: 66 },
      行政许可: 1000,
      行政处罚: 0,
      行政强制: 2,
      ...t2,
    },
  });

describe("T2-JUMP", () => {
  it("passes ordinary year-on-year changes", () => {
    // ×2.5, and a ×4 change of small numbers (2 → 8).
    expect(crossFindings(current({ 行政许可: 2500, 行政强制: 8 }), previous, "T2-JUMP")).toEqual([]);
  });

  it("asks to re-check 现行有效 66 → 372 (淮安)", () => {
    const text = current({ 行政规范性文件: { 本年制发: 8, 本年废止: 26, 现行有效: 372 } });
    const { zh, en } = bothLocales(text, previous, "T2-JUMP");
    expect(zh).toHaveLength(1);
    const f = zh[0]!;
    expect(f.severity).toBe("info");
    expect(f.message).toBe(
      "表二「行政规范性文件」「现行有效件数」：上年 66，本年 372（+464%），变动幅度较大，建议复核。",
    );
    expect(en[0]!.message).toBe(
      "Table 二, 「行政规范性文件」 (normative documents), 「现行有效件数」 (currently in force): 66 last year, 372 this year (+464%); a change this large is worth re-checking.",
    );
    expect(textAt(text, f.range)).toBe("372");
    const rel = f.related[0]!;
    expect(rel.document).toBe("previous");
    expect(textAt(previous, rel.range)).toBe("66");
    expect(previous.split("\n")[lineOf(previous, rel.range.start) - 1]).toMatch(/^\s*行政规范性文件:/);
  });

  it("flags a fall as well as a rise, and a count that starts from 0", () => {
    const text = current({ 行政许可: 100, 行政处罚: 50 });
    const found = crossFindings(text, previous, "T2-JUMP");
    expect(found.map((f) => f.message)).toEqual([
      "表二「行政许可」「本年处理决定数量」：上年 1000，本年 100（−90%），变动幅度较大，建议复核。",
      "表二「行政处罚」「本年处理决定数量」：上年为 0，本年为 50，变动幅度较大，建议复核。",
    ]);
    expect(found.map((f) => textAt(text, f.range))).toEqual(["100", "50"]);
    expect(crossFindings(text, previous, "T2-JUMP", { locale: "en" })[1]!.message).toBe(
      "Table 二, 「行政处罚」 (administrative penalties), 「本年处理决定数量」 (decisions this year): 0 last year, 50 this year; a change this large is worth re-checking.",
    );
  });

  it("compares decision counts with a 2019-form report, but not 现行有效, which that form lacks", () => {
    const old = buildYaml({
      format: 2019,
      year: 2020,
      t2: { 行政许可: { 处理决定数量: 40 }, 规范性文件: { 对外公开总数: 5 } },
    });
    const text = buildYaml({
      year: 2021,
      t2: { 行政许可: 400, 行政规范性文件: { 本年制发: 0, 本年废止: 0, 现行有效: 500 } },
    });
    expect(crossFindings(text, old, "T2-JUMP").map((f) => f.paths[0])).toEqual(["proactive.licensing.decisions"]);
  });

  it("documents its threshold: threefold and at least 30 apart", () => {
    expect(isJump(100, 299)).toBe(false);
    expect(isJump(100, 300)).toBe(true);
    expect(isJump(300, 100)).toBe(true);
    expect(isJump(10, 39)).toBe(false);
    expect(isJump(10, 40)).toBe(true);
    expect(isJump(0, 29)).toBe(false);
    expect(isJump(0, 30)).toBe(true);
    expect(isJump(-5, 100)).toBe(false);
  });
});
