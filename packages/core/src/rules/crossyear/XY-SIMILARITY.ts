import type { CrossYearRule } from "../types.js";
import { isPreviousYear } from "./pair.js";
import { comparableText, coverage, ShingleTable } from "./similarity.js";
import { textUnits, type TextUnit } from "./texts.js";

/** Above this share of repeated text, warn (宿迁 assessment SQ-DEP-A-005; 30号 "内容雷同"). In percent. */
const WARN_ABOVE = 50;
/** From this share on, the text is last year's with the numbers changed: the stronger message. */
const NEAR_IDENTICAL = 90;
/**
 * Texts shorter than this (comparable characters: wording without numbers or punctuation) are
 * not compared. A sentence or two is usually a fixed statement ("本年度未收取信息处理费") that is
 * rightly the same every year, and the share of a handful of shingles swings on one word.
 */
const MIN_LENGTH = 60;

/**
 * Per-section text similarity with the previous year's report: each topic of 一、总体情况 (against
 * the whole of last year's 一, so text moved between topics still counts), 五 and 六. The measure
 * is in similarity.ts.
 */
export const XY_SIMILARITY: CrossYearRule = {
  code: "XY-SIMILARITY",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  example:
    "# 上年报告五与本年五除年份外一字不差\n存在问题及改进: 2024年，我单位政府信息公开工作取得一定成效，但仍存在一些不足……",
  check(ctx) {
    if (!isPreviousYear(ctx)) return;
    const previousUnits = textUnits(ctx.previous.report, ctx.previous.form);
    // Last year's texts of a section are shingled once, however many of this year's texts compare with them.
    const sections = new Map<TextUnit["section"], LastYear | null>();
    const lastYear = (section: TextUnit["section"]): LastYear | null => {
      if (!sections.has(section)) {
        const units = previousUnits.filter((u) => u.section === section);
        const comparable = units.map((u) => comparableText(u.text));
        sections.set(section, units.length ? { units, comparable, table: new ShingleTable(comparable) } : null);
      }
      return sections.get(section)!;
    };
    for (const unit of textUnits(ctx.report, ctx.form)) {
      const previous = lastYear(unit.section);
      if (!previous) continue;
      const current = comparableText(unit.text);
      const { ratio, length } = coverage(current, previous.table);
      // Decide on the rounded figure the message prints, so it never says "50%" for "above 50%".
      const percent = Math.round(ratio * 100);
      if (length < MIN_LENGTH || percent <= WARN_ABOVE) continue;
      // Point at the text of last year's that this one repeats most: for a topic of 一, copied text may come from another topic.
      const { units } = previous;
      const counterpart =
        units.length === 1
          ? units[0]!
          : units[
              maxIndex(
                previous.table.coverageByText(current) ??
                  previous.comparable.map((p) => coverage(current, new ShingleTable([p])).ratio),
              )
            ]!;
      ctx.emit({
        messageId: percent >= NEAR_IDENTICAL ? "XY-SIMILARITY.nearIdentical" : "XY-SIMILARITY.repeated",
        args: { section: unit.label, percent, threshold: WARN_ABOVE },
        range: ctx.range(unit.path),
        related: [
          {
            range: ctx.previousRange(counterpart.path),
            messageId: "XY-SIMILARITY.previousText",
            args: { section: counterpart.label },
            document: "previous",
          },
        ],
        paths: [unit.path],
      });
    }
  },
};

/** Last year's texts of one section, as compared. */
interface LastYear {
  readonly units: readonly TextUnit[];
  readonly comparable: readonly string[];
  readonly table: ShingleTable;
}

/** The index of the first of the highest scores. */
function maxIndex(scores: readonly number[]): number {
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  return best;
}
