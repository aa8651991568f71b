import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("STR-TITLE", () => {
  it("accepts no title, and titles naming the agency and the year", () => {
    expect(findingsOf(buildYaml(), "STR-TITLE")).toEqual([]);
    for (const title of [
      "测试市测试局2023年政府信息公开工作年度报告",
      "测试市测试局 2023 年 政府信息公开工作年度报告",
      "2023年测试市测试局政府信息公开工作年度报告",
      "测试市测试局2023年度政府信息公开工作年度报告",
    ])
      expect(findingsOf(buildYaml({ title }), "STR-TITLE"), title).toEqual([]);
  });

  it("accepts the agency without the region above it (洪泽区 2023)", () => {
    expect(
      findingsOf(
        buildYaml({ agency: "淮安市洪泽区人民政府", title: "洪泽区人民政府 2023 年政府信息公开工作年度报告" }),
        "STR-TITLE",
      ),
    ).toEqual([]);
  });

  it("flags a title with a misread agency name (沭阳 2025 reads 沐阳), with a fix", () => {
    const text = buildYaml({
      agency: "沭阳县人民政府",
      year: 2025,
      title: "沐阳县人民政府 2025 年 政府信息公开工作年度报告",
    });
    const [f, ...rest] = findingsOf(text, "STR-TITLE");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe('"沐阳县人民政府 2025 年 政府信息公开工作年度报告"');
    expect(f!.message).toBe(
      "标题「沐阳县人民政府 2025 年 政府信息公开工作年度报告」没有机关名称「沭阳县人民政府」。应写作「沭阳县人民政府2025年政府信息公开工作年度报告」这样的标题。",
    );
    expect(f!.fix!.title).toBe("改为「沭阳县人民政府2025年政府信息公开工作年度报告」");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("\n标题: 沭阳县人民政府2025年政府信息公开工作年度报告\n");
    expect(findingsOf(fixed, "STR-TITLE")).toEqual([]);
    const [en] = findingsOf(text, "STR-TITLE", { locale: "en" });
    expect(en!.message).toBe(
      "The title 「沐阳县人民政府 2025 年 政府信息公开工作年度报告」 does not name the agency 「沭阳县人民政府」. It should read like 「沭阳县人民政府2025年政府信息公开工作年度报告」.",
    );
  });

  it("flags an abbreviated agency (上海市科委 for 上海市科学技术委员会)", () => {
    const text = buildYaml({
      agency: "上海市科学技术委员会",
      year: 2024,
      title: "2024 年上海市科委政府信息公开工作年度报告",
    });
    expect(findingsOf(text, "STR-TITLE")).toHaveLength(1);
  });

  it("names every problem of a title in one finding", () => {
    const text = buildYaml({ title: "某局工作报告" });
    const [f, ...rest] = findingsOf(text, "STR-TITLE");
    expect(rest).toEqual([]);
    expect(f!.message).toBe(
      "标题「某局工作报告」没有机关名称「测试市测试局」，没有报告年度「2023年」，不是以「政府信息公开工作年度报告」结尾。应写作「测试市测试局2023年政府信息公开工作年度报告」这样的标题。",
    );
    const [en] = findingsOf(text, "STR-TITLE", { locale: "en" });
    expect(en!.message).toBe(
      "The title 「某局工作报告」 does not name the agency 「测试市测试局」; does not name the report year 「2023年」; does not end with 「政府信息公开工作年度报告」. It should read like 「测试市测试局2023年政府信息公开工作年度报告」.",
    );
  });

  it("flags the wrong year", () => {
    const [f] = findingsOf(buildYaml({ title: "测试市测试局2022年政府信息公开工作年度报告" }), "STR-TITLE");
    expect(f!.message).toBe(
      "标题「测试市测试局2022年政府信息公开工作年度报告」没有报告年度「2023年」。应写作「测试市测试局2023年政府信息公开工作年度报告」这样的标题。",
    );
  });

  it("flags a title that is not text", () => {
    const text = buildYaml().replace("年度: 2023", "年度: 2023\n标题: [甲, 乙]");
    const [f] = findingsOf(text, "STR-TITLE");
    expect(textAt(text, f!.range)).toBe("[甲, 乙]");
    expect(f!.message).toBe("「标题」应是一段文字。");
    const [en] = findingsOf(text, "STR-TITLE", { locale: "en" });
    expect(en!.message).toBe("「标题」 (title) should be text.");
  });
});
