import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparableText, coverage, repetition, ShingleTable } from "../../src/rules/crossyear/similarity.js";
import { buildYaml, textAt } from "@nianbao/test-support/build";
import { bothLocales, crossFindings } from "../support/crossyear.js";

const PROBLEMS_2022 =
  "2022年，我局政府信息公开工作取得了一定成效，但也存在一些不足：一是政府信息公开意识有待提升，部分科室对公开工作重视不够；二是政策解读形式较为单一，图解和视频解读偏少；三是依申请公开办理的规范性还需加强。针对2021年存在的问题，我局已组织专题培训3次，并建立了信息发布审核台账。";
/** Last year's text with the years and the count changed: what 30号 calls 内容雷同. */
const PROBLEMS_2023_COPIED = PROBLEMS_2022.replace("2022年", "2023年")
  .replace("2021年", "2022年")
  .replace("3次", "5次");
const NEW_WORDING =
  "今年我们把工作重心放在基层：乡镇公开专区的查阅服务仍不均衡，个别村居公开栏长期不更新，群众反映查找困难。下一步将按月抽查村居公开栏，组织镇街交叉评议，并把结果纳入年终考核。";

const PLATFORM_2022 =
  "完成政府门户网站集约化改版，统一规范了栏目设置，全年发布信息一千余条，并开通了政务新媒体矩阵，实现重要信息多渠道同步发布，群众获取信息更加便捷。";
const OVERSIGHT_2022 =
  "建立政府信息公开工作考核制度，将公开工作纳入年度绩效考核，聘请社会监督员开展评议，对发现的问题限期整改，全年未发生因政府信息公开引发的责任追究事件。";

const previous = buildYaml({
  year: 2022,
  overview: { 平台建设: PLATFORM_2022, 监督保障: OVERSIGHT_2022 },
  problems: PROBLEMS_2022,
  other: "本年度未收取信息处理费。",
});

describe("XY-SIMILARITY", () => {
  it("passes a section written afresh", () => {
    const text = buildYaml({
      year: 2023,
      overview: {
        平台建设: "本年重点建设了依申请公开网上办理系统，申请、补正、答复全流程线上留痕，办理时限提醒自动推送。",
      },
      problems: NEW_WORDING,
    });
    expect(crossFindings(text, previous, "XY-SIMILARITY")).toEqual([]);
  });

  it("flags last year's 五 with only the years and numbers changed as near-identical", () => {
    const text = buildYaml({ year: 2023, problems: PROBLEMS_2023_COPIED });
    const { zh, en } = bothLocales(text, previous, "XY-SIMILARITY");
    expect(zh).toHaveLength(1);
    const f = zh[0]!;
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "「五、存在的主要问题及改进情况」与上年报告几乎相同（重复 100%）：国办公开办函〔2021〕30号将「内容雷同」列为追责情形，请按本年度实际情况重写。",
    );
    expect(en[0]!.message).toBe(
      "「五、存在的主要问题及改进情况」 (Main problems and improvements) is nearly identical to last year's report (100% repeated): 国办公开办函〔2021〕30号 names copied content (内容雷同) as grounds for accountability; rewrite it from this year's work.",
    );
    expect(textAt(text, f.range)).toBe(JSON.stringify(PROBLEMS_2023_COPIED));
    const rel = f.related[0]!;
    expect(rel.document).toBe("previous");
    expect(textAt(previous, rel.range)).toBe(JSON.stringify(PROBLEMS_2022));
    expect(rel.message).toBe("上年报告：「五、存在的主要问题及改进情况」");
  });

  it("warns above half repeated, with the share in the message", () => {
    const half = PROBLEMS_2022.slice(0, 90) + NEW_WORDING.slice(0, 50);
    const text = buildYaml({ year: 2023, problems: half });
    const [f] = crossFindings(text, previous, "XY-SIMILARITY");
    expect(f!.messageId).toBe("XY-SIMILARITY.repeated");
    const percent = Number(/重复 (\d+)%/.exec(f!.message)![1]);
    expect(percent).toBeGreaterThan(50);
    expect(percent).toBeLessThan(90);
    expect(f!.message).toBe(
      `「五、存在的主要问题及改进情况」与上年报告重复 ${percent}%（超过 50%）：请结合本年度工作实际撰写，避免内容雷同。`,
    );
    expect(crossFindings(text, previous, "XY-SIMILARITY", { locale: "en" })[0]!.message).toBe(
      `「五、存在的主要问题及改进情况」 (Main problems and improvements) repeats ${percent}% of last year's report (more than 50%): write it from this year's work rather than copying (内容雷同).`,
    );
  });

  it("finds text moved to another topic of 一、总体情况 and points at where it came from", () => {
    const text = buildYaml({ year: 2023, overview: { 平台建设: OVERSIGHT_2022, 监督保障: NEW_WORDING } });
    const found = crossFindings(text, previous, "XY-SIMILARITY");
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.paths).toEqual(["overview.platform"]);
    expect(f.message).toContain("「一、总体情况 （四）政府信息公开平台建设」与上年报告几乎相同");
    expect(textAt(text, f.range)).toBe(JSON.stringify(OVERSIGHT_2022));
    expect(textAt(previous, f.related[0]!.range)).toBe(JSON.stringify(OVERSIGHT_2022));
    expect(f.related[0]!.message).toBe("上年报告：「一、总体情况 （五）监督保障」");
  });

  it("compares an overview written as one text with last year's topics", () => {
    const text = buildYaml({ year: 2023, overview: PLATFORM_2022 + OVERSIGHT_2022 });
    const [f] = crossFindings(text, previous, "XY-SIMILARITY");
    expect(f!.paths).toEqual(["overview"]);
    expect(f!.message).toContain("「一、总体情况」与上年报告几乎相同");
  });

  it("leaves short statements alone: a fee statement may rightly be the same every year", () => {
    const text = buildYaml({ year: 2023, other: "本年度未收取信息处理费。", problems: NEW_WORDING });
    expect(crossFindings(text, previous, "XY-SIMILARITY")).toEqual([]);
  });

  it("says nothing for reports that are not consecutive years", () => {
    expect(crossFindings(buildYaml({ year: 2021, problems: PROBLEMS_2022 }), previous, "XY-SIMILARITY")).toEqual([]);
  });
});

describe("the similarity measure", () => {
  it("ignores years, numbers, punctuation and spacing", () => {
    expect(comparableText("2023年收到申请 21 件，同比增长 3.5%。二〇二三年")).toBe("年收到申请件同比增长年");
    expect(repetition("2024年，共收到申请95件。", ["2023 年共收到申请 21 件"]).ratio).toBe(1);
  });

  it("scores disjoint texts 0 and a copy inside a longer text 1", () => {
    expect(repetition(NEW_WORDING, [PROBLEMS_2022]).ratio).toBeLessThan(0.1);
    expect(repetition(PLATFORM_2022, [`${OVERSIGHT_2022}${PLATFORM_2022}`]).ratio).toBe(1);
  });

  it("counts each character once where matching runs overlap", () => {
    // Every 5-character run of the current text is in the previous one: coverage is the length, no more.
    const r = repetition("政府信息公开工作", ["政府信息公开工作"]);
    expect(r).toEqual({ ratio: 1, length: 8 });
    expect(repetition("政府信息公开甲乙丙丁戊己", ["政府信息公开"]).ratio).toBe(0.5);
  });

  it("compares exactly what its definition says, whatever the characters (the definition as the oracle)", () => {
    // NFKC, then without Arabic figures and Chinese-numeral years, letters only, lower-cased.
    const definition = (t: string) =>
      t
        .normalize("NFKC")
        .replace(/[0-9]+(?:[.,][0-9]+)*%?|[〇零一二三四五六七八九]{4}(?=年)/gu, "")
        .replace(/[^\p{L}]/gu, "")
        .toLowerCase();
    const pieces = [
      "〇",
      "零",
      "一",
      "二",
      "九",
      "年",
      "2",
      "０",
      "１",
      ".",
      ",",
      "%",
      "，",
      "。",
      "、",
      "々",
      " ",
      "\n",
      "A",
      "Ｂ",
      "é",
      "e\u0301",
      "İ",
      "ß",
      "Σ",
      "ﬁ",
      "㍿",
      "Ⅻ",
      "😀",
      "𠀀",
      "\ud800",
      "\udc00",
      "政",
      "府",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (chars) => {
        const text = chars.join("");
        expect(comparableText(text)).toBe(definition(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds a shingle in the table exactly when one of last year's texts has it", () => {
    const pieces = ["政", "府", "信", "息", "公", "开", "a", "b"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((c) => c.join(""));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (current, previous) => {
        const k = 3;
        const table = new ShingleTable(previous, k);
        for (let i = 0; i + k <= current.length; i++)
          expect(table.has(current, i)).toBe(previous.some((p) => p.includes(current.slice(i, i + k))));
        expect(coverage(current, table, k).length).toBe(current.length);
        // Each text's share in one pass is its share against a table of that text alone.
        expect(table.coverageByText(current)).toEqual(
          previous.map((p) => (current.length < k ? 0 : coverage(current, new ShingleTable([p], k), k).ratio)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
