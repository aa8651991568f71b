import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { EXAMPLES, withText } from "./examples.js";

const CODE = "NAR-SEC6-FEE";
const en = { locale: "en" } as const;
const ZERO = [0, 0, 0, 0, 0, 0, 0];

describe(CODE, () => {
  it("accepts the real fee statements: itemised (宿迁 2023/2024, 沭阳 2025), collected (淮安), none (上海, 上海科委, 平潭)", () => {
    for (const name of [
      "suqian2023",
      "suqian2024",
      "shuyang2025",
      "huaian2024",
      "hangzhou2025",
      "shanghai2025",
      "kewei2024",
      "pingtan2022",
    ] as const)
      expect(findingsOf(buildYaml(EXAMPLES[name]), CODE)).toEqual([]);
  });

  it("does not compare the fee with table 二's 行政事业性收费 (宿迁 2023: 59237.2449 万元 against 2950 元)", () => {
    expect(EXAMPLES.suqian2023.t2.行政事业性收费).toBe(59237.2449);
    expect(findingsOf(buildYaml(EXAMPLES.suqian2023), CODE)).toEqual([]);
  });

  it("reports a 六 that says nothing about the fee, at 六", () => {
    const text = buildYaml({ other: "本年度无其他需要报告的事项。" });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe('"本年度无其他需要报告的事项。"');
    expect(f!.message).toBe("「六、其他需要报告的事项」没有说明信息处理费的收取情况（收取金额，或写明未收取）。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "「六、其他需要报告的事项」 (other matters) does not state the information-processing fee (the amount collected, or that none was charged).",
    );
  });

  it("names the unpaid fee notices of table 三 when 六 is silent about fees", () => {
    const text = buildYaml({
      other: "本年度无其他需要报告的事项。",
      t3: { 本年新收: [2, 0, 0, 0, 0, 0, 2], 逾期未缴费: [2, 0, 0, 0, 0, 0, 2], 总计: [2, 0, 0, 0, 0, 0, 2] },
    });
    const [f] = findingsOf(text, CODE);
    expect(f!.message).toBe(
      "表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」「总计」为 2 件，说明本年发出过收费通知，但「六、其他需要报告的事项」没有说明信息处理费情况。",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["2"]);
  });

  it("reports 未收取 when table 三 shows fee notices went unpaid, at the words", () => {
    const text = buildYaml({
      other: "本年度未收取信息处理费。",
      t3: { 本年新收: [3, 0, 0, 0, 0, 0, 3], 逾期未缴费: [3, 0, 0, 0, 0, 0, 3], 总计: [3, 0, 0, 0, 0, 0, 3] },
    });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("未收取信息处理费");
    expect(f!.message).toBe(
      "「六、其他需要报告的事项」写「未收取信息处理费」，但表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」「总计」为 3 件，说明本年发出过收费通知；请写明收费通知的件数和金额。",
    );
    // Stating the notices answers it.
    expect(
      findingsOf(
        buildYaml({
          other: "本年度发出收费通知 3 件，申请人均未缴费，未收取信息处理费。",
          t3: { 本年新收: [3, 0, 0, 0, 0, 0, 3], 逾期未缴费: [3, 0, 0, 0, 0, 0, 3], 总计: [3, 0, 0, 0, 0, 0, 3] },
        }),
        CODE,
      ),
    ).toEqual([]);
  });

  it("reports a fee collected in a year without applications (一 + 二 = 0)", () => {
    const text = buildYaml({
      other: "全年收取政府信息公开信息处理费 300 元。",
      t3: { 本年新收: ZERO, 上年结转: ZERO },
    });
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("300");
    expect(f!.message).toBe(
      "「六、其他需要报告的事项」写收取信息处理费 300 元，但表三「一、本年新收政府信息公开申请数量」「总计」、「二、上年结转政府信息公开申请数量」「总计」都是 0，本年没有可以收费的申请。",
    );
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "「六、其他需要报告的事项」 (other matters) reports an information-processing fee of 300 yuan, but table 三, 「一、本年新收政府信息公开申请数量」 (new applications received this year), 「总计」 (total); 「二、上年结转政府信息公开申请数量」 (applications carried over from last year), 「总计」 (total) are all 0: there was no application to charge.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["0", "0"]);
  });

  it("reports an itemised list that does not add up to its total (宿迁 2023 with one item changed)", () => {
    const text = buildYaml(withText("suqian2023", "6件，收取600元", "6件，收取700元"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("2950");
    expect(f!.message).toBe("信息处理费分项 420 + 290 + 1500 + 140 + 700 = 3050 元，与所写合计 2950 元不符。");
    expect(findingsOf(text, CODE, en)[0]!.message).toBe(
      "The itemised fees 420 + 290 + 1500 + 140 + 700 = 3050 yuan do not add up to the stated total of 2950 yuan.",
    );
    expect(f!.related.map((r) => textAt(text, r.range))).toEqual(["420", "290", "1500", "140", "700"]);
  });

  it("reports itemised cases that do not add up to the stated count", () => {
    const text = buildYaml(withText("suqian2023", "公安局6件", "公安局7件"));
    const [f, ...rest] = findingsOf(text, CODE);
    expect(rest).toEqual([]);
    expect(textAt(text, f!.range)).toBe("25");
    expect(f!.message).toBe("信息处理费分项件数 1 + 2 + 15 + 1 + 7 = 26 件，与所写的 25 件不符。");
  });
});
