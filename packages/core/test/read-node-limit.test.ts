import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUES, DEFAULT_LIMITS, readReport } from "../src/index.js";
import { tooManyNodes } from "../src/read/node-count.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";

const examples = new URL("../../../examples/", import.meta.url);

describe("the YAML node limit (YAML-LIMIT.nodes)", () => {
  it("refuses a text of tiny nodes before parsing it, at the node past the limit", () => {
    const head = buildYaml();
    const text = `${head}说明: [${"1,".repeat(30_000)}1]\n`;
    const t0 = performance.now();
    const [f, ...rest] = findingsOf(text, "YAML-LIMIT");
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    expect(readReport(head).observations).toEqual([]);
    // 30,001 numbers, the list itself, and the nodes of the complete report before it.
    const count = Number(/：(\d+) 个节点/.exec(f!.message)![1]);
    expect(count).toBeGreaterThan(30_001);
    expect(f!.message).toBe(`文件结构过于庞大：${count} 个节点，上限为 20000。文件没有被读取。`);
    const [en] = findingsOf(text, "YAML-LIMIT", { locale: "en" });
    expect(en!.message).toBe(
      `The file's structure is too large: ${count} nodes, the limit is 20000. The file was not read.`,
    );
    expect(textAt(text, f!.range)).toBe("1");
    expect(f!.range.start).toBeGreaterThan(head.length);
    // Nothing was read: no other rule has anything to say.
    expect(readReport(text).sourceMap.size).toBe(0);
  });

  it("counts past a BOM and lexer markers to the right character", () => {
    const text = `\uFEFFa: [${"x, ".repeat(60)}y]\n`;
    const [f] = findingsOf(text, "YAML-LIMIT", { limits: { maxNodes: 50 } });
    expect(textAt(text, f!.range)).toBe("x");
    // The 51st node: after the key a and the list, the 49th x.
    expect(text.slice(0, f!.range.start).split("x").length - 1).toBe(48);
  });

  it("is silent on every example report and on a long report of prose", () => {
    for (const f of readdirSync(examples).filter((n) => n.endsWith(".nianbao.yaml"))) {
      const text = readFileSync(new URL(f, examples), "utf8");
      expect(findingsOf(text, "YAML-LIMIT"), f).toEqual([]);
      expect(tooManyNodes(text, 1_000), f).toBeNull();
    }
    const prose = buildYaml({ problems: "一是公开内容不够丰富，二是解读形式单一。".repeat(3_000) });
    expect(prose.length).toBeGreaterThan(DEFAULT_LIMITS.maxNodes);
    expect(findingsOf(prose, "YAML-LIMIT")).toEqual([]);
  });

  it("never counts more nodes than characters, so short texts need no count", () => {
    const alphabet = fc.constantFrom(
      "-",
      " ",
      "\n",
      "[",
      "]",
      "{",
      "}",
      ",",
      ":",
      "a",
      "'",
      '"',
      "|",
      "*",
      "&",
      "#",
      "?",
      "\t",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((cs) => cs.join("")),
        (text) => {
          expect(tooManyNodes(text, 0)?.count ?? 0).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 5_000, seed: 7 },
    );
  });

  it("is named in the rules reference with its default", () => {
    expect(CATALOGUES.en["rule.YAML-LIMIT.summary"]).toContain(
      `YAML nodes (${DEFAULT_LIMITS.maxNodes.toLocaleString("en")})`,
    );
    expect(CATALOGUES["zh-CN"]["rule.YAML-LIMIT.summary"]).toContain(
      `YAML 节点（${DEFAULT_LIMITS.maxNodes.toLocaleString("en")} 个）`,
    );
  });
});
