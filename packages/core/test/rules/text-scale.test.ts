import { describe, expect, it } from "vitest";
import { checkRead, readReport, RULES } from "../../src/index.js";

const MINE = RULES.filter((r) => /^(TXT|NAR|META)-/u.test(r.code));

/** One sentence of `n` figures, parentheses left open and look-alike names: the worst case for a per-figure rescan. */
function report(n: number): string {
  const sentence = "受理申请 1 件（其中规章 2 件、行政复议 3 件、结果维持 4 件（5%）、沐阳县 6 元，".repeat(n);
  return `格式: 2021\n机关: 沭阳县人民政府\n年度: 2024\n总体情况: "${sentence}"\n其他事项: "收取信息处理费 5 元，其中${sentence}"\n存在问题及改进: "${"一是三是三是".repeat(n)}"\n`;
}

function medianMs(text: string): number {
  const read = readReport(text);
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    checkRead(read, {}, MINE);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b)[1]!;
}

describe("text, narrative and meta rules at scale", () => {
  it("take about linear time in the length of a sentence full of figures", () => {
    medianMs(report(50));
    const small = medianMs(report(300));
    const large = medianMs(report(1200));
    // Fourfold the text; a rescan per figure would take sixteenfold.
    expect(large / Math.max(small, 1)).toBeLessThan(9);
  });
});
