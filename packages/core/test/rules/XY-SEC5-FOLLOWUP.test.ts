import { describe, expect, it } from "vitest";
import { followsUp, listsProblems } from "../../src/rules/crossyear/XY-SEC5-FOLLOWUP.js";
import { buildYaml, textAt } from "@nianbao/test-support/build";
import { bothLocales, crossFindings } from "../support/crossyear.js";

const PROBLEMS_2022 = "一是政府信息公开意识有待提升；二是政策解读形式较为单一；三是公开渠道的多样性有待提升。";
const previous = buildYaml({ year: 2022, problems: PROBLEMS_2022 });
const THIS_YEAR_ONLY =
  "一是依申请公开答复文书规范性有待提高；二是政务新媒体运维管理还需加强。下一步，我局将加强业务培训，完善答复模板。";

describe("XY-SEC5-FOLLOWUP", () => {
  it("passes a 五 that reports on last year's problems (石龙区 2023)", () => {
    const text = buildYaml({
      year: 2023,
      problems: `${THIS_YEAR_ONLY}\n针对2022年存在问题的改进情况：一是重视政府公开信息工作，主动公开，及时公开；二是安排专人参加培训学习。`,
    });
    expect(crossFindings(text, previous, "XY-SEC5-FOLLOWUP")).toEqual([]);
  });

  it("flags a 五 that speaks only of this year and next", () => {
    const text = buildYaml({ year: 2023, problems: THIS_YEAR_ONLY });
    const { zh, en } = bothLocales(text, previous, "XY-SEC5-FOLLOWUP");
    expect(zh).toHaveLength(1);
    const f = zh[0]!;
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "「五、存在的主要问题及改进情况」没有提到上年报告所列问题的改进情况：上年报告第五部分列出了存在的问题，本年应说明改进情况（如「针对2022年存在问题的改进情况」）。",
    );
    expect(en[0]!.message).toBe(
      "「五、存在的主要问题及改进情况」 (Main problems and improvements) does not mention how the problems named in last year's report were remedied: last year's section 五 lists problems, and this year's should report on them (e.g. a paragraph “针对2022年存在问题的改进情况”).",
    );
    expect(textAt(text, f.range)).toBe(JSON.stringify(THIS_YEAR_ONLY));
    const rel = f.related[0]!;
    expect(rel.document).toBe("previous");
    expect(textAt(previous, rel.range)).toBe(JSON.stringify(PROBLEMS_2022));
    expect(rel.message).toBe("上年报告：「五、存在的主要问题及改进情况」");
  });

  it("says nothing when last year's 五 listed no problems", () => {
    const none = buildYaml({ year: 2022, problems: "无。" });
    expect(crossFindings(buildYaml({ year: 2023, problems: THIS_YEAR_ONLY }), none, "XY-SEC5-FOLLOWUP")).toEqual([]);
    const denial = buildYaml({ year: 2022, problems: "本年度未发现存在问题。" });
    expect(crossFindings(buildYaml({ year: 2023, problems: THIS_YEAR_ONLY }), denial, "XY-SEC5-FOLLOWUP")).toEqual([]);
  });

  it("says nothing for reports that are not consecutive years", () => {
    expect(crossFindings(buildYaml({ year: 2025, problems: THIS_YEAR_ONLY }), previous, "XY-SEC5-FOLLOWUP")).toEqual(
      [],
    );
  });

  it("accepts the ways a report names last year", () => {
    for (const s of [
      "针对上年度报告中的问题，已逐项整改。",
      "去年提出的不足已得到改进。",
      "二〇二二年存在的问题均已落实整改。",
      "对 2022 年度存在的问题进行了改进。",
      "上一年问题的整改情况：已完成。",
    ])
      expect(followsUp(s, 2022), s).toBe(true);
  });

  it("does not take a mere comparison with last year for a follow-up", () => {
    expect(followsUp("本年收到申请数比上年增长一成。一是公开内容不够丰富。", 2022)).toBe(false);
    expect(followsUp("针对12022年问题", 2022)).toBe(false);
  });

  it("recognises a 五 that names problems", () => {
    expect(listsProblems(PROBLEMS_2022)).toBe(true);
    expect(listsProblems("无")).toBe(false);
    expect(listsProblems("本年度工作平稳推进。")).toBe(false);
  });
});
