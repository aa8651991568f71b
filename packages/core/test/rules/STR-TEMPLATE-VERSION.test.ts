import { describe, expect, it } from "vitest";
import { readReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

const ROWS_2021 =
  "    其他处理:\n      逾期不补正: [0, 0, 0, 0, 0, 0, 0]\n      逾期未缴费: [0, 0, 0, 0, 0, 0, 0]\n      其他: [0, 0, 0, 0, 0, 0, 0]\n";
const ROW_2019 = "    其他处理: [0, 0, 0, 0, 0, 0, 0]\n";

describe("STR-TEMPLATE-VERSION", () => {
  it("is silent on a 2021 report for 2023 and a 2019 report for 2020", () => {
    expect(findingsOf(buildYaml(), "STR-TEMPLATE-VERSION")).toEqual([]);
    expect(findingsOf(buildYaml({ format: 2019, year: 2020 }), "STR-TEMPLATE-VERSION")).toEqual([]);
  });

  it("flags 2019's single （六）其他处理 row in a 2021 report (洪泽区 2023), and still reads it", () => {
    const text = buildYaml().replace(ROWS_2021, "    其他处理: [1, 0, 0, 0, 0, 0, 1]\n");
    const [f, ...rest] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe("其他处理");
    expect(f!.message).toBe(
      "「其他处理」只写了一行，这是 2019 年试行格式（国办公开办函〔2019〕60号）的写法。本报告按 2021 年格式（国办公开办函〔2021〕30号）填报，「（六）其他处理」分为三行：「1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」「3.其他」。该行已按一行读取，请分三行填写（键：逾期不补正、逾期未缴费、其他）。",
    );
    const [en] = findingsOf(text, "STR-TEMPLATE-VERSION", { locale: "en" });
    expect(en!.message).toBe(
      "「其他处理」 is written as one row, as in the 2019 trial form (国办公开办函〔2019〕60号). This report follows the 2021 form (国办公开办函〔2021〕30号), where 「（六）其他处理」 has three rows: 「1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请」「2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」「3.其他」. The row was read as one; write the three rows instead (keys: 逾期不补正、逾期未缴费、其他).",
    );
    expect(readReport(text).report.requests.otherHandling?.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it("flags 2021's three （六） rows in a 2019 report", () => {
    const text = buildYaml({ format: 2019, year: 2020 }).replace(ROW_2019, ROWS_2021);
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(textAt(text, f!.range)).toBe("其他处理");
    expect(f!.message).toBe(
      "「其他处理」写成了 2021 年格式（国办公开办函〔2021〕30号）的三行；本报告按 2019 年试行格式（国办公开办函〔2019〕60号）填报，「（六）其他处理」只有一行。",
    );
  });

  it("flags a 2019 row of table 二 in a 2021 report", () => {
    const text = buildYaml().replace(
      "\n  行政许可: 0\n",
      "\n  行政许可: 0\n  其他对外管理服务事项: { 上一年项目数量: 3, 本年增减: 0, 处理决定数量: 1 }\n",
    );
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(textAt(text, f!.range)).toBe("其他对外管理服务事项");
    expect(f!.message).toBe(
      "「二、主动公开政府信息情况」中的「其他对外管理服务事项」属于 2019 年格式（国办公开办函〔2019〕60号），本报告按 2021 年格式（国办公开办函〔2021〕30号）填报，该项不会被读取。",
    );
    const [en] = findingsOf(text, "STR-TEMPLATE-VERSION", { locale: "en" });
    expect(en!.message).toBe(
      "「其他对外管理服务事项」 in 「二、主动公开政府信息情况」 (Proactive disclosure) belongs to the 2019 form (国办公开办函〔2019〕60号); this report follows the 2021 form (国办公开办函〔2021〕30号), so it is not read.",
    );
  });

  it("flags 2019 columns of table 二 in a 2021 report", () => {
    const text = buildYaml().replace(/规章: \{[^}]*\}/u, "规章: { 本年新制作: 1, 本年新公开: 1, 对外公开总数: 9 }");
    const fs = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(fs.map((f) => textAt(text, f.range))).toEqual(["本年新制作", "本年新公开", "对外公开总数"]);
    expect(fs[0]!.message).toBe(
      "「规章」中的「本年新制作数量」属于 2019 年格式（国办公开办函〔2019〕60号），本报告按 2021 年格式（国办公开办函〔2021〕30号）填报，该项不会被读取。",
    );
  });

  it("warns when 格式 is not declared, says which form was assumed, and offers to declare it", () => {
    const text = buildYaml({ format: null });
    const [f, ...rest] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(f!.range).toEqual({ start: 0, end: 0 });
    expect(f!.message).toBe(
      "没有写明「格式」，已按 2021 年格式（国办公开办函〔2021〕30号）读取。请在文件开头写明「格式: 2021」。",
    );
    expect(f!.fix!.title).toBe("写明「格式: 2021」");
    const fixed = applyFix(text, f!);
    expect(fixed.startsWith("格式: 2021\n机关:")).toBe(true);
    expect(findingsOf(fixed, "STR-TEMPLATE-VERSION")).toEqual([]);
    const [en] = findingsOf(text, "STR-TEMPLATE-VERSION", { locale: "en" });
    expect(en!.message).toBe(
      "「格式」 (form) is not declared; the file was read as the 2021 form (国办公开办函〔2021〕30号). Declare 「格式: 2021」 at the top of the file.",
    );

    const old = buildYaml({ format: null, year: 2020 });
    expect(findingsOf(old, "STR-TEMPLATE-VERSION")[0]!.message).toBe(
      "没有写明「格式」，已按 2019 年格式（国办公开办函〔2019〕60号）读取。请在文件开头写明「格式: 2019」。",
    );
  });

  it("keeps a BOM in front of the declaration it inserts", () => {
    const text = "\uFEFF" + buildYaml({ format: null });
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(f!.range).toEqual({ start: 1, end: 1 });
    expect(applyFix(text, f!).startsWith("\uFEFF格式: 2021\n")).toBe(true);
  });

  it("flags a 格式 that is neither 2019 nor 2021", () => {
    const text = buildYaml().replace("格式: 2021", "格式: 2020");
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe("2020");
    expect(f!.message).toBe(
      "「格式」应为 2021（国办公开办函〔2021〕30号）或 2019（国办公开办函〔2019〕60号），写的是「2020」；已按 2021 年格式读取。",
    );
    const [en] = findingsOf(text, "STR-TEMPLATE-VERSION", { locale: "en" });
    expect(en!.message).toBe(
      "「格式」 (form) should be 2021 (国办公开办函〔2021〕30号) or 2019 (国办公开办函〔2019〕60号); it reads 「2020」. The file was read as the 2021 form.",
    );
  });

  it("flags the 2019 form in a report for 2021 or later as an error", () => {
    const text = buildYaml({ format: 2019, year: 2023 });
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe("2019");
    expect(f!.message).toBe(
      "2023 年度的报告应使用 2021 年格式（国办公开办函〔2021〕30号，用于 2021 年度及以后的报告），这里写的是「格式: 2019」。",
    );
    expect(textAt(text, f!.related[0]!.range)).toBe("2023");
    expect(f!.related[0]!.message).toBe("报告年度：2023");
    const [en] = findingsOf(text, "STR-TEMPLATE-VERSION", { locale: "en" });
    expect(en!.message).toBe(
      "A report for 2023 uses the 2021 form (国办公开办函〔2021〕30号, for reports from 2021 onwards), but this one declares 「格式: 2019」.",
    );
  });

  it("warns about the 2021 form in a report for 2020 or earlier", () => {
    const text = buildYaml({ format: 2021, year: 2020 });
    const [f] = findingsOf(text, "STR-TEMPLATE-VERSION");
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("2021");
    expect(f!.message).toBe(
      "2020 年度的报告当时适用 2019 年试行格式（国办公开办函〔2019〕60号），这里写的是「格式: 2021」。如确实按新格式重新编制，可在「说明」中写明。",
    );
    expect(findingsOf(buildYaml({ format: 2021, year: 2021 }), "STR-TEMPLATE-VERSION")).toEqual([]);
  });
});
