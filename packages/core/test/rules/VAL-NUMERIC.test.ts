import { describe, expect, it } from "vitest";
import { parseReport, readReport } from "../../src/index.js";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("VAL-NUMERIC", () => {
  it("is silent when every cell is a number", () => {
    expect(
      findingsOf(buildYaml({ t2: { 行政事业性收费: 7730.28 }, t4: { 行政复议: [10, 1, 0, 0, 11] } }), "VAL-NUMERIC"),
    ).toEqual([]);
  });

  it("flags text that is not a number, quoting it", () => {
    const text = buildYaml({ t3: { 予以公开: [1, '"abc"', 0, 0, 0, 0, 1] } });
    const [f, ...rest] = findingsOf(text, "VAL-NUMERIC");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("error");
    expect(textAt(text, f!.range)).toBe('"abc"');
    expect(f!.message).toBe("「（一）予以公开」「商业企业」应填数字，写的是「abc」。");
    expect(f!.fix).toBeUndefined();
    const [en] = findingsOf(text, "VAL-NUMERIC", { locale: "en" });
    expect(en!.message).toBe(
      "「（一）予以公开」 (disclosed), 「商业企业」 (businesses) should be a number; it reads 「abc」.",
    );
  });

  it("flags a number written with the form's unit, and fixes it", () => {
    const text = buildYaml({ t2: { 行政许可: "12件" } });
    const [f] = findingsOf(text, "VAL-NUMERIC");
    expect(textAt(text, f!.range)).toBe("12件");
    expect(f!.message).toBe(
      "「行政许可」「本年处理决定数量」只填数字，不带单位：写的是「12件」，应为 12（单位「件」已由表头印出）。",
    );
    expect(f!.fix!.title).toBe("改为 12");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("\n  行政许可: 12\n");
    expect(findingsOf(fixed, "VAL-NUMERIC")).toEqual([]);
    const [en] = findingsOf(text, "VAL-NUMERIC", { locale: "en" });
    expect(en!.message).toBe(
      "「行政许可」 (administrative licensing), 「本年处理决定数量」 (decisions this year) takes the number alone, without a unit: it reads 「12件」 and should be 12 (the heading prints the unit 「件」).",
    );
    expect(en!.fix!.title).toBe("Change to 12");
  });

  it("offers no fix for a unit that would change the number (元 in a 万元 cell)", () => {
    const text = buildYaml({ t2: { 行政事业性收费: "3000元" } });
    const [f] = findingsOf(text, "VAL-NUMERIC");
    expect(f!.message).toBe("「行政事业性收费」「本年收费金额（单位：万元）」应填数字，写的是「3000元」。");
    expect(f!.fix).toBeUndefined();
  });

  it("flags full-width digits and thousands separators, reading the number and fixing the text", () => {
    const text = buildYaml({ t2: { 行政处罚: "１２", 行政强制: "'1,234'" } });
    const [fw, th] = findingsOf(text, "VAL-NUMERIC");
    expect(textAt(text, fw!.range)).toBe("１２");
    expect(fw!.message).toBe("「行政处罚」「本年处理决定数量」写作「１２」，用了全角数字；已读作 12，请改用半角数字。");
    expect(textAt(text, th!.range)).toBe("'1,234'");
    expect(th!.message).toBe(
      "「行政强制」「本年处理决定数量」写作「1,234」，带千位分隔符；已读作 1234，请直接写 1234。",
    );
    expect(readReport(text).report.proactive.penalty!.decisions!.value).toBe(12);
    const fixed = applyFix(applyFix(text, th!), fw!);
    expect(fixed).toContain("\n  行政处罚: 12\n  行政强制: 1234\n");
    expect(findingsOf(fixed, "VAL-NUMERIC")).toEqual([]);
    const [enFw, enTh] = findingsOf(text, "VAL-NUMERIC", { locale: "en" });
    expect(enFw!.message).toBe(
      "「行政处罚」 (administrative penalties), 「本年处理决定数量」 (decisions this year) reads 「１２」, in full-width digits; it was read as 12. Use ordinary digits.",
    );
    expect(enTh!.message).toBe(
      "「行政强制」 (administrative coercion), 「本年处理决定数量」 (decisions this year) reads 「1,234」, with thousands separators; it was read as 1234. Write 1234.",
    );
  });

  it("keeps the note when fixing full-width digits of an annotated number", () => {
    const text = buildYaml({ t2: { 行政处罚: "２２（其中简易程序16件）" } });
    const [f] = findingsOf(text, "VAL-NUMERIC");
    expect(f!.fix!.edits[0]!.newText).toBe("22（其中简易程序16件）");
  });

  it("flags a list where a single number belongs", () => {
    const text = buildYaml({ t4: { 行政复议: ["[1, 2]", 0, 0, 0, 3] } });
    const [f] = findingsOf(text, "VAL-NUMERIC");
    expect(textAt(text, f!.range)).toBe("[1, 2]");
    expect(f!.message).toBe("「行政复议」「结果维持」应是一个数字，这里写成了列表。");
    const [en] = findingsOf(text, "VAL-NUMERIC", { locale: "en" });
    expect(en!.message).toBe(
      "「行政复议」 (administrative review), 「结果维持」 (upheld) should be a single number, but it is a list.",
    );
  });

  describe("年度, read as a cell is", () => {
    const withYear = (written: string) => buildYaml().replace("\n年度: 2023\n", `\n年度: ${written}\n`);

    it("flags full-width digits as in a cell: the same rule and severity, the year read, a fix to 2023", () => {
      const text = withYear("２０２３");
      const cell = findingsOf(buildYaml({ t2: { 行政处罚: "１２" } }), "VAL-NUMERIC")[0]!;
      const [f, ...rest] = findingsOf(text, "VAL-NUMERIC");
      expect(rest).toEqual([]);
      expect([f!.code, f!.severity]).toEqual([cell.code, cell.severity]);
      expect(textAt(text, f!.range)).toBe("２０２３");
      expect(f!.message).toBe("「年度」写作「２０２３」，用了全角数字；已读作 2023，请改用半角数字。");
      expect(f!.fix!.title).toBe("改为 2023");
      expect(readReport(text).report.year).toBe(2023);
      const fixed = applyFix(text, f!);
      expect(fixed).toBe(buildYaml());
      expect(parseReport(fixed).findings).toEqual(parseReport(buildYaml()).findings);
      const [en] = findingsOf(text, "VAL-NUMERIC", { locale: "en" });
      expect(en!.message).toBe(
        "「年度」 (year) reads 「２０２３」, in full-width digits; it was read as 2023. Use ordinary digits.",
      );
      expect(en!.fix!.title).toBe("Change to 2023");
    });

    it("flags a trailing 年 as a cell's unit, with or without full-width digits, and fixes it", () => {
      for (const written of ["2023年", "2023 年", "２０２３年"]) {
        const text = withYear(written);
        const [f, ...rest] = findingsOf(text, "VAL-NUMERIC");
        expect(rest, written).toEqual([]);
        expect(f!.severity).toBe("error");
        expect(textAt(text, f!.range)).toBe(written);
        expect(f!.message).toBe(`「年度」只填年份数字：写的是「${written}」，应为 2023。`);
        expect(applyFix(text, f!)).toBe(buildYaml());
      }
      const [en] = findingsOf(withYear("2023年"), "VAL-NUMERIC", { locale: "en" });
      expect(en!.message).toBe(
        "「年度」 (year) takes the year alone, as digits: it reads 「2023年」 and should be 2023.",
      );
    });

    it("fixes a quoted value and leaves a comment after it", () => {
      const quoted = withYear('"２０２３"');
      expect(applyFix(quoted, findingsOf(quoted, "VAL-NUMERIC")[0]!)).toBe(buildYaml());
      const commented = withYear("２０２３年  # 统计年度");
      expect(applyFix(commented, findingsOf(commented, "VAL-NUMERIC")[0]!)).toBe(withYear("2023  # 统计年度"));
    });

    it("is silent on a plain year, quoted or not, and both readers agree", () => {
      expect(findingsOf(withYear("2023"), "VAL-NUMERIC")).toEqual([]);
      expect(findingsOf(withYear('"2023"'), "VAL-NUMERIC")).toEqual([]);
      for (const written of ["２０２３", "2023年", "'2023年'"])
        expect(readReport(withYear(written), { lean: false }).observations, written).toEqual(
          readReport(withYear(written)).observations,
        );
    });

    it("leaves a year that cannot be read to STR-SECTIONS", () => {
      const text = withYear("二〇二三年");
      expect(findingsOf(text, "VAL-NUMERIC")).toEqual([]);
      expect(findingsOf(text, "STR-SECTIONS").map((f) => f.messageId)).toEqual(["STR-SECTIONS.badYear"]);
    });
  });
});
