import { describe, expect, it } from "vitest";
import { SEC5_MIN_LETTERS } from "../../src/rules/narrative/NAR-SEC5-NONEMPTY.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "NAR-SEC5-NONEMPTY";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts a real 五, down to the one-problem abridgement of the Hangzhou-style fixture", () => {
    expect(findingsOf(buildYaml(EXAMPLES.pingtan2022), CODE)).toEqual([]);
    expect(findingsOf(buildYaml(EXAMPLES.hangzhou2025), CODE)).toEqual([]);
    expect(findingsOf(buildYaml({ problems: "政策解读形式单一，下一步将丰富解读形式，提升解读质量。" }), CODE)).toEqual(
      [],
    );
  });

  it("reports 「无」 at the section's text", () => {
    const text = buildYaml({ problems: "无。" });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe('"无。"');
    expect(f!.message).toBe("「五、存在的主要问题及改进情况」只写了「无」。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "「五、存在的主要问题及改进情况」 (problems and improvements) only says 「无」.",
    );
  });

  it("reports an empty section", () => {
    const text = buildYaml({ problems: "  " });
    expect(findingsOf(text, CODE).map((f) => f.message)).toEqual(["「五、存在的主要问题及改进情况」是空的。"]);
  });

  it(`reports a text of fewer than ${SEC5_MIN_LETTERS} letters`, () => {
    const text = buildYaml({ problems: "本年度工作中未发现明显问题。" });
    expect(findingsOf(text, CODE).map((f) => f.message)).toEqual([
      "「五、存在的主要问题及改进情况」只有 13 个字，少于 20 个字，难以说清问题和改进措施。",
    ]);
    expect(findingsOf(text, CODE, en).map((f) => f.message)).toEqual([
      "「五、存在的主要问题及改进情况」 (problems and improvements) has only 13 characters, fewer than 20: too short to state a problem and its remedy.",
    ]);
  });
});
