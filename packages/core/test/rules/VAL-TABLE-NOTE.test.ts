import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("VAL-TABLE-NOTE", () => {
  it("is silent without notes, and on a note that answers a rule", () => {
    expect(findingsOf(buildYaml(), "VAL-TABLE-NOTE")).toEqual([]);
    expect(
      findingsOf(
        buildYaml({ notes: [{ rule: "T2-STOCKFLOW", table: "主动公开", text: "集中清理规范性文件。" }] }),
        "VAL-TABLE-NOTE",
      ),
    ).toEqual([]);
  });

  it("records a 注 printed under a table (上海市府办 2025, table 四)", () => {
    const text = buildYaml({ notes: [{ table: "复议诉讼", text: "行政复议、行政诉讼数量含上年度结转数量。" }] });
    const [f, ...rest] = findingsOf(text, "VAL-TABLE-NOTE");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("info");
    expect(textAt(text, f!.range)).toBe('"行政复议、行政诉讼数量含上年度结转数量。"');
    expect(f!.message).toBe(
      "已记录「四、政府信息公开行政复议、行政诉讼情况」表格下的注：「行政复议、行政诉讼数量含上年度结转数量。」",
    );
    const [en] = findingsOf(text, "VAL-TABLE-NOTE", { locale: "en" });
    expect(en!.message).toBe(
      "Recorded the note under the table of 「四、政府信息公开行政复议、行政诉讼情况」 (Administrative review and litigation): 「行政复议、行政诉讼数量含上年度结转数量。」",
    );
  });

  it("knows the tables by their ordinals too", () => {
    const text = buildYaml({ notes: [{ table: "三", text: "含转办件。" }] });
    expect(findingsOf(text, "VAL-TABLE-NOTE")[0]!.message).toBe(
      "已记录「三、收到和处理政府信息公开申请情况」表格下的注：「含转办件。」",
    );
  });
});
