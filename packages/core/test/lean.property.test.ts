/**
 * The lean parse path as a property: on generated reports, on generated YAML of every shape the
 * lean path reads (nested mappings and sequences, comment lines at any indentation, blank lines,
 * empty values, block scalars, flow rows) and on both after random edits (characters inserted or
 * deleted, lines duplicated or re-indented, the text cut short, CRLF), the lean path declines or
 * builds yaml's nodes, and readReport gives the same result with and without it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leanDeclineReason } from "../src/read/lean/index.js";
import { buildYaml, type TestCell } from "@nianbao/test-support/build";
import { expectSamePaths } from "./support/lean-diff.js";

/** Pieces an edit inserts: YAML's indicators, line ends, indentation, comments, numbers and CJK text. */
const PIECES = [
  " ",
  "  ",
  "\n",
  "\n  ",
  "\n    ",
  ":",
  ": ",
  "#",
  " #",
  "-",
  "- ",
  "'",
  '"',
  "[",
  "]",
  "{",
  "}",
  ",",
  ", ",
  "|",
  ">",
  "|-",
  "|+",
  "\r\n",
  "\t",
  "&a",
  "*a",
  "!",
  "?",
  "0",
  "1",
  "-1",
  "1.50",
  "0x1F",
  "~",
  "null",
  "true",
  "文",
  "：",
  "\\",
  "\\n",
  "''",
  "...",
  "---",
  "%",
  "@",
  "\n#c\n",
  "\n  # c\n",
  "\n      # c\n",
  "\n\n",
  "  \n",
];

interface Edit {
  readonly op: "insert" | "delete" | "duplicate" | "indent" | "dedent" | "cut";
  readonly at: number;
  readonly piece: string;
  readonly length: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom<Edit["op"]>("insert", "insert", "delete", "duplicate", "indent", "dedent", "cut"),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  piece: fc.constantFrom(...PIECES),
  length: fc.integer({ min: 1, max: 6 }),
});

function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const lines = text.split("\n");
  const line = Math.min(lines.length - 1, Math.floor(e.at * lines.length));
  switch (e.op) {
    case "insert":
      return text.slice(0, at) + e.piece + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + e.length);
    case "duplicate":
      lines.splice(line, 0, lines[line]!);
      return lines.join("\n");
    case "indent":
      lines[line] = " ".repeat(e.length) + lines[line];
      return lines.join("\n");
    case "dedent":
      lines[line] = lines[line]!.replace(/^ {1,2}/, "");
      return lines.join("\n");
    case "cut":
      return text.slice(0, at);
  }
}

const edited = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.array(edit, { maxLength: 4 }), fc.boolean()).map(([text, edits, crlf]) => {
    const out = edits.reduce(applyEdit, text);
    return crlf ? out.replace(/\r?\n/g, "\r\n") : out;
  });

// ---- reports as the rule tests write them ----

const cellText: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 5000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<TestCell>(
      '"/"',
      "'—'",
      "~",
      "''",
      "１２",
      "1.5",
      "-3",
      "22（其中修订16件）",
      "1,200",
      "无",
      '"\\u4e2d"',
    ),
  },
);
const prose = fc.constantFrom(
  "本年通过政府网站主动公开政府信息 120 条。",
  "无",
  "一是加强培训；二是丰富解读形式。",
  "收费 0 元",
  "含 # 号与：冒号",
  "引号 ' 与 \" 号",
);

const report: fc.Arbitrary<string> = fc
  .record({
    format: fc.constantFrom<2019 | 2021 | null>(2021, 2021, 2019, null),
    year: fc.integer({ min: 2018, max: 2026 }),
    agency: fc.constantFrom("测试市测试局", "某县 人民政府", "'单引号局'", "甲局 # 注"),
    overview: fc.oneof(prose, fc.record({ 概述: prose, 主动公开: prose })),
    t2: fc.dictionary(fc.constantFrom("行政许可", "行政处罚", "行政事业性收费"), cellText, { maxKeys: 3 }),
    t3: fc.dictionary(
      fc.constantFrom("本年新收", "予以公开", "其他", "结转下年度"),
      fc.array(cellText, { minLength: 5, maxLength: 8 }),
      { maxKeys: 3 },
    ),
    notes: fc.array(
      fc.record({
        text: prose,
        rule: fc.constantFrom("T3-IDENTITY", "txt-apps", ""),
        table: fc.constantFrom("三", "复议诉讼", ""),
      }),
      { maxLength: 2 },
    ),
  })
  .map((s) =>
    buildYaml({
      format: s.format,
      year: s.year,
      agency: s.agency,
      overview: s.overview,
      t2: s.t2,
      t3: s.t3,
      notes: s.notes.map((n) => ({
        text: n.text,
        ...(n.rule ? { rule: n.rule } : {}),
        ...(n.table ? { table: n.table } : {}),
      })),
    }),
  );

// ---- YAML of the shapes the lean path reads ----

const KEYS = ["k", "键", "'引 号'", '"dq"', "a b", "本年新收", "x1"];
const SCALARS = [
  "1",
  "0",
  "-3",
  "1.50",
  "文本",
  "a b",
  "'q'",
  '"d"',
  "''",
  "~",
  "null",
  "true",
  "0x1F",
  "1e3",
  ".inf",
  "'it''s'",
  '"a\\"b"',
  "x:y",
  "a#b",
  "[1, 2 , 3]",
  "[ ]",
  "{ a: 1, b: 2 }",
  "{a: x , b: 'y' }",
  "[1, 2, ]",
  "-1",
  "?x",
  "甲：乙",
];
const fillerLine = fc.oneof(
  fc.constant("\n"),
  fc.nat({ max: 6 }).map((n) => " ".repeat(n) + "\n"),
  fc.tuple(fc.nat({ max: 8 }), fc.nat({ max: 9 })).map(([n, k]) => `${" ".repeat(n)}# c${k}\n`),
);
const filler = fc.array(fillerLine, { maxLength: 2 }).map((ls) => ls.join(""));

type Value =
  | { readonly kind: "scalar"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "block"; readonly header: string; readonly lines: readonly string[]; readonly deeper: number }
  | { readonly kind: "nested"; readonly block: Block };
interface Entry {
  readonly before: string;
  readonly key: string;
  readonly tail: string;
  readonly value: Value;
}
interface Block {
  readonly seq: boolean;
  readonly step: number;
  readonly entries: readonly Entry[];
}

const { block } = fc.letrec<{ block: Block; entry: Entry; value: Value }>((tie) => ({
  block: fc.record({
    seq: fc.boolean(),
    step: fc.integer({ min: 1, max: 3 }),
    entries: fc.array(tie("entry"), { minLength: 1, maxLength: 3 }),
  }),
  entry: fc.record({
    before: filler,
    key: fc.constantFrom(...KEYS),
    tail: fc.constantFrom("", "", "  # t"),
    value: tie("value"),
  }),
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.constantFrom(...SCALARS).map((text) => ({ kind: "scalar" as const, text })),
    fc.constant({ kind: "empty" as const }),
    fc
      .record({
        header: fc.constantFrom("|", "|-", "|+", ">", ">-", ">+"),
        lines: fc.array(fc.constantFrom("line", "", "# 不是注释", "长 行", "  more"), { minLength: 1, maxLength: 3 }),
        deeper: fc.integer({ min: 1, max: 3 }),
      })
      .map((b) => ({ kind: "block" as const, ...b })),
    tie("block").map((b) => ({ kind: "nested" as const, block: b })),
  ),
}));

function renderBlock(b: Block, indent: number, top: boolean): string {
  let out = "";
  for (const e of b.entries) {
    const seq = b.seq && !top;
    const pad = " ".repeat(indent) + (seq ? "- " : "");
    const col = indent + (seq ? 2 : 0);
    out += e.before;
    const v = e.value;
    if (seq && v.kind === "scalar") out += `${pad}${v.text}${e.tail}\n`;
    else if (v.kind === "scalar") out += `${pad}${e.key}: ${v.text}${e.tail}\n`;
    else if (v.kind === "empty") out += `${pad}${e.key}:${e.tail}\n`;
    else if (v.kind === "block")
      out +=
        `${pad}${e.key}: ${v.header}${e.tail}\n` +
        v.lines.map((l) => (l ? " ".repeat(col + v.deeper) + l : "") + "\n").join("");
    else out += `${pad}${e.key}:${e.tail}\n` + renderBlock(v.block, col + v.block.step, false);
  }
  return out;
}

const shaped = fc.tuple(filler, block, filler, fc.boolean()).map(([head, b, tail, newline]) => {
  const text = head + renderBlock(b, 0, true) + tail;
  return newline ? text : text.replace(/\n$/, "");
});

// ---- the real reports ----

const examplesDir = resolve(import.meta.dirname, "../../../examples");
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => readFileSync(resolve(examplesDir, f), "utf8"));

/** Runs the property and checks that the lean path did read a fair share of the texts. */
function agreeOn(texts: fc.Arbitrary<string>, runs: number, minRead: number): void {
  let read = 0;
  fc.assert(
    fc.property(texts, (text) => {
      if (expectSamePaths(text)) read++;
    }),
    { numRuns: runs },
  );
  expect(read / runs).toBeGreaterThanOrEqual(minRead);
}

// Each run parses a text four times (lean, yaml, and readReport both ways); a busy machine needs room.
describe("lean parse path (property)", { timeout: 120_000 }, () => {
  it("generated reports: the lean path reads them all, with yaml's nodes", () => {
    fc.assert(
      fc.property(report, (text) => {
        expect(leanDeclineReason(text)).toBeNull();
      }),
      { numRuns: 60 },
    );
    agreeOn(report, 120, 1);
  });

  it("generated YAML with comments, blank lines, empty values and block scalars at any depth", () => {
    agreeOn(shaped, 500, 0.8);
  });

  it("generated reports after random edits", () => {
    agreeOn(edited(report), 250, 0.2);
  });

  it("generated YAML after random edits", () => {
    agreeOn(edited(shaped), 500, 0.2);
  });

  it("the real reports after random edits", () => {
    agreeOn(edited(fc.constantFrom(...examples)), 200, 0.2);
  });
});
