import { describe, expect, it } from "vitest";
import { CATALOGUES, DEFAULT_LIMITS } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

describe("YAML-LIMIT", () => {
  it("is silent on a report within every limit", () => {
    expect(findingsOf(buildYaml(), "YAML-LIMIT")).toEqual([]);
  });

  it("refuses a file over the size limit, saying the limit and the size", () => {
    const text = buildYaml();
    const [f, ...rest] = findingsOf(text, "YAML-LIMIT", { limits: { maxLength: 1000 } });
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    expect(f!.message).toBe(`文件过大：${text.length} 个字符，上限为 1000（一份年报约 1 万字符）。文件没有被读取。`);
    expect(textAt(text, f!.range)).toBe("格式: 2021");
    const [en] = findingsOf(text, "YAML-LIMIT", { locale: "en", limits: { maxLength: 1000 } });
    expect(en!.message).toBe(
      `File too large: ${text.length} characters, the limit is 1000 (a report is about 10,000). The file was not read.`,
    );
  });

  it("refuses an alias bomb, at the first alias", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i <= 12; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
    const text = buildYaml() + lines.join("\n") + "\n";
    const [f] = findingsOf(text, "YAML-LIMIT");
    expect(f!.message).toBe(
      "文件用了 120 个 YAML 别名（*名称），上限为 100：这可能是“别名炸弹”。文件没有被读取。年报不需要别名。",
    );
    expect(textAt(text, f!.range)).toBe("*a0");
    const [en] = findingsOf(text, "YAML-LIMIT", { locale: "en" });
    expect(en!.message).toBe(
      "The file uses 120 YAML aliases (*name), the limit is 100: this may be an alias bomb. The file was not read. A report needs no aliases.",
    );
  });

  it("refuses deeply nested brackets before parsing them", () => {
    const text = `说明: ${"[".repeat(65)}${"]".repeat(65)}\n`;
    const [f] = findingsOf(text, "YAML-LIMIT");
    expect(f!.message).toBe("方括号、花括号嵌套到了第 65 层，上限为 64 层（年报最多两层）。文件没有被读取。");
    expect(f!.range).toEqual({ start: 4 + 64, end: 4 + 65 });
    expect(textAt(text, f!.range)).toBe("[");
    const [en] = findingsOf(text, "YAML-LIMIT", { locale: "en" });
    expect(en!.message).toBe(
      "Brackets and braces nest 65 deep here, the limit is 64 (a report nests two deep). The file was not read.",
    );
  });

  it("does not count brackets inside quotes or comments", () => {
    const text = buildYaml({ other: "[".repeat(100) }) + `# ${"{".repeat(100)}\n`;
    expect(findingsOf(text, "YAML-LIMIT")).toEqual([]);
  });

  it("flags an overlong line and still reads the file", () => {
    const text = buildYaml({ problems: "问".repeat(200) });
    const fs = findingsOf(text, "YAML-LIMIT", { limits: { maxLineLength: 150 } });
    expect(fs).toHaveLength(1);
    const line = text.split("\n").find((l) => l.length > 150)!;
    expect(fs[0]!.message).toBe(`这一行长 ${line.length} 个字符，上限为 150：通常是缺少换行。`);
    expect(fs[0]!.range.start).toBe(text.indexOf(line));
    expect(findingsOf(text, "STR-SECTIONS", { limits: { maxLineLength: 150 } })).toEqual([]);
    const [en] = findingsOf(text, "YAML-LIMIT", { locale: "en", limits: { maxLineLength: 150 } });
    expect(en!.message).toBe(
      `This line is ${line.length} characters long, the limit is 150: usually a missing line break.`,
    );
  });

  it("lists only the first YAML errors and says how many there are", () => {
    const text = buildYaml() + "坏: [\n".repeat(30);
    const syntax = findingsOf(text, "YAML-SYNTAX", { limits: { maxErrors: 5 } });
    expect(syntax).toHaveLength(5);
    const [f] = findingsOf(text, "YAML-LIMIT", { limits: { maxErrors: 5 } });
    expect(f!.message).toMatch(/^YAML 语法错误过多：共 \d+ 个，只列出前 5 个。请先改正前面的错误。$/);
    expect(Number(/共 (\d+) 个/.exec(f!.message)![1])).toBeGreaterThan(5);
    expect(f!.range.end).toBeLessThanOrEqual(text.length);
  });

  it("names the default limits in the rules reference as they are in the code", () => {
    const summary = CATALOGUES.en["rule.YAML-LIMIT.summary"]!;
    for (const n of [
      DEFAULT_LIMITS.maxLength,
      DEFAULT_LIMITS.maxAliases,
      DEFAULT_LIMITS.maxDepth,
      DEFAULT_LIMITS.maxLineLength,
      DEFAULT_LIMITS.maxErrors,
    ])
      expect(summary).toContain(n.toLocaleString("en"));
  });
});
