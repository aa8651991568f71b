import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRead, readReport, ruleByCode, type CheckOptions, type ReadOptions } from "../../src/index.js";
import type { Observation } from "../../src/read/observations.js";
import { foldConsequences, ruleForObservation } from "../../src/rules/observed.js";
import { buildYaml } from "@nianbao/test-support/build";

/** Every observation kind the reader can record, read from the type itself so a new kind cannot be missed. */
const KINDS = [
  ...readFileSync(join(import.meta.dirname, "../../src/read/observations.ts"), "utf8").matchAll(
    /readonly kind: "([a-z-]+)"/g,
  ),
].map((m) => m[1]!);

/** Inputs that between them make the reader record every kind, area and variant of observation. */
const SAMPLES: { name: string; text: string; options?: CheckOptions; read?: ReadOptions }[] = [
  { name: "syntax error", text: buildYaml().replace("本年新收: [0,", "本年新收: [ ,") },
  { name: "yaml warning", text: buildYaml().replace("年度: 2023", "年度: !foo 2023") },
  { name: "size", text: buildYaml(), options: { limits: { maxLength: 100 } } },
  {
    name: "aliases",
    text: buildYaml() + "a: &a 1\n" + Array.from({ length: 5 }, (_, i) => `b${i}: *a`).join("\n") + "\n",
    options: { limits: { maxAliases: 3 } },
  },
  { name: "depth", text: "说明: [[[[[[]]]]]]\n", options: { limits: { maxDepth: 3 } } },
  {
    name: "line length and error count",
    text: buildYaml({ problems: "问".repeat(300) }) + "坏: [\n".repeat(8),
    options: { limits: { maxLineLength: 200, maxErrors: 3 } },
  },
  { name: "duplicate key", text: buildYaml().replace("年度: 2023", "年度: 2023\n年度: 2024") },
  {
    name: "unknown keys everywhere",
    text:
      buildYaml({ notes: [{ text: "注" }] })
        .replace("  监督保障:", "  工作亮点: 甲\n  监督保障:")
        .replace("\n  结转下年度:", "\n  转办: [0, 0, 0, 0, 0, 0, 0]\n  结转下年度:")
        .replace("  - 内容:", "  - 日期: 1\n    内容:") + "联系电话: 1\n",
  },
  {
    name: "mistyped keys",
    text: buildYaml()
      .replace("      其他法律行政法规禁止公开:", "      其他法律行政止公开:")
      .replace("\n总体情况:", "\n总体情况况:"),
  },
  { name: "heading ordinal", text: buildYaml().replace("\n主动公开:\n", "\n四、主动公开政府信息情况:\n") },
  {
    name: "missing everything",
    text: "格式: 2021\n依申请公开:\n  办理结果:\n    予以公开: [0, 0, 0, 0, 0, 0, 0]\n主动公开:\n  规章: { 本年制发: 0 }\n",
  },
  {
    name: "wrong types",
    text: buildYaml({ notes: [{ text: "x" }] })
      .replace('其他事项: "本年度未收取信息处理费。"', "其他事项: [1]")
      .replace("复议后起诉: [0, 0, 0, 0, 0]", "复议后起诉: 0")
      .replace('\n说明:\n  - 内容: "x"', "\n说明:\n  - [1]"),
  },
  { name: "top is a list", text: "- 1\n" },
  { name: "empty file", text: "" },
  { name: "empty table", text: buildYaml().replace(/\n复议诉讼:\n(?: {2}.*\n)+/u, "\n复议诉讼:\n") },
  { name: "row length", text: buildYaml({ t4: { 行政复议: [0, 0, 0] } }) },
  {
    name: "template mismatch",
    text: buildYaml().replace(/\n {4}其他处理:\n(?: {6}.*\n)+/u, "\n    其他处理: [0, 0, 0, 0, 0, 0, 0]\n"),
  },
  {
    name: "bad metadata",
    text: buildYaml({ publishedOn: "2024-13-40" })
      .replace("格式: 2021", "格式: 2020")
      .replace("年度: 2023", "年度: 明年")
      .replace('机关: "测试市测试局"', "机关: ''\n标题: [1]"),
  },
  { name: "format undeclared", text: buildYaml({ format: null }) },
  { name: "not UTF-8", text: buildYaml(), read: { encoding: "gb18030" } },
  {
    name: "tab before a row, and what yaml then misreads",
    text: buildYaml().replace("\n      属于国家秘密:", "\n\t属于国家秘密:"),
  },
  {
    name: "year written as a cell with full-width digits and a unit",
    text: buildYaml().replace("年度: 2023", "年度: ２０２３年"),
  },
];

const observed = SAMPLES.map((s) => ({ ...s, read: readReport(s.text, { ...s.options?.limits, ...s.read }) }));

describe("every observation of the reader is reported by exactly one rule", () => {
  it("the samples produce every kind of observation", () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(12);
    const seen = new Set(observed.flatMap((s) => s.read.observations.map((o) => o.kind)));
    expect([...KINDS].sort()).toEqual([...seen].sort());
  });

  it("the samples cover the variants that decide the rule or the message", () => {
    const all = observed.flatMap((s) => s.read.observations);
    const variants = (kind: string, field: string) =>
      new Set(all.filter((o) => o.kind === kind).map((o) => (o as unknown as Record<string, unknown>)[field]));
    expect(variants("limit", "limit")).toEqual(new Set(["size", "aliases", "depth", "line-length", "errors"]));
    expect(variants("missing", "what")).toEqual(new Set(["meta", "section", "table", "group", "row", "cell"]));
    expect(variants("wrong-type", "area")).toEqual(new Set(["top", "section", "table", "notes"]));
    expect(variants("unknown-key", "area")).toEqual(new Set(["top", "section", "table", "notes"]));
    expect(variants("mistyped-key", "area")).toEqual(new Set(["top", "table"]));
    expect(variants("bad-meta", "field")).toEqual(new Set(["format", "year", "publishedOn", "agency", "title"]));
    expect(variants("yaml-error", "warning")).toEqual(new Set([true, false]));
  });

  it("routes every observation to a registered document rule", () => {
    for (const { read } of observed)
      for (const o of read.observations) {
        const rule = ruleByCode(ruleForObservation(o));
        expect(rule, JSON.stringify(o)).toBeDefined();
        expect(rule!.kind).toBe("document");
      }
  });

  it("turns each observation into one finding of its rule, at its place, or counts it on the indentation error it follows from", () => {
    for (const { name, options, read } of observed) {
      const findings = checkRead(read, options);
      const { folded, causes } = foldConsequences(read);
      const byRule = new Map<string, Observation[]>();
      for (const o of read.observations)
        if (!folded.has(o)) byRule.set(ruleForObservation(o), [...(byRule.get(ruleForObservation(o)) ?? []), o]);
      expect(
        [...causes.values()].reduce((n, c) => n + c.folded, 0),
        name,
      ).toBe(folded.size);
      for (const [cause, lines] of causes) {
        // One misindented line is named on its own line, with its fix, instead of the lines it left unreadable.
        const m = lines.misindented;
        const at = m ? read.lineIndex.lineStart(m.line) : cause.range.start;
        const f = findings.find((x) => x.range.start === at && x.code === "YAML-SYNTAX");
        expect(f!.related, name).toHaveLength(m ? 0 : 1);
        expect(f!.fix !== undefined, name).toBe(m !== undefined);
      }
      for (const [code, obs] of byRule) {
        const mine = findings.filter((f) => f.code === code);
        // STR-TEMPLATE-VERSION and STR-TITLE also check 格式 against 年度 and the title's words: none of that here.
        expect(mine.length, `${name}: ${code}`).toBe(obs.length);
        for (const o of obs) {
          const at = mine.filter(
            (f) => f.range.start === o.range.start || (o.range.end === o.range.start && f.range.end > f.range.start),
          );
          expect(at.length, `${name}: ${code} at ${JSON.stringify(o)}`).toBeGreaterThan(0);
        }
      }
      for (const f of findings) expect(f.messageId, `${name}: ${f.code}`).not.toBe("internal.ruleFailed");
    }
  });
});
