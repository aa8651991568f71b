/** IMP-SOURCE-GATE: every imported number stands by its row label, or the import says how it was placed. */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asMarkdown } from "@nianbao/test-support/published";

const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  importReport(text, { locale }).findings.filter((f) => f.code === "IMP-SOURCE-GATE");

describe("IMP-SOURCE-GATE", () => {
  it("reports nothing when every row carries its label", () => {
    expect(of(asMarkdown())).toEqual([]);
  });

  it("places a row without a label by its position between labelled rows, and asks to check it", () => {
    // 上海科委 2024: the converter dropped the label of （二）部分公开.
    const text = asMarkdown({
      labels: { partlyGranted: "" },
      t3: { partlyGranted: [2, 0, 0, 0, 0, 0, 2], new: [2, 0, 0, 0, 0, 0, 2], total: [2, 0, 0, 0, 0, 0, 2] },
    });
    const [f] = of(text);
    expect(f).toMatchObject({
      severity: "warning",
      messageId: "IMP-SOURCE-GATE.byPosition",
      path: "requests.partlyGranted",
    });
    expect(f!.message).toBe(
      `「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」：来源第 ${f!.source.line} 行的数值（2 0 0 0 0 0 2）旁没有行标签，按它在表中的位置导入为这一行，请核对。`,
    );
    expect(of(text, "en")[0]!.message).toBe(
      `「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」 (partly disclosed): the numbers of line ${f!.source.line} of the source (2 0 0 0 0 0 2) have no row label beside them; imported as this row by their position in the table, please check.`,
    );
    expect(sourceAt(text, f!)).toBe("|  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");
    const result = importReport(text);
    expect(result.report.requests.partlyGranted!.map((c) => c.value)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(yamlLine(result.yaml, "部分公开")).toContain("# 导入：来源第");
  });

  it("does not guess when the unlabelled rows and the missing rows do not match in number", () => {
    const text = asMarkdown({ labels: { partlyGranted: "", stateSecret: "" }, drop: ["granted"] });
    const found = importReport(text).findings;
    expect(found.filter((f) => f.messageId === "IMP-SOURCE-GATE.byPosition")).toEqual([]);
    expect(found.filter((f) => f.messageId === "IMP-SOURCE-GATE.unplaced")).toHaveLength(2);
    expect(found.filter((f) => f.messageId === "IMP-UNREADABLE.rowMissing").map((f) => f.path)).toEqual([
      "requests.granted",
      "requests.partlyGranted",
      "requests.stateSecret",
    ]);
  });

  it("refuses a label that breaks the order of the table (an error) and reports numbers that belong to no row", () => {
    const text = asMarkdown({ labels: { prohibitedByLaw: "1.属于国家秘密" } }).replace(
      "| 3.危及",
      "| 小计 | 9 | 9 |\n| 3.危及",
    );
    const found = of(text);
    const conflict = found.find((f) => f.messageId === "IMP-SOURCE-GATE.conflict")!;
    expect(conflict.severity).toBe("error");
    expect(conflict.message).toBe(
      `表三（收到和处理政府信息公开申请情况）：来源第 ${conflict.source.line} 行的行标签「1.属于国家秘密」与表格的行序不符（重复或顺序颠倒），其数值（0 0 0 0 0 0 0）未导入，请核对原表。`,
    );
    expect(of(text, "en").find((f) => f.messageId === "IMP-SOURCE-GATE.conflict")!.message).toBe(
      `table 三 (requests received and handled): the row label “1.属于国家秘密” on line ${conflict.source.line} of the source breaks the order of the table (repeated or out of order); its numbers (0 0 0 0 0 0 0) are not imported, please check the published table.`,
    );
    expect(sourceAt(text, conflict)).toBe("| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    // The first of the two rows was the first one in the source.
    expect(text.split("\n").indexOf("| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |") + 1).toBeLessThan(
      conflict.source.line,
    );
    const extra = found.find((f) => f.messageId === "IMP-SOURCE-GATE.unplacedLabelled")!;
    expect(extra.severity).toBe("warning");
    expect(extra.message).toBe(
      `表三（收到和处理政府信息公开申请情况）：来源第 ${extra.source.line} 行「小计」的数值（9 9）不属于格式中的任何一行，未导入。`,
    );
    expect(sourceAt(text, extra)).toBe("| 小计 | 9 | 9 |");
  });
});
