import { describe, expect, it } from "vitest";
import { readReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("T4-NOTE-CARRYOVER", () => {
  it("says nothing without a note on earlier years' cases", () => {
    expect(findingsOf(buildYaml(), "T4-NOTE-CARRYOVER")).toEqual([]);
    const notes = [
      { text: "行政复议、行政诉讼数量不含上年度结转数量。", table: "复议诉讼" },
      { text: "本年依申请公开数量含上年度结转申请。", table: "依申请公开" },
      { text: "2023 年集中清理规范性文件，废止 132 件。" },
    ];
    expect(findingsOf(buildYaml({ notes }), "T4-NOTE-CARRYOVER")).toEqual([]);
  });

  it("records 上海市人民政府办公厅 2025's note under table 四, on the note's text", () => {
    const note = "注：行政复议、行政诉讼数量含上年度结转数量";
    const text = buildYaml({
      notes: [
        { text: "本表数据截至 12 月 31 日。", table: "依申请公开" },
        { text: note, table: "复议诉讼" },
      ],
    });
    const found = findingsOf(text, "T4-NOTE-CARRYOVER");
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.code).toBe("T4-NOTE-CARRYOVER");
    expect(f.severity).toBe("info");
    expect(f.message).toBe(
      "说明写明表四的数量含以前年度的案件：“注：行政复议、行政诉讼数量含上年度结转数量”。已按此口径记录：上年「尚未审结」的案件可能再次计入本年表四。",
    );
    expect(f.range).toEqual(readReport(text).sourceMap.get("notes.1.text")!.value);
    expect(textAt(text, f.range)).toBe(JSON.stringify(note));
    const [en] = findingsOf(text, "T4-NOTE-CARRYOVER", { locale: "en" });
    expect(en!.message).toBe(
      "A note says the counts of table 四 include cases from earlier years: “注：行政复议、行政诉讼数量含上年度结转数量”. Recorded: cases 「尚未审结」 (pending) last year may be counted again in this year's table 四.",
    );
  });

  it("reads a note that names review or litigation without saying its table, and a plain-text note", () => {
    const text = buildYaml({ notes: [{ text: "行政诉讼案件包括以前年度受理、本年审结的案件。" }] });
    expect(findingsOf(text, "T4-NOTE-CARRYOVER")).toHaveLength(1);
    const plain = buildYaml({ extra: "说明:\n  - 复议案件含上年度结转 2 件" });
    const [f] = findingsOf(plain, "T4-NOTE-CARRYOVER");
    expect(textAt(plain, f!.range)).toBe("复议案件含上年度结转 2 件");
  });
});
