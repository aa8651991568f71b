import { describe, expect, it } from "vitest";
import { checkRead, readReport, ruleByCode } from "../../src/index.js";
import { buildYaml, findingsOf, lineOf, textAt } from "../support/build.js";

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
    expect(en!.message).toBe("Unexpected character here, such as an extra comma, bracket or colon. Write 0 for an empty cell inside brackets rather than leaving it out.");
  });

  it("explains tab indentation", () => {
    const text = buildYaml().replace("\n  主动公开: ", "\n\t主动公开: ");
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
    const odd = { ...read, observations: [{ kind: "yaml-error" as const, code: "SOMETHING_NEW", detail: "Something new happened", range: { start: 0, end: 2 }, warning: false }] };
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
    expect(f!.range.start).toBe(text.indexOf("机关: \"乙局\""));
    expect(f!.message).toBe("「机关」重复出现：第 2 行已经写过，这里的内容不会被读取。请合并两处，删去其中一处。");
    expect(f!.related).toHaveLength(1);
    expect(f!.related[0]!.range.start).toBe(text.indexOf("机关"));
    expect(f!.related[0]!.message).toBe("第一次出现的「机关」");
    const [en] = findingsOf(text, "YAML-SYNTAX", { locale: "en" });
    expect(en!.message).toBe("「机关」 appears again: it was already written on line 2, and this occurrence is not read. Merge the two and delete one.");
    expect(en!.related[0]!.message).toBe("First occurrence of 「机关」");
  });

  it("treats another spelling of the same key as a repetition (单位 for 机关)", () => {
    const text = buildYaml().replace("年度: 2023", "年度: 2023\n单位: 乙局");
    const [f] = findingsOf(text, "YAML-SYNTAX");
    expect(textAt(text, f!.range)).toBe("单位");
    expect(textAt(text, f!.related[0]!.range)).toBe("机关");
  });
});
