import { describe, expect, it } from "vitest";
import { readReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("VAL-ANNOTATION", () => {
  it("is silent on plain numbers", () => {
    expect(findingsOf(buildYaml({ t2: { 规章: { 本年制发: 22 } } }), "VAL-ANNOTATION")).toEqual([]);
  });

  it("records a note written with a number (上海市府办 2025), keeping the number", () => {
    const text = buildYaml({ t2: { 规章: { 本年制发: "22（其中修订16件）", 本年废止: "55（含自然失效29件）" } } });
    const fs = findingsOf(text, "VAL-ANNOTATION");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["22（其中修订16件）", "55（含自然失效29件）"]);
    expect(fs[0]!.severity).toBe("info");
    expect(fs[0]!.message).toBe(
      "「规章」「本年制发件数」写作「22（其中修订16件）」：按 22 计入，括注「其中修订16件」只作记录，不参与求和。",
    );
    const [en] = findingsOf(text, "VAL-ANNOTATION", { locale: "en" });
    expect(en!.message).toBe(
      "「规章」 (rules (规章)), 「本年制发件数」 (issued this year) reads 「22（其中修订16件）」: 22 is counted, and the note 「其中修订16件」 is kept as written and never summed.",
    );
    const cell = readReport(text).report.proactive.regulations!.made!;
    expect([cell.value, cell.note]).toEqual([22, "其中修订16件"]);
    // Chinese brackets around a note are not full-width digits.
    expect(findingsOf(text, "VAL-NUMERIC")).toEqual([]);
  });

  it("keeps the note out of the arithmetic of table 四", () => {
    const text = buildYaml({ t4: { 行政复议: ["2（含上年结转1件）", 0, 0, 0, 2] } });
    expect(findingsOf(text, "VAL-ANNOTATION")).toHaveLength(1);
    expect(findingsOf(text, "T4-ROWSUM")).toEqual([]);
  });
});
