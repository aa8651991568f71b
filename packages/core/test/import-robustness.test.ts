/**
 * Import never throws and stays fast on hostile or broken input: random fragments of reports,
 * markup bombs, endless digit runs, and texts long enough to expose any quadratic step.
 */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";

const KINDS = [undefined, "tsv", "layout", "markdown", "html", "flattened"] as const;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("import robustness", () => {
  it("never throws on random fragments of reports, whatever reader is forced on them", () => {
    const pieces = [
      "<",
      ">",
      "<td>",
      "</tr>",
      "<table>",
      "|",
      "|---|",
      "\t",
      " ",
      "  ",
      "\n",
      "0",
      "1",
      "9",
      "12.5",
      "、",
      "四",
      "一、总体情况",
      "三、收到和处理政府信息公开申请情况",
      "规章",
      "本年新收政府信息公开申请数量",
      "（",
      "）",
      "&amp",
      "&#x",
      "-",
      "/",
      "“",
      "注：",
      "%PDF-",
      "（七）总计",
      "行政复议",
    ];
    const next = random(7);
    for (let n = 0; n < 150; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 300) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join("");
      for (const kind of KINDS) {
        const result = importReport(text, kind ? { kind } : {});
        expect(typeof result.yaml).toBe("string");
      }
    }
    // A generous bound: the machine running the tests may be busy with other suites.
  }, 120_000);

  it.each([
    ["a run of '<'", "<".repeat(500_000)],
    ["unclosed nested tables", "<table><tr><td>".repeat(50_000)],
    ["one run of a million digits", "1".repeat(1_000_000)],
    ["fifty thousand prose lines", `${"文字".repeat(20)}\n`.repeat(50_000)],
    ["forty thousand pipe rows", `|${"1|".repeat(20)}\n`.repeat(40_000)],
    ["a glued table repeated", "规章000行政规范性文件8855698一、本年新收政府信息公开申请数量 713000074".repeat(20_000)],
  ])(
    "reads %s in bounded time",
    (_name, text) => {
      const start = performance.now();
      const result = importReport(text);
      expect(result.report).toBeTruthy();
      // Linear work on inputs of this size takes well under a second; a quadratic step takes minutes.
      expect(performance.now() - start).toBeLessThan(15_000);
    },
    60_000,
  );
});
