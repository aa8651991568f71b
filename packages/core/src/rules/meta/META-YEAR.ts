import { ValueLocator } from "../text/locate.js";
import { asciiDigits } from "../text/scan.js";
import { narrativeTexts, pieceRange } from "../text/texts.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule, FindingDraft } from "../types.js";

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/gu;
/** The statistics period, "2023年1月1日至2023年12月31日" or "…1月1日至12月31日". */
const PERIOD =
  /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*起?\s*(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日/gu;
/**
 * A sentence that dates what the reporter itself did: "2023年我局…", "2022年，全区…". A year after
 * 较/比/与 is a comparison, not a self-reference.
 */
const SELF_REFERENCE =
  /(?<![较比与同])((?:19|20)\d{2})\s*年度?\s*[，,]?\s*(?:(?:我|本)(?:局|市|区|县|委|办|厅|单位|机关|部门|镇|乡|街道|院|中心|署|所|站|会|府)|全(?:市|区|县|省|镇|乡))/gu;

/**
 * The report's year is the same in 年度, the title, the statistics period and the narrative's
 * self-references; 发布日期 falls after the year. Last year in 五 (its problems) and next year
 * anywhere (plans) are expected.
 */
export const META_YEAR: DocumentRule = {
  code: "META-YEAR",
  severity: "warning",
  category: "meta",
  kind: "document",
  // Which year was meant (the report's, or one the text rightly names) only the author knows.
  fixes: { "META-YEAR.fix": "suggestion" },
  example:
    "年度: 2024\n标题: 某局2023年政府信息公开工作年度报告\n总体情况: 本报告所列数据统计期限为2024年1月1日至2024年12月31日。2023年，我局主动公开政府信息 120 条。",
  check(ctx) {
    const { report } = ctx;
    // The router of observations (rules/observed.ts) decides which rule reports a bad year.
    for (const o of observationsFor(ctx, "META-YEAR"))
      if (o.kind === "bad-meta")
        ctx.emit({
          messageId: "META-YEAR.invalid",
          args: { written: o.written },
          range: o.range,
          paths: ["meta.year"],
        });
    const year = report.year;
    if (year === null) return;

    if (report.title) {
      const locator = new ValueLocator(ctx.text, ctx.valueRange("meta.title"), report.title);
      for (const m of asciiDigits(report.title).matchAll(YEAR_IN_TITLE)) {
        if (Number(m[1]) === year) continue;
        const range = locator.locate(m.index, m.index + 4);
        ctx.emit(
          withFix(
            {
              messageId: "META-YEAR.title",
              args: { found: m[1]!, year },
              range: range ?? ctx.range("meta.title"),
              paths: ["meta.title", "meta.year"],
            },
            range,
            year,
          ),
        );
      }
    }

    for (const t of narrativeTexts(ctx)) {
      const text = asciiDigits(t.text);
      for (const m of text.matchAll(PERIOD)) {
        const years = [
          { found: m[1]!, at: m.index },
          ...(m[2] ? [{ found: m[2], at: m.index + m[0].lastIndexOf(m[2]) }] : []),
        ];
        for (const { found: group, at: offset } of years) {
          if (Number(group) === year) continue;
          const range = t.locator.locate(offset, offset + 4);
          ctx.emit(
            withFix(
              {
                messageId: "META-YEAR.period",
                args: { found: group, year, period: m[0] },
                range: range ?? pieceRange(ctx, t, m.index, m.index + m[0].length),
                paths: [t.path, "meta.year"],
              },
              range,
              year,
            ),
          );
        }
      }
      for (const m of text.matchAll(SELF_REFERENCE)) {
        const y = Number(m[1]);
        if (y === year || y === year + 1 || (t.section === "problems" && y === year - 1)) continue;
        ctx.emit({
          messageId: "META-YEAR.selfReference",
          args: { found: m[1]!, year, quote: m[0] },
          range: pieceRange(ctx, t, m.index, m.index + 4),
          paths: [t.path, "meta.year"],
        });
      }
    }

    const published = report.publishedOn;
    if (published && published < `${year + 1}-01-01`)
      ctx.emit({
        messageId: "META-YEAR.publishedEarly",
        args: { date: published, year },
        range: ctx.valueRange("meta.publishedOn") ?? ctx.range("meta.publishedOn"),
        paths: ["meta.publishedOn", "meta.year"],
      });
  },
};

function withFix(draft: FindingDraft, range: ReturnType<ValueLocator["locate"]>, year: number): FindingDraft {
  return range
    ? {
        ...draft,
        fix: {
          messageId: "META-YEAR.fix",
          args: { found: draft.args!.found as string, year },
          edits: [{ range, newText: String(year) }],
        },
      }
    : draft;
}
