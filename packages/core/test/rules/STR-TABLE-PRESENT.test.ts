import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

/** The text with the top-level section `key` and its indented lines removed. */
const without = (text: string, key: string) => text.replace(new RegExp(`\\n${key}:\\n(?:  .*\\n)*`, "u"), "\n");

describe("STR-TABLE-PRESENT", () => {
  it("is silent when all three tables are there", () => {
    expect(findingsOf(buildYaml(), "STR-TABLE-PRESENT")).toEqual([]);
  });

  it("flags a missing table as an error, not as 'not applicable'", () => {
    const text = without(buildYaml(), "复议诉讼");
    expect(text).not.toContain("复议诉讼");
    const [f, ...rest] = findingsOf(text, "STR-TABLE-PRESENT");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    // Where table 四 belongs: on the key of table 三 before it, not on line 1.
    expect(textAt(text, f!.range)).toBe("依申请公开");
    expect(f!.message).toBe(
      "缺少「四、政府信息公开行政复议、行政诉讼情况」的表格（在文件中写作「复议诉讼:」）。缺表是错误，不能当作“不适用”：没有发生的事项也要逐格填 0。",
    );
    const [en] = findingsOf(text, "STR-TABLE-PRESENT", { locale: "en" });
    expect(en!.message).toBe(
      'The table of 「四、政府信息公开行政复议、行政诉讼情况」 (Administrative review and litigation) is missing (written 「复议诉讼:」 in the file). A missing table is an error, not "not applicable": fill in 0 for what did not occur.',
    );
    // The missing table is reported once, not as a missing table and 3 missing rows.
    expect(findingsOf(text, "STR-TABLE-SHAPE")).toEqual([]);
  });

  it("flags a table written with nothing under it, on its key", () => {
    const text = without(buildYaml(), "主动公开").replace("\n依申请公开:\n", "\n主动公开:\n依申请公开:\n");
    const [f] = findingsOf(text, "STR-TABLE-PRESENT");
    expect(textAt(text, f!.range)).toBe("主动公开");
    expect(f!.range.start).toBe(text.indexOf("\n主动公开:") + 1);
    expect(f!.message).toBe(
      "「二、主动公开政府信息情况」的表格是空的。缺表是错误，不能当作“不适用”：没有发生的事项也要逐格填 0。",
    );
    const [en] = findingsOf(text, "STR-TABLE-PRESENT", { locale: "en" });
    expect(en!.message).toBe(
      'The table of 「二、主动公开政府信息情况」 (Proactive disclosure) is empty. A missing table is an error, not "not applicable": fill in 0 for what did not occur.',
    );
  });
});
