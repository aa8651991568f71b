import { describe, expect, it } from "vitest";
import { parseReport, readReport, type Finding } from "../src/index.js";
import { buildYaml, textAt } from "./support/build.js";

/** Checks a hostile text: no exception, every range inside the text, no rule failing; returns the findings and the time. */
function check(text: string) {
  const t0 = performance.now();
  const { findings } = parseReport(text, { today: "2026-01-01" });
  const ms = performance.now() - t0;
  const inside = (r: { start: number; end: number }) => r.start >= 0 && r.start <= r.end && r.end <= text.length;
  for (const f of findings) {
    expect(inside(f.range), `${f.code} ${JSON.stringify(f.range)} in a text of ${text.length}`).toBe(true);
    for (const r of f.related) if (!r.document) expect(inside(r.range), `${f.code} related`).toBe(true);
    for (const e of f.fix?.edits ?? []) expect(inside(e.range), `${f.code} fix`).toBe(true);
    expect(f.messageId, `${f.code}: ${f.message}`).not.toBe("internal.ruleFailed");
    expect(f.message).not.toMatch(/\{\w+\}/);
  }
  return { findings, ms };
}

const codes = (fs: readonly Finding[]) => new Set(fs.map((f) => f.code));
const first = (fs: readonly Finding[], code: string) => fs.find((f) => f.code === code)!;

describe("hostile input: clear, located findings, no exception, nothing hangs", () => {
  it("an empty file", () => {
    for (const text of ["", " ", "\n", "\uFEFF"]) {
      const { findings } = check(text);
      expect(codes(findings)).toContain("STR-SECTIONS");
      expect(first(findings, "STR-SECTIONS").message).toMatch(/^文件是空的。/u);
    }
  });

  it("text that is not YAML: Chinese prose, HTML", () => {
    const prose =
      "2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，进一步加强组织领导。\n一是严格落实信息发布审核制度；二是及时更新政府信息公开专栏。\n";
    const { findings } = check(prose);
    expect(first(findings, "STR-SECTIONS").message).toMatch(/^文件不是年报格式：顶层是一段文字/u);
    expect(textAt(prose, first(findings, "STR-SECTIONS").range)).toBe(prose.trimEnd());

    const html =
      '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>年报</title></head>\n<body><table><tr><td>自然人</td><td>0</td></tr></table></body></html>\n';
    const h = check(html).findings;
    expect([...codes(h)].some((c) => c === "STR-SECTIONS" || c === "YAML-SYNTAX")).toBe(true);
  });

  it("a YAML syntax error", () => {
    const text = buildYaml().replace("结转下年度: [0, 0, 0, 0, 0, 0, 0]", "结转下年度: [0, 0, 0, 0, 0, 0, 0");
    const { findings } = check(text);
    const f = first(findings, "YAML-SYNTAX");
    expect(f.severity).toBe("error");
    expect(textAt(text, f.range).trim()).not.toBe("");
  });

  it("a list at the top level", () => {
    const text = "- 格式: 2021\n- 机关: 甲局\n";
    const { findings } = check(text);
    expect(first(findings, "STR-SECTIONS").message).toMatch(/实际是列表。$/u);
    expect(first(findings, "STR-SECTIONS").range).toEqual({ start: 0, end: text.length });
  });

  it("text, a negative number, 1.5, placeholders, a blank, full-width digits and a note in number cells", () => {
    const text = buildYaml({
      t2: { 行政许可: "两件", 行政处罚: -3, 行政强制: "１２", 规章: { 本年制发: "22（其中修订16件）" } },
      t3: { 本年新收: [1.5, '"/"', '"—"', "无", "~", 0, 1.5] },
    });
    const { findings } = check(text);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => textAt(text, f.range));
    expect(at("VAL-NUMERIC")).toEqual(["两件", "１２"]);
    expect(at("VAL-NONNEG")).toEqual(["-3"]);
    expect(at("VAL-INTEGER")).toEqual(["1.5", "1.5"]);
    expect(at("VAL-BLANK")).toEqual(['"/"', '"—"', "无"]);
    expect(at("VAL-REQUIRED")).toEqual(["~"]);
    expect(at("VAL-ANNOTATION")).toEqual(["22（其中修订16件）"]);
  });

  it("duplicate keys", () => {
    const text = buildYaml()
      .replace("\n复议诉讼:", "\n复议诉讼:\n  行政复议: [1, 0, 0, 0, 1]")
      .replace("\n其他事项:", "\n机关: 乙局\n其他事项:");
    const { findings } = check(text);
    const dups = findings.filter((f) => f.messageId === "YAML-SYNTAX.duplicateKey").map((f) => textAt(text, f.range));
    expect(dups).toEqual(["行政复议", "机关"]);
  });

  it("a BOM and CRLF line ends: ranges still point at the right text", () => {
    const lf = buildYaml({ t2: { 行政强制: "１２" }, t4: { 行政复议: [10, 1, 0, 0, 0] } }).replace(
      "\n  复议后起诉:",
      "\n  复议后起诉:",
    );
    const text = "\uFEFF" + lf.replace(/\n/g, "\r\n");
    const { findings } = check(text);
    expect(findings.filter((f) => f.code === "YAML-SYNTAX")).toEqual([]);
    expect(textAt(text, first(findings, "VAL-NUMERIC").range)).toBe("１２");
    expect(textAt(text, first(findings, "T4-ROWSUM").range)).toBe("0");
    const total = first(findings, "T4-ROWSUM").range;
    expect(text.slice(total.start - 14, total.end + 1)).toBe("[10, 1, 0, 0, 0]");
    const read = readReport(text);
    const agency = read.sourceMap.get("meta.agency")!.value!;
    expect(textAt(text, agency)).toBe('"测试市测试局"');
    expect(read.lineIndex.position(agency.start).line).toBe(1);
    expect(read.report.agency).toBe("测试市测试局");
    // CR alone (old Mac line ends) does not crash either.
    check(lf.replace(/\n/g, "\r"));
  });

  it("a 10 MB file is refused at once with YAML-LIMIT", () => {
    const text = buildYaml() + `其他事项补充: "${"文".repeat(10 * 1024 * 1024)}"\n`;
    const { findings, ms } = check(text);
    expect([...codes(findings)]).toContain("YAML-LIMIT");
    expect(first(findings, "YAML-LIMIT").message).toBe(
      `文件过大：${text.length} 个字符，上限为 500000（一份年报约 1 万字符）。文件没有被读取。`,
    );
    expect(ms).toBeLessThan(20_000);
  });

  it("a YAML alias bomb (billion laughs)", () => {
    const bomb = (levels: number) => {
      const lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1; i <= levels; i++)
        lines.push(`lol${i}: &lol${i} [${Array.from({ length: 10 }, () => `*lol${i - 1}`).join(", ")}]`);
      return lines.join("\n") + `\n依申请公开: *lol${levels}\n`;
    };
    // The classic nine levels (10^9 "lol"s) stay under the alias limit: nothing is ever expanded.
    const classic = check(bomb(9));
    expect(classic.ms).toBeLessThan(20_000);
    expect(first(classic.findings, "STR-TABLE-SHAPE").message).toBe(
      "「三、收到和处理政府信息公开申请情况」应是「键: 值」形式的映射，实际是列表。",
    );
    // Two more levels pass the limit, and the file is refused.
    const big = check(bomb(11));
    expect(first(big.findings, "YAML-LIMIT").message).toBe(
      "文件用了 111 个 YAML 别名（*名称），上限为 100：这可能是“别名炸弹”。文件没有被读取。年报不需要别名。",
    );
    expect(big.ms).toBeLessThan(20_000);
  });

  it("aliases in cells are read as the node they name, never expanded", () => {
    const body = buildYaml()
      .replace("复议后起诉: [0, 0, 0, 0, 0]", "复议后起诉: [*x, *x, 0, 0, 0]")
      .replace("行政许可: 0", "行政许可: *y");
    const text = `锚: &x [1, 2]\n锚2: &y 5\n${body}`;
    const { findings } = check(text);
    expect(findings.filter((f) => f.code === "VAL-NUMERIC").map((f) => textAt(text, f.range))).toEqual(["*x", "*x"]);
    expect(readReport(text).report.proactive.licensing!.decisions!.value).toBe(5);
    expect(textAt(text, readReport(text).sourceMap.get("proactive.licensing.decisions")!.value!)).toBe("*y");
  });

  it("a very long line", () => {
    const text = buildYaml({ other: "费".repeat(150_000) });
    const { findings, ms } = check(text);
    const f = first(findings, "YAML-LIMIT");
    expect(f.message).toBe(`这一行长 ${"其他事项: ".length + 150_002} 个字符，上限为 100000：通常是缺少换行。`);
    expect(findings.filter((x) => x.code === "STR-SECTIONS")).toEqual([]);
    expect(ms).toBeLessThan(20_000);
    // A long key full of brackets: the key matcher must stay linear.
    const key = check(buildYaml() + `${"(".repeat(90_000)}: 1\n`);
    expect(codes(key.findings)).toContain("STR-SECTIONS");
    expect(key.ms).toBeLessThan(20_000);
  });

  it("a long line of spaces among lines an indentation error made unreadable", () => {
    // Found by the language server's fuzz test: the key patterns took seconds on 2,000 spaces, hours on 10,000.
    const text = buildYaml().replace(/^ {2}行政许可:(.*)$/mu, `   行政许可:$1\n${" ".repeat(20_000)}x`);
    expect(text).toContain(`${" ".repeat(20_000)}x`);
    expect(codes(check(text).findings)).toContain("YAML-SYNTAX");
  });

  it("deeply nested flow collections", () => {
    for (const text of [
      `说明: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`,
      `说明: ${"{a: ".repeat(50_000)}${"}".repeat(50_000)}\n`,
      `说明:\n${"  [\n".repeat(100_000)}`,
    ]) {
      const { findings, ms } = check(text);
      expect(findings.find((f) => f.messageId === "YAML-LIMIT.depth")!.message).toMatch(
        /^方括号、花括号嵌套到了第 65 层，上限为 64 层/u,
      );
      expect(ms).toBeLessThan(20_000);
    }
  });

  it("thousands of YAML errors are listed up to the limit", () => {
    // 5,000 broken lines: thousands of errors, within the node limit (three nodes a line).
    const text = buildYaml() + "坏: b: c\n".repeat(5_000);
    const { findings, ms } = check(text);
    expect(findings.filter((f) => f.code === "YAML-SYNTAX").length).toBeLessThanOrEqual(100);
    expect(first(findings, "YAML-LIMIT").messageId).toBe("YAML-LIMIT.errors");
    expect(ms).toBeLessThan(10_000);
  });

  it("control characters, lone surrogates and NUL do not crash", () => {
    check(buildYaml({ other: "\u0000\u0007\ud800\udfff\u2028\u2029" }));
    check("机关: \u0000\n年度: \ud800\n");
    check("\u0000\u0000\u0000");
  });
});

describe("the reader stays linear", () => {
  /** A dense report-like text of about `n` characters: many unknown top-level keys with rows. */
  const dense = (n: number) => {
    const line = (i: number) => `键${i}: [${i}, 0, 0, 0, 0, 0, ${i}]\n`;
    let s = buildYaml();
    for (let i = 0; s.length < n; i++) s += line(i);
    return s;
  };
  const best = (text: string) => Math.min(...[0, 1].map(() => check(text).ms));

  it("a tenfold larger file takes at most about tenfold the time", { timeout: 120_000 }, () => {
    const small = best(dense(30_000));
    const large = best(dense(300_000));
    // Linear is ×10; allow for GC and a busy machine, but not for ×100 (quadratic).
    expect(large / small).toBeLessThan(30);
    expect(large).toBeLessThan(20_000);
  });
});
