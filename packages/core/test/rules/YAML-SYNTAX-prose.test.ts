import { describe, expect, it } from "vitest";
import { parseReport, reportTemplate, writeReportYaml } from "../../src/index.js";
import { applyFix } from "../support/edits.js";
import { textAt } from "@nianbao/test-support/build";

/** A new report, as `nianbao new` wrote it before text sections were blocks (`key: ""`). */
const OLD_TEMPLATE = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 })).replace(
  /: \|\n( *)\n/g,
  ': ""\n',
);
const FIRST = "一是加强主动公开，全年发布信息120条。";
const SECOND = "二是加强政策解读，发布解读材料15篇。";

/** The old template with `key: ""` replaced by what the author typed there. */
function typed(key: string, value: string): string {
  const at = OLD_TEMPLATE.indexOf(`${key}: ""`);
  expect(at).toBeGreaterThanOrEqual(0);
  return OLD_TEMPLATE.slice(0, at) + `${key}: ${value}` + OLD_TEMPLATE.slice(at + key.length + 4);
}

const errors = (text: string) => parseReport(text).findings.filter((f) => f.severity === "error");

describe("YAML-SYNTAX: a text continued on an unindented line", () => {
  it("is one finding in the writer's words, on the line typed, for Enter pressed inside the quotes", () => {
    // VS Code put the new line at the key's indentation, the closing quote after the second sentence.
    const text = typed("  主动公开", `"${FIRST}\n  ${SECOND}"`);
    const found = errors(text);
    expect(found.map((f) => f.code)).toEqual(["YAML-SYNTAX"]);
    const [f] = found;
    expect(f!.message).toBe(
      "「（一）主动公开」的文字换行后没有缩进：第 7 行起的文字被当成了新的键，文件因此无法读取。要分段，请改为多段文字写法（「键: |」，下面每段缩进两格）。",
    );
    expect(textAt(text, f!.range)).toBe(`${SECOND}"`);
    expect(f!.fix!.title).toBe("改为多段文字写法");
    // 依申请公开, which yaml read into the broken key, is not reported missing either.
    expect(parseReport(text).findings.filter((x) => x.message.includes("缺少「（二）依申请公开」"))).toEqual([]);
    const en = parseReport(text, { locale: "en" }).findings.find((x) => x.code === "YAML-SYNTAX")!;
    expect(en.fix!.title).toBe("Change to multi-paragraph text");

    const fixed = applyFix(text, f!);
    expect(fixed).toContain(`  主动公开: |\n    ${FIRST}\n    ${SECOND}\n  依申请公开: ""`);
    const after = parseReport(fixed);
    expect(after.findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(after.report.overview.topics.proactive).toBe(`${FIRST}\n${SECOND}\n`);
    expect(after.report.overview.topics.onRequest).toBe("");
  });

  it("covers a plain one-line text, and a top-level section whose next key yaml swallowed", () => {
    const plain = typed("  监督保障", `${FIRST}\n  ${SECOND}`);
    const [p, ...restP] = errors(plain);
    expect(restP).toEqual([]);
    expect(p!.message).toContain("「（五）监督保障」的文字换行后没有缩进");
    expect(parseReport(applyFix(plain, p!)).report.overview.topics.oversight).toBe(`${FIRST}\n${SECOND}\n`);

    // 存在问题及改进 is followed by a blank line and 其他事项, which yaml reads into the broken key.
    const top = typed("存在问题及改进", `"${FIRST}\n${SECOND}"`);
    const [t, ...restT] = errors(top);
    expect(restT).toEqual([]);
    expect(t!.message).toContain("「五、存在的主要问题及改进情况」");
    const fixed = parseReport(applyFix(top, t!));
    expect(fixed.findings.filter((x) => x.severity === "error")).toEqual([]);
    expect(fixed.report.problems).toBe(`${FIRST}\n${SECOND}\n`);
    expect(fixed.report.other).toBe("");
  });

  it("keeps every character: escapes undone, a blank line kept, the comment after the quote moved to the block", () => {
    const text = typed("  政府信息管理", `"他说\\"好\\"。\n\n  第二段。" # 待补充`);
    const [f, ...rest] = errors(text);
    expect(rest).toEqual([]);
    const fixed = applyFix(text, f!);
    expect(fixed).toContain('  政府信息管理: |  # 待补充\n    他说"好"。\n\n    第二段。\n');
    expect(parseReport(fixed).report.overview.topics.management).toBe('他说"好"。\n\n第二段。\n');
  });

  it("leaves a multi-line quoted text that YAML reads, and other syntax errors, to themselves", () => {
    const folded = typed("  主动公开", `"${FIRST}\n    ${SECOND}"`);
    expect(errors(folded)).toEqual([]);
    const bracket = OLD_TEMPLATE.replace(/本年新收: +\[0, 0,/u, "本年新收: [ , 0,");
    expect(
      errors(bracket)
        .filter((f) => f.code === "YAML-SYNTAX")
        .map((f) => f.message),
    ).toEqual(["这里出现了不该有的符号，如多余的逗号、括号或冒号。方括号中的空格子请填 0，不要留空。"]);
    // A table's key at the top level is not a text, even where a topic has the same name.
    expect(
      errors(OLD_TEMPLATE.replace("主动公开:\n  规章:", "主动公开: 一\n二\n  规章:")).every(
        (f) => !f.message.includes("文字换行"),
      ),
    ).toBe(true);
  });
});
