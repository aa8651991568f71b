import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText, type ExampleName } from "./examples.js";

/**
 * The text rules on the real reports of examples/sources. Each report's
 * `expected_check_findings.text_vs_table_mismatches` lists what a correct checker reports; every
 * other quoted figure must stay silent. Silence alone proves nothing, so every figure the rules
 * should tie to a cell is also altered by one, and must then be reported where it is written.
 */
const CODES = ["TXT-APPS", "TXT-RESULTS", "TXT-LEGAL", "TXT-T2", "TXT-SCOPE"];
const OPTIONS = { today: "2026-06-30" };

function textFindings(name: ExampleName | ReturnType<typeof withText>) {
  const text = buildYaml(typeof name === "string" ? EXAMPLES[name] : name);
  return CODES.flatMap((code) => findingsOf(text, code, OPTIONS)).map((f) => ({
    code: f.code,
    severity: f.severity,
    at: textAt(text, f.range),
  }));
}

/** What a correct checker reports on each real report (tables.json; 平潭 2023 from RULES.md TXT-T2). */
const EXPECTED: Record<ExampleName, { code: string; severity: string; at: string }[]> = {
  hangzhou2025: [],
  pingtan2022: [],
  pingtan2023: [{ code: "TXT-T2", severity: "warning", at: "393" }],
  huaian2024: [],
  hongze2023: [],
  hongze2024: [{ code: "TXT-SCOPE", severity: "info", at: "17" }],
  jinhu2023: [],
  suqian2023: [],
  suqian2024: [
    { code: "TXT-LEGAL", severity: "info", at: "134" },
    { code: "TXT-LEGAL", severity: "info", at: "57" },
  ],
  shuyang2025: [],
  shanghai2025: [],
  kewei2024: [],
};

describe("text rules on the real reports", () => {
  it.each(Object.keys(EXPECTED) as ExampleName[])("%s: reports exactly the known mismatches", (name) => {
    expect(textFindings(name)).toEqual(EXPECTED[name]);
  });
});

/** Figures of the real texts that the rules tie to a cell: [report, the figure as written, code]. */
const TIED: [ExampleName, string, string][] = [
  ["pingtan2022", "收到政府信息公开申请75件", "TXT-APPS"],
  ["pingtan2022", "涉及自然人72件", "TXT-APPS"],
  ["pingtan2022", "商业企业3件", "TXT-APPS"],
  ["pingtan2022", "行政诉讼案件1件", "TXT-LEGAL"],
  ["pingtan2022", "行政复议案件2件", "TXT-LEGAL"],
  ["pingtan2022", "现行有效行政规范性文件698件", "TXT-T2"],
  ["pingtan2022", "制发的规范性文件88件", "TXT-T2"],
  ["pingtan2023", "申请共计81件", "TXT-APPS"],
  ["pingtan2023", "办结依申请公开81件", "TXT-APPS"],
  ["pingtan2023", "予以公开及部分公开42件", "TXT-RESULTS"],
  ["pingtan2023", "无法提供31件", "TXT-RESULTS"],
  ["pingtan2023", "占51.85%", "TXT-RESULTS"],
  ["pingtan2023", "占2.47%", "TXT-RESULTS"],
  ["pingtan2023", "行政诉讼案件7件", "TXT-LEGAL"],
  ["pingtan2023", "制发的规范性文件77件", "TXT-T2"],
  ["huaian2024", "受理政府信息公开申请 3119 件", "TXT-APPS"],
  ["huaian2024", "答复 3050 件", "TXT-APPS"],
  ["huaian2024", "上年度结转申请 34 件", "TXT-APPS"],
  ["huaian2024", "另有 103 件顺延", "TXT-APPS"],
  ["huaian2024", "行政复议 351 件", "TXT-LEGAL"],
  ["huaian2024", "结果纠正 64 件", "TXT-LEGAL"],
  ["huaian2024", "行政诉讼 46 件", "TXT-LEGAL"],
  ["huaian2024", "尚未审结 7 件", "TXT-LEGAL"],
  ["huaian2024", "市政府规章 1 件", "TXT-T2"],
  ["hongze2023", "受理政府信息公开申请 21 件", "TXT-APPS"],
  ["jinhu2023", "收到政府信息公开申请 143 件", "TXT-APPS"],
  ["jinhu2023", "办结 143 件", "TXT-APPS"],
  ["suqian2023", "申请案件3607件", "TXT-APPS"],
  ["suqian2023", "自然人申请3493件", "TXT-APPS"],
  ["suqian2023", "法人或其他组织申请114件", "TXT-APPS"],
  ["suqian2023", "不予公开142件", "TXT-RESULTS"],
  ["suqian2023", "撤回申请）341件", "TXT-RESULTS"],
  ["suqian2023", "转下年度办理121件", "TXT-APPS"],
  ["suqian2024", "申请案件3646件", "TXT-APPS"],
  ["suqian2024", "无法提供941件", "TXT-RESULTS"],
  ["shuyang2025", "受理政府信息公开申请 749 件", "TXT-APPS"],
  ["shuyang2025", "自然人申请 741 件", "TXT-APPS"],
  ["shuyang2025", "结转下一年 31 件", "TXT-APPS"],
  ["shanghai2025", "受理政府信息公开申请 1295 件", "TXT-APPS"],
  ["shanghai2025", "办结 1191 件", "TXT-APPS"],
  ["shanghai2025", "上年结转 189 件", "TXT-APPS"],
  ["shanghai2025", "部分公开 208 件", "TXT-RESULTS"],
  ["shanghai2025", "（17.46%）", "TXT-RESULTS"],
  ["shanghai2025", "不予处理 80 件", "TXT-RESULTS"],
  ["shanghai2025", "市政府规章 22 件", "TXT-T2"],
  ["shanghai2025", "行政规范性文件 34 件", "TXT-T2"],
  ["kewei2024", "收到政府信息公开申请 34 件", "TXT-APPS"],
  ["kewei2024", "同意公开答复 9 件", "TXT-RESULTS"],
  ["kewei2024", "其他处理 14 件", "TXT-RESULTS"],
  ["kewei2024", "行政诉讼数为 0 件", "TXT-LEGAL"],
];

/** The figure inside a piece of text, one more (or 0.1 more for a share). */
function bump(piece: string): { replacement: string; figure: string } {
  const m = /(\d+(?:\.\d+)?)(?=\s*(?:件|%))/u.exec(piece)!;
  const figure = m[1]!.includes(".") ? (Number(m[1]) + 0.1).toFixed(2) : String(Number(m[1]) + 1);
  return { replacement: piece.slice(0, m.index) + figure + piece.slice(m.index + m[1]!.length), figure };
}

describe("every figure tied to a cell is checked", () => {
  it.each(TIED)("%s 「%s」 → %s when the figure is off by one", (name, piece, code) => {
    const { replacement, figure } = bump(piece);
    const found = textFindings(withText(name, piece, replacement));
    expect(found).toContainEqual({ code, severity: "warning", at: figure });
  });
});
