import { describe, expect, it } from "vitest";
import { confusable } from "../../src/rules/meta/confusables.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "META-AGENCY";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts a short form of the name and neighbouring places (洪泽区 2023, 宿迁 2023)", () => {
    expect(
      findingsOf(buildYaml({ ...EXAMPLES.hongze2023, title: "洪泽区人民政府 2023 年政府信息公开工作年度报告" }), CODE),
    ).toEqual([]);
    // 宿城区 is one character off 宿豫区, but a real neighbour, not a misspelling.
    expect(
      findingsOf(
        buildYaml({ agency: "宿迁市宿豫区人民政府", overview: { 主动公开: "与宿城区联合开展政务公开专区建设。" } }),
        CODE,
      ),
    ).toEqual([]);
  });

  it("reports 沭阳 2025's title 沐阳县人民政府, at the name, with a fix", () => {
    const text = buildYaml(EXAMPLES.shuyang2025);
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("沐阳县人民政府");
    expect(f!.message).toBe(
      "「沐阳县人民政府」与机关名称「沭阳县人民政府」只差一个形近字，可能是识别或录入错误（机关：沭阳县人民政府）。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "「沐阳县人民政府」 is one look-alike character off the agency name 「沭阳县人民政府」: probably an OCR or typing error (agency: 沭阳县人民政府).",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(['"沭阳县人民政府"']);
    expect(f!.fix!.edits.map((e) => [textAt(text, e.range), e.newText])).toEqual([
      ["沐阳县人民政府", "沭阳县人民政府"],
    ]);
  });

  it("reports the place name of the agency misspelt in the narrative", () => {
    const text = buildYaml({
      agency: "沭阳县人民政府",
      overview: { 主动公开: "现将沐阳县2025年政府信息公开年度报告向社会公布。" },
    });
    expect(findingsOf(text, CODE).map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["沐阳县", "「沐阳县」与机关名称「沭阳县」只差一个形近字，可能是识别或录入错误（机关：沭阳县人民政府）。"],
    ]);
  });

  // Routed by rules/observed.ts to one rule (STR-SECTIONS until it names META-AGENCY): reported once.
  it("reports an empty 机关 exactly once", () => {
    const text = buildYaml({ agency: "" });
    const found = [...findingsOf(text, CODE), ...findingsOf(text, "STR-SECTIONS")].filter((f) =>
      f.paths.includes("meta.agency"),
    );
    expect(found.map((f) => textAt(text, f.range))).toEqual(['""']);
    if (found[0]!.code === CODE) expect(found[0]!.message).toBe("「机关」写作「」，不是有效的机关名称。");
  });

  it("knows look-alikes only", () => {
    expect([confusable("沭", "沐"), confusable("己", "巳"), confusable("城", "豫"), confusable("沭", "沭")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
