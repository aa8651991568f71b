import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES } from "./examples.js";

const CODE = "NAR-SEC1-PARTS";
const en = { locale: "en" } as const;

describe(CODE, () => {
  it("accepts an overview with its five topics (平潭 2022), or one text that speaks of each (沭阳 2025 style)", () => {
    expect(findingsOf(buildYaml(EXAMPLES.pingtan2022), CODE)).toEqual([]);
    const text = buildYaml({
      overview:
        "全年主动公开信息 10 条；依申请公开工作规范；严格落实信息发布审核制度；加强平台建设；强化监督检查和考核。",
    });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("reports each missing topic at the 总体情况 key (the Hangzhou-style fixture has only two)", () => {
    const text = buildYaml(EXAMPLES.hangzhou2025);
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [f.severity, textAt(text, f.range)])).toEqual([
      ["warning", "总体情况"],
      ["warning", "总体情况"],
      ["warning", "总体情况"],
    ]);
    expect(found.map((f) => f.message).sort()).toEqual(
      [
        "「一、总体情况」缺少「（三）政府信息管理」部分（可用键「政府信息管理」填写），其他部分也没有提到。",
        "「一、总体情况」缺少「（四）政府信息公开平台建设」部分（可用键「平台建设」填写），其他部分也没有提到。",
        "「一、总体情况」缺少「（五）监督保障」部分（可用键「监督保障」填写），其他部分也没有提到。",
      ].sort(),
    );
    expect(findingsOf(text, CODE, en).map((f) => f.message)).toContain(
      "「一、总体情况」 (overview) has no 「（五）监督保障」 (oversight) part (key 「监督保障」), and its other parts do not mention it either.",
    );
  });

  it("accepts a missing topic that another topic covers", () => {
    const text = buildYaml({
      overview: {
        主动公开: "主动公开信息 10 条。",
        依申请公开: "规范办理。",
        政府信息管理: "严格发布审核。",
        平台建设: "加强平台建设，强化监督检查。",
      },
    });
    expect(findingsOf(text, CODE)).toEqual([]);
  });

  it("reports a part that a one-text overview never mentions (上海科委 2024 has 工作机制保障, no 监督)", () => {
    const text = buildYaml({
      overview:
        EXAMPLES.kewei2024.overview +
        "\n五、政府信息管理\n加强公文公开属性审查。\n六、政府信息公开平台建设\n优化门户网站。",
    });
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ["总体情况", "「一、总体情况」没有写到「（五）监督保障」方面的情况。"],
    ]);
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "「一、总体情况」 (overview) says nothing about 「（五）监督保障」 (oversight).",
    );
  });

  it("says a part written but left empty (as a new report starts) is not filled in yet, on its empty value", () => {
    const text = buildYaml({
      overview: {
        主动公开: "主动公开信息 10 条。",
        依申请公开: "",
        政府信息管理: "严格发布审核。",
        平台建设: "加强平台建设。",
        监督保障: "强化监督检查。",
      },
    });
    const found = findingsOf(text, CODE);
    expect(found.map((f) => [textAt(text, f.range), f.message])).toEqual([
      ['""', "「一、总体情况」的「（二）依申请公开」部分尚未填写。"],
    ]);
    expect(found[0]!.paths).toEqual(["overview.onRequest"]);
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The 「（二）依申请公开」 (disclosure on request) part of 「一、总体情况」 (overview) is not filled in yet.",
    );
  });
});
