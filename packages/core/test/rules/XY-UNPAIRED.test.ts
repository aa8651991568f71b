import { describe, expect, it } from "vitest";
import { checkUnpaired, readReport, ruleByCode } from "../../src/index.js";
import { buildYaml, textAt } from "@nianbao/test-support/build";

const current = buildYaml({ agency: "沭阳县人民政府", year: 2025 });
const likely = { name: "2024/沐阳县.nianbao.yaml", agency: "沐阳县人民政府", year: 2024 };

describe("XY-UNPAIRED", () => {
  it("names the likely previous-year report at 机关, as a note", () => {
    const [f, ...rest] = checkUnpaired(readReport(current), likely);
    expect(rest).toEqual([]);
    expect(f!.code).toBe("XY-UNPAIRED");
    expect(f!.severity).toBe("info");
    expect(f!.message).toBe(
      "未与上年报告比对：2024/沐阳县.nianbao.yaml（机关「沐阳县人民政府」，2024 年）可能是本机关的上年报告，但其机关名称与本报告的「沭阳县人民政府」不能确定为同一机关，跨年度检查未运行。",
    );
    expect(textAt(current, f!.range)).toBe(`"沭阳县人民政府"`);
  });

  it("says the same in English", () => {
    const [f] = checkUnpaired(readReport(current), likely, { locale: "en" });
    expect(f!.message).toBe(
      "Not compared with last year's report: 2024/沐阳县.nianbao.yaml (agency 「沐阳县人民政府」, 2024) may be this agency's report for the year before, but its agency name cannot be matched with certainty to this report's 「沭阳县人民政府」, so the cross-year checks did not run.",
    );
  });

  it("can be turned off, and is no document or cross-year rule", () => {
    expect(checkUnpaired(readReport(current), likely, { severity: { "XY-UNPAIRED": "off" } })).toEqual([]);
    expect(ruleByCode("XY-UNPAIRED")?.kind).toBe("unpaired");
  });
});
