import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRead, readReport } from "@nianbao/core";
import { describe, expect, it } from "vitest";
import { fixText } from "../src/check/fix.js";
import { buildYaml } from "./support/run.js";

const OPTIONS = { today: "2026-06-30" } as const;
const EXAMPLES = join(import.meta.dirname, "../../../examples");
const autoFixes = (text: string) =>
  checkRead(readReport(text), OPTIONS).filter((f) => f.fix?.applicability === "auto").length;

describe("fixText", () => {
  it("recomputes 洪泽区 2023's table 四 totals and writes its mistyped label as read, nothing else", () => {
    const text = readFileSync(join(EXAMPLES, "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml"), "utf8");
    const fixed = fixText(text, OPTIONS);
    expect(fixed.state).toBe("settled");
    expect(fixed.applied).toEqual({ "T4-ROWSUM": 2, "STR-ROW-LABELS": 1 });
    const before = text.split("\n");
    const after = fixed.text.split("\n");
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([
      [
        "      其他法律行政止公开:   [ 0, 0, 0, 0, 0, 0,  0]",
        "      其他法律行政法规禁止公开:   [ 0, 0, 0, 0, 0, 0,  0]",
      ],
      ["  行政复议:         [10, 1, 0, 0, 0]", "  行政复议:         [10, 1, 0, 0, 11]"],
      ["  复议后起诉:       [ 5, 0, 0, 0, 0]", "  复议后起诉:       [ 5, 0, 0, 0, 5]"],
    ]);
    // Idempotent: nothing is left to apply, and a second run changes nothing.
    expect(autoFixes(fixed.text)).toBe(0);
    expect(fixText(fixed.text, OPTIONS)).toEqual({ text: fixed.text, applied: {}, state: "settled" });
  });

  it("applies fixes that only appear once another is applied, pass after pass", () => {
    // The row's 总计 is wrong; once it is recomputed, （七）总计's 总计 no longer adds up either.
    const text = buildYaml({
      t3: {
        本年新收: [1, 0, 0, 0, 0, 0, 1],
        予以公开: [1, 0, 0, 0, 0, 0, 0],
        总计: [1, 0, 0, 0, 0, 0, 0],
      },
    });
    const fixed = fixText(text, OPTIONS);
    expect(fixed.state).toBe("settled");
    expect(fixed.text).toContain("予以公开: [1, 0, 0, 0, 0, 0, 1]");
    expect(fixed.text).toMatch(/\n {4}总计: \[1, 0, 0, 0, 0, 0, 1\]/);
    expect(Object.values(fixed.applied).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    expect(autoFixes(fixed.text)).toBe(0);
  });

  it("leaves suggestions to the author", () => {
    const text = buildYaml({ t4: { 行政复议: ['"-"', 0, 0, 0, 0] } });
    const findings = checkRead(readReport(text), OPTIONS);
    expect(findings.some((f) => f.code === "VAL-BLANK" && f.fix?.applicability === "suggestion")).toBe(true);
    expect(fixText(text, OPTIONS)).toEqual({ text, applied: {}, state: "settled" });
  });

  it("never touches a text YAML cannot read", () => {
    const text = buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }).replace(
      "行政复议: [2, 0, 0, 0, 0]",
      "行政复议: [2, 0, 0, 0, 0",
    );
    expect(fixText(text, OPTIONS)).toEqual({ text, applied: {}, state: "unreadable" });
  });
});
