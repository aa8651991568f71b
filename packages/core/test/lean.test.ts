/**
 * The lean parse path (read/lean) against yaml's parseDocument: on every real report, on the
 * reports the rule tests generate, on each rule's example, on the hostile-input corpus and on
 * hand-written corner cases of comments and empty values, the lean path either declines or
 * builds the same nodes; readReport gives the same result with and without it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { isNode, isPair, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { FORMS, RULES } from "../src/index.js";
import { leanDeclineReason, parseLean } from "../src/read/lean/index.js";
import { isMap, isScalar, isSeq, LeanMap, LeanPair, LeanScalar, LeanSeq } from "../src/read/node.js";
import { buildYaml } from "@nianbao/test-support/build";
import { expectSamePaths } from "./support/lean-diff.js";

/** `depth` mappings, each inside the one before, one space further in. */
const nested = (depth: number): string =>
  Array.from({ length: depth - 1 }, (_, i) => `${" ".repeat(i)}a:\n`).join("") + `${" ".repeat(depth - 1)}b: 1\n`;

const examplesDir = resolve(import.meta.dirname, "../../../examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(resolve(examplesDir, f), "utf8") }));

describe("lean parse path: same nodes as yaml, same read", () => {
  it("builds plain nodes of its own, nothing of yaml's, that the reader's guards take like yaml's", () => {
    const text = "a: 1\nb: [x, 2.50]\nc:\n  - 'q'\n  - d: { e: ~ }\nf: |\n  g\n";
    const lean = parseLean(text)!;
    const doc = parseDocument(text).contents;
    const classes = new Set<unknown>();
    const walk = (n: unknown, yamlNode: unknown): void => {
      if (n == null) return;
      classes.add(Object.getPrototypeOf(n));
      // Not one of yaml's nodes, nor marked as one (yaml's guards read a hidden symbol).
      expect(isNode(n) || isPair(n) || Object.getOwnPropertySymbols(n).length > 0).toBe(false);
      expect([isMap(n), isSeq(n), isScalar(n)]).toEqual([isMap(yamlNode), isSeq(yamlNode), isScalar(yamlNode)]);
      if (isMap(n))
        n.items.forEach((p, i) => {
          const q = (yamlNode as YAMLMap).items[i]!;
          classes.add(Object.getPrototypeOf(p));
          expect(isPair(p) || Object.getOwnPropertySymbols(p).length > 0).toBe(false);
          walk(p.key, q.key);
          walk(p.value, q.value);
        });
      else if (isSeq(n)) n.items.forEach((item, i) => walk(item, (yamlNode as YAMLSeq).items[i]));
    };
    walk(lean, doc);
    expect(classes).toEqual(new Set([LeanMap.prototype, LeanSeq.prototype, LeanPair.prototype, LeanScalar.prototype]));
  });

  it("reads every real report of examples/ itself, with yaml's nodes", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const { name, text } of examples) {
      expect(leanDeclineReason(text), name).toBeNull();
      expect(expectSamePaths(text), name).toBe(true);
    }
  });

  it("reads the reports the rule tests build, whatever they hold", () => {
    const specs: Parameters<typeof buildYaml>[0][] = [
      {},
      { format: 2019, year: 2019 },
      { format: null, year: 2020 },
      { agency: null, year: null },
      { publishedOn: "2024-01-31", title: "某局 2023 年政府信息公开工作年度报告" },
      { overview: "一段概述。" },
      { overview: { 概述: "概述", 主动公开: "主动公开了 12 条。" } },
      { t2: { 规章: { 本年制发: 1, 本年废止: "'/'", 现行有效: 3 }, 行政许可: 1200, 行政事业性收费: 96171.6 } },
      {
        t3: {
          本年新收: [3, 1, 0, 0, 0, 0, 4],
          予以公开: [1, '"—"', "~", "''", "１２", "1.5", "-3"],
          其他: ["22（其中修订16件）", 0, 0, 0, 0, 0, 0],
        },
      },
      { t4: { 行政复议: [1, 0, 0, 0, 1], 复议后起诉: [0, 0, 0, 0] } },
      { notes: [{ rule: "T3-IDENTITY", text: "说明文字", table: "三" }, { text: "无规则" }] },
      { extra: "未知键: 1\n  # 注释\n其他说明: |\n  第一行\n\n  第二行\n" },
    ];
    for (const spec of specs) expect(expectSamePaths(buildYaml(spec)), JSON.stringify(spec)).toBe(true);
  });

  it("agrees on every rule's example, alone and inside a whole report", () => {
    let read = 0;
    for (const rule of RULES) {
      if (!rule.example) continue;
      if (expectSamePaths(rule.example)) read++;
      expectSamePaths(buildYaml() + rule.example);
    }
    expect(read).toBeGreaterThan(10);
  });

  it("agrees on the hostile-input corpus (mostly declined)", () => {
    const year2019 = buildYaml({ format: 2019 });
    const corpus = [
      "",
      " ",
      "\n",
      "\uFEFF",
      "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n一是严格落实信息发布审核制度。\n",
      "<!DOCTYPE html>\n<html><body><table><tr><td>自然人</td><td>0</td></tr></table></body></html>\n",
      buildYaml().replace("结转下年度: [0, 0, 0, 0, 0, 0, 0]", "结转下年度: [0, 0, 0, 0, 0, 0, 0"),
      "- 格式: 2021\n- 机关: 甲局\n",
      buildYaml({
        t2: { 行政许可: "两件", 行政处罚: -3, 行政强制: "１２" },
        t3: { 本年新收: [1.5, '"/"', '"—"', "无", "~", 0, 1.5] },
      }),
      buildYaml()
        .replace("\n复议诉讼:", "\n复议诉讼:\n  行政复议: [1, 0, 0, 0, 1]")
        .replace("\n其他事项:", "\n机关: 乙局\n其他事项:"),
      "\uFEFF" + buildYaml({ t2: { 行政强制: "１２" } }).replace(/\n/g, "\r\n"),
      buildYaml().replace(/\n/g, "\r"),
      `锚: &x [1, 2]\n锚2: &y 5\n${buildYaml()}依申请公开补: *x\n`,
      buildYaml({ other: "费".repeat(2_000) }),
      `说明: ${"[".repeat(50)}${"]".repeat(50)}\n`,
      `说明: ${"{a: ".repeat(30)}${"}".repeat(30)}\n`,
      buildYaml() + "坏: b: c\n".repeat(20),
      buildYaml({ other: "\u0000\u0007\ud800\udfff\u2028\u2029" }),
      "机关: \u0000\n年度: \ud800\n",
      "\u0000\u0000\u0000",
      year2019,
      "%YAML 1.2\n---\n机关: 甲局\n",
      "机关: 甲局\n---\n机关: 乙局\n",
      "机关: !!str 甲局\n",
      "? 机关\n: 甲局\n",
      "机关:\t甲局\n",
    ];
    for (const text of corpus) expectSamePaths(text);
  });

  it("places comment lines and empty values where yaml does", () => {
    const cases = [
      // A comment as deep as the mapping stays in it; a shallower one passes to the parent.
      "a:\n  b: 1\n  # deeper\nc: 2\n",
      "a:\n  b: 1\n# shallow\nc: 2\n",
      // A comment deeper than the mapping belongs to the value before it.
      "a:\n  b: 1\n    # deepest\n\nc: 2\n",
      "a:\n  b: [1]\n  # deeper\n",
      "a:\n  b: x\n\n      # c\n   # d\n  # e\n",
      // Empty values: the separator runs to the next key, split at its second line end.
      "a:\nb:\n  # c\n\nc: 1\nd:   # x\n    # y\n  # z\ne: 1\n",
      "a:\n  b:\n  # c\n\n# d\nc:\n",
      "a:\n  b:   \n\n",
      "a:",
      // Sequences: scalars, mappings opened on the dash's line, flow mappings.
      "说明:\n  - a\n  - 规则: X\n    内容: y\n    # c\n  - { 表: 三, 内容: z }\n  - '引号': 1\n# end\n",
      "说明:\n  -   内容: |\n        多行\n        文字\n      规则: T3-IDENTITY\n",
      // Block scalars with each chomping, trailing blank lines and comments.
      "x: |-\n  a\n\n   b\n\ny: >+\n  c\n  d\n\n\nz: |\n\n  e\n  # 正文\n# 注释\n",
      "x: >\n  one\n  two\n\n    more\n  three\n",
      // Flow collections with spaces, quotes and a trailing comma.
      "t: [ 1 , '2' ,\"3\", ]\nm: { 本年制发: 1 , 本年废止: '/',现行有效: 0x1F }\ne: []\nf: {}\n",
      // Scalars of every core type, as keys and values.
      "2021: 1.50\ntrue: ~\nnull: .inf\n0o7: -0\n1e3: '~'\n",
      "a: Null\nb: NULL\nc: True\nd: FALSE\ne: 0o17\nf: 0x1f\ng: +12\nh: -.INF\ni: .NaN\nj: .5\nk: 3.\nl: 1.2e-3\nm: 2.500\nn: 0o8\no: 0xG\np: 1_000\nq: 007\nr: [-0.0, +.5e+2, 0X1, tRUE, nULL, 1.0e, .inf, 00]\n",
    ];
    for (const text of cases) {
      expect(expectSamePaths(text), JSON.stringify(text)).toBe(true);
      expect(expectSamePaths(text.replace(/\n/g, "\r\n")), JSON.stringify(text)).toBe(true);
    }
  });

  it("declines what it does not read exactly, and the full parser reads it", () => {
    const declined: Record<string, string> = {
      "a: &x 1\nb: *x\n": "value start",
      "a: !!str 1\n": "value start",
      "? a\n: b\n": "key start",
      "a: 1\n---\nb: 2\n": "document marker",
      "a:\n\tb: 1\n": "tab",
      "a: 1\rb: 2\n": "lone carriage return",
      "a: 1\nb: x\r": "lone carriage return",
      "a: 1\nb: \ufeffx\n": "byte-order mark inside the text",
      // The first refusal in the text is the one given: a line is refused before what follows it.
      "%YAML 1.2\na:\n\tb: 1\n": "directive",
      "a:\n\tb: 1\n%YAML 1.2\n": "tab",
      "a: \ufeff\tb\r\n": "byte-order mark inside the text",
      "a: x\n  y\n": "content indented under a complete entry",
      "a: 'x\n  y'\n": "quoted scalar across lines",
      "a: [1,\n  2]\n": "flow collection across lines",
      "a: [[1]]\n": "flow item start",
      "a: |2\n   x\n": "block scalar header",
      "a:\n- 1\n": "key start",
      'a: "\\q"\n': "bad escape",
      [nested(65)]: "nesting depth",
    };
    for (const [text, reason] of Object.entries(declined)) {
      expect(leanDeclineReason(text), JSON.stringify(text)).toBe(reason);
      expect(parseLean(text)).toBeNull();
      expect(expectSamePaths(text)).toBe(false);
    }
  });

  it("reads block collections nested as deep as 64, where yaml's result does not depend on the stack", () => {
    expect(expectSamePaths(nested(64))).toBe(true);
  });

  it("reads both official forms' keys, as the form derives them", () => {
    for (const form of Object.values(FORMS)) {
      const text = buildYaml({ format: form.year, year: form.year === 2019 ? 2019 : 2023 });
      expect(expectSamePaths(text)).toBe(true);
    }
  });
});
