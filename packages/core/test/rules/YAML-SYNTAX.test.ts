import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRead, parseReport, readReport, ruleByCode } from "../../src/index.js";
import { buildYaml, findingsOf, lineOf, textAt } from "@nianbao/test-support/build";

describe("YAML-SYNTAX", () => {
  it("is silent on a valid report", () => {
    expect(findingsOf(buildYaml(), "YAML-SYNTAX")).toEqual([]);
  });

  it("explains an empty cell in a bracketed row, at the comma", () => {
    const text = buildYaml().replace("本年新收: [0, 0,", "本年新收: [ , 0,");
    const [f, ...rest] = findingsOf(text, "YAML-SYNTAX");
    expect(rest).toEqual([]);
    expect(f!.code).toBe("YAML-SYNTAX");
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe(",");
    expect(lineOf(text, f!.range.start)).toBe(lineOf(text, text.indexOf("本年新收")));
    expect(f!.message).toBe("这里出现了不该有的符号，如多余的逗号、括号或冒号。方括号中的空格子请填 0，不要留空。");
    const [en] = findingsOf(text, "YAML-SYNTAX", { locale: "en" });
    expect(en!.message).toBe(
      "Unexpected character here, such as an extra comma, bracket or colon. Write 0 for an empty cell inside brackets rather than leaving it out.",
    );
  });

  it("explains tab indentation where re-indenting one line would not do", () => {
    const text = buildYaml()
      .replace("\n  主动公开: ", "\n\t主动公开: ")
      .replace("\n  依申请公开: ", "\n\t依申请公开: ");
    const f = findingsOf(text, "YAML-SYNTAX").find((x) => x.message.includes("Tab"));
    expect(f!.message).toBe("缩进里用了制表符（Tab）：YAML 只能用空格缩进。");
    expect(textAt(text, f!.range)).toBe("\t");
  });

  it("shows a missing ] at the end of the file on its last visible character", () => {
    const text = "格式: 2021\n依申请公开:\n  本年新收: [0, 0, 0, 0, 0, 0, 0\n\n";
    const fs = findingsOf(text, "YAML-SYNTAX");
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.range.end).toBeLessThanOrEqual(text.length);
      expect(textAt(text, f.range).trim()).not.toBe("");
    }
  });

  it("reports a yaml warning as a warning, in words", () => {
    const text = buildYaml().replace("年度: 2023", "年度: !foo 2023");
    const [f] = findingsOf(text, "YAML-SYNTAX");
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("!foo");
    expect(f!.message).toBe("无法识别以「!」开头的标签。年报不需要 YAML 标签，请删除。");
    const [en] = findingsOf(text, "YAML-SYNTAX", { locale: "en" });
    expect(en!.message).toBe("Unknown tag (starting with !). A report needs no YAML tags: remove it.");
  });

  it("quotes yaml's own words for a code it has no explanation of", () => {
    const read = readReport(buildYaml());
    const odd = {
      ...read,
      observations: [
        {
          kind: "yaml-error" as const,
          code: "SOMETHING_NEW",
          detail: "Something new happened",
          range: { start: 0, end: 2 },
          warning: false,
        },
      ],
    };
    const [f] = checkRead(odd, {}, [ruleByCode("YAML-SYNTAX")!]);
    expect(f!.message).toBe("YAML 语法错误（SOMETHING_NEW）：Something new happened");
    const [en] = checkRead(odd, { locale: "en" }, [ruleByCode("YAML-SYNTAX")!]);
    expect(en!.message).toBe("YAML syntax error (SOMETHING_NEW): Something new happened");
  });

  it("flags a repeated key, pointing back at the first one", () => {
    const text = buildYaml({ agency: "甲局" }).replace("年度: 2023", '年度: 2023\n机关: "乙局"');
    const [f, ...rest] = findingsOf(text, "YAML-SYNTAX");
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("机关");
    expect(f!.range.start).toBe(text.indexOf('机关: "乙局"'));
    expect(f!.message).toBe("「机关」重复出现：第 2 行已经写过，这里的内容不会被读取。请合并两处，删去其中一处。");
    expect(f!.related).toHaveLength(1);
    expect(f!.related[0]!.range.start).toBe(text.indexOf("机关"));
    expect(f!.related[0]!.message).toBe("第一次出现的「机关」");
    const [en] = findingsOf(text, "YAML-SYNTAX", { locale: "en" });
    expect(en!.message).toBe(
      "「机关」 appears again: it was already written on line 2, and this occurrence is not read. Merge the two and delete one.",
    );
    expect(en!.related[0]!.message).toBe("First occurrence of 「机关」");
  });

  it("treats another spelling of the same key as a repetition (单位 for 机关)", () => {
    const text = buildYaml().replace("年度: 2023", "年度: 2023\n单位: 乙局");
    const [f] = findingsOf(text, "YAML-SYNTAX");
    expect(textAt(text, f!.range)).toBe("单位");
    expect(textAt(text, f!.related[0]!.range)).toBe("机关");
  });
});

describe("YAML-SYNTAX: a tab, its consequences folded into it", () => {
  /** The text with the indentation of the line that starts with `key` (after spaces) replaced by a tab. */
  const tabBefore = (text: string, key: string) => text.replace(new RegExp(`\\n +${key}:`, "u"), `\n\t${key}:`);
  const lineOfKey = (text: string, key: string) => lineOf(text, text.indexOf(`\t${key}:`));

  it("reports a tab before 结转下年度 first, at its line, and little else", () => {
    const clean = buildYaml();
    const text = tabBefore(clean, "结转下年度");
    const { findings } = parseReport(text);
    expect(findings[0]!.code).toBe("YAML-SYNTAX");
    expect(findings[0]!.messageId).toBe("YAML-SYNTAX.indentTab");
    expect(lineOf(text, findings[0]!.range.start)).toBe(lineOfKey(text, "结转下年度"));
    // Before: 结转下年度 unknown at the top level and missing from table 三, each reported apart.
    expect(findings.slice(1)).toEqual(parseReport(clean).findings);
  });

  it("folds the cascade of tabs in the middle of table 三: the indentation errors, unknown keys and missing rows after them", () => {
    const clean = buildYaml();
    // Two tabs: no one line re-indented makes the table readable, so yaml's first error stands for all.
    // The first row of a group: the group's key above it is left empty, too.
    const text = tabBefore(tabBefore(clean, "属于国家秘密"), "危及三安全一稳定");
    const all = readReport(text).observations;
    // yaml reads every row after the tab at the wrong level: many observations, one cause.
    expect(all.filter((o) => o.kind === "yaml-error").length).toBeGreaterThanOrEqual(5);
    expect(all.filter((o) => o.kind === "unknown-key").length).toBeGreaterThanOrEqual(5);
    expect(all.filter((o) => o.kind === "missing").length).toBeGreaterThanOrEqual(5);
    expect(all.filter((o) => o.kind === "wrong-type")).toHaveLength(1);
    const { findings } = parseReport(text);
    expect(findings.map((f) => f.messageId)).toEqual([
      "YAML-SYNTAX.TAB_AS_INDENT",
      ...parseReport(clean).findings.map((f) => f.messageId),
    ]);
    const [f] = findings;
    expect(textAt(text, f!.range)).toBe("\t");
    const from = lineOfKey(text, "属于国家秘密");
    const to = lineOf(text, text.indexOf("  结转下年度:"));
    expect(lineOf(text, f!.related[0]!.range.start)).toBe(from);
    expect(lineOf(text, f!.related[0]!.range.end)).toBe(to);
    expect(f!.related[0]!.message).toMatch(
      new RegExp(
        `^因此第 ${from}–${to} 行无法按层级读取：由此产生的其他问题（缩进、未知的键、缺少的行，共 ${all.length - 1} 处）`,
        "u",
      ),
    );
    const [en] = parseReport(text, { locale: "en" }).findings;
    expect(en!.related[0]!.message).toBe(
      `Because of this, lines ${from}–${to} cannot be read at their level: what follows from it (indentation errors, unknown keys, missing rows: ${all.length - 1} in all) comes from here and is not listed again; fix this and check again.`,
    );
  });

  it("puts the file error first, before findings earlier in the file, and keeps those", () => {
    const clean = buildYaml({ agency: "测试市测试局", title: "测试市测试局2022年政府信息公开工作年度报告" });
    const before = parseReport(clean).findings;
    expect(before.length).toBeGreaterThan(0);
    const text = tabBefore(clean, "属于国家秘密");
    const { findings } = parseReport(text);
    expect(findings[0]!.messageId).toBe("YAML-SYNTAX.indentTab");
    expect(findings.slice(1).map((f) => [f.code, f.message])).toEqual(before.map((f) => [f.code, f.message]));
  });

  it("still reports a row that is really missing, and a syntax error of another kind elsewhere", () => {
    const text = tabBefore(buildYaml(), "属于国家秘密")
      .replace(/\n {2}结转下年度:.*/u, "")
      .replace("行政复议: [0, 0,", "行政复议: [ , 0,");
    const { findings } = parseReport(text);
    expect(findings.slice(0, 2).map((f) => f.messageId)).toEqual([
      "YAML-SYNTAX.indentTab",
      "YAML-SYNTAX.UNEXPECTED_TOKEN",
    ]);
    const missing = findings.filter((f) => f.messageId === "STR-TABLE-SHAPE.missingRow");
    expect(missing.map((f) => f.message)).toEqual([expect.stringContaining("「结转下年度:」")]);
    // The short row of table 四 follows from the other error, and is no indentation's consequence.
    expect(findings.filter((f) => f.messageId === "STR-TABLE-SHAPE.rowShort")).toHaveLength(1);
  });

  it("in a published report: the tab is the one error, where there were dozens", () => {
    const published = readFileSync(
      new URL("../../../../examples/jiangsu-huaian-city-gov-2024.nianbao.yaml", import.meta.url),
      "utf8",
    );
    const text = tabBefore(published, "其他法律行政法规禁止公开");
    const errors = parseReport(text).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.messageId)).toEqual(["YAML-SYNTAX.indentTab"]);
    expect(lineOf(text, errors[0]!.range.start)).toBe(lineOfKey(text, "其他法律行政法规禁止公开"));
    expect(parseReport(text).findings.filter((f) => f.severity !== "error")).toEqual(
      parseReport(published).findings.filter((f) => f.severity !== "error"),
    );
  });
});

describe("YAML-SYNTAX: one wrongly indented line, said on that line with its fix", () => {
  const published = readFileSync(
    new URL("../../../../examples/jiangsu-suqian-city-2024.nianbao.yaml", import.meta.url),
    "utf8",
  );
  /** The text with the indentation before `key` (its first occurrence at line start) replaced by `indent`. */
  const indentBefore = (text: string, key: string, indent: string) =>
    text.replace(new RegExp(`\\n +${key}:`, "u"), `\n${indent}${key}:`);
  const applyFix = (
    text: string,
    f: { fix?: { edits: readonly { range: { start: number; end: number }; newText: string }[] } },
  ) => {
    const [e] = f.fix!.edits;
    return text.slice(0, e!.range.start) + e!.newText + text.slice(e!.range.end);
  };

  it.each([
    ["予以公开", "     ", "YAML-SYNTAX.indentTooMany", "多了 1 个空格", 4],
    ["予以公开", "   ", "YAML-SYNTAX.indentTooFew", "少了 1 个空格", 4],
    ["予以公开", "\t", "YAML-SYNTAX.indentTab", "用制表符（Tab）缩进", 4],
    ["属于国家秘密", "       ", "YAML-SYNTAX.indentTooMany", "多了 1 个空格", 6],
    ["不予公开", "      ", "YAML-SYNTAX.indentTooMany", "多了 2 个空格", 4],
    ["行政许可", " ", "YAML-SYNTAX.indentTooFew", "少了 1 个空格", 2],
    ["规章", "   ", "YAML-SYNTAX.indentTooMany", "多了 1 个空格", 2],
    ["行政复议", " ", "YAML-SYNTAX.indentTooFew", "少了 1 个空格", 2],
    ["复议后起诉", "   ", "YAML-SYNTAX.indentTooMany", "多了 1 个空格", 2],
  ])(
    "%s indented %j: one error, on its line, whose fix restores the report",
    (key, indent, messageId, words, expected) => {
      const text = indentBefore(published, key, indent);
      const line = lineOf(text, text.indexOf(`\n${indent}${key}:`) + 1);
      const { findings } = parseReport(text);
      // Before: yaml's error on the next line, and for 行政许可 nine more (unknown keys, rows missing from table 二).
      expect(findings.filter((f) => f.severity !== "info").map((f) => f.messageId)).toEqual([messageId]);
      const [f] = findings;
      expect(lineOf(text, f!.range.start)).toBe(line);
      expect(textAt(text, f!.range)).toBe(`${indent}${key}`);
      expect(f!.message).toContain(`第 ${line} 行${words}`);
      expect(f!.message).toContain(`应缩进 ${expected} 个空格`);
      expect(f!.fix!.title).toBe(`将第 ${line} 行改为缩进 ${expected} 个空格`);
      expect(applyFix(text, f!)).toBe(published);
      const [en] = parseReport(text, { locale: "en" }).findings;
      expect(en!.message).toMatch(new RegExp(`^Line ${line} `, "u"));
      expect(en!.fix!.title).toBe(`Indent line ${line} by ${expected} spaces`);
    },
  );

  it("leaves the other findings of the report as they were", () => {
    const text = indentBefore(published, "予以公开", "     ");
    expect(
      parseReport(text)
        .findings.slice(1)
        .map((f) => f.message),
    ).toEqual(parseReport(published).findings.map((f) => f.message));
  });

  it("says yaml's words when no one line re-indented makes the entry readable", () => {
    const text = published.replace("予以公开: [1408", "予以公开: [1408,,");
    expect(parseReport(text).findings[0]!.messageId).not.toMatch(/indent/u);
  });
});
