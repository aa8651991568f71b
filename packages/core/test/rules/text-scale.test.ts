import { describe, expect, it } from "vitest";
import { checkRead, readReport, RULES } from "../../src/index.js";

const MINE = RULES.filter((r) => /^(TXT|NAR|META)-/u.test(r.code));

/** One sentence of `n` figures, parentheses left open and look-alike names: the worst case for a per-figure rescan. */
function report(n: number): string {
  const sentence = "受理申请 1 件（其中规章 2 件、行政复议 3 件、结果维持 4 件（5%）、沐阳县 6 元，".repeat(n);
  return `格式: 2021\n机关: 沭阳县人民政府\n年度: 2024\n总体情况: "${sentence}"\n其他事项: "收取信息处理费 5 元，其中${sentence}"\n存在问题及改进: "${"一是三是三是".repeat(n)}"\n`;
}

// Speed is measured by `npm run bench`, not asserted here. This is a hang guard: a rescan per
// figure would turn this hostile text (about 300,000 characters, 18,000 figures) into minutes.
describe("text, narrative and meta rules on a hostile sentence", () => {
  it("finish, and still word their findings", () => {
    const read = readReport(report(3000), { maxLength: 1_000_000 });
    const findings = checkRead(read, {}, MINE);
    expect(findings.some((f) => f.code === "META-AGENCY")).toBe(true);
    expect(findings.some((f) => f.code === "NAR-SEC6-FEE")).toBe(true);
  }, 120_000);
});
