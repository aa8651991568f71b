import type { CrossYearRule } from "../types.js";
import { isPreviousYear } from "./pair.js";
import { comparableText } from "./similarity.js";
import { sectionHeading } from "./texts.js";

/** Words with which a 五 names problems (问题, 不足, 差距 …, and the "有待/仍需 加强" pattern). */
const PROBLEM_WORDS = /问题|不足|差距|短板|薄弱|欠缺|不够|有待|仍需|尚需|需进一步|需要进一步/u;
/** A 五 that only says there were none: short and denying. */
const DENIAL = /无|未|没有|不存在/u;
const DENIAL_MAX_LENGTH = 30;
/** Words that make a sentence about last year a follow-up on its problems rather than a comparison. */
const FOLLOWUP_WORDS = /问题|不足|差距|短板|薄弱|改进|整改|落实|解决|完善|提升|改善|加强/u;
const LAST_YEAR_WORDS = /上一?年|去年|前一年|往年/u;
const SENTENCE_END = /[。；;！!？?\n]/u;

const CHINESE_DIGITS = "〇一二三四五六七八九";

/** The ways a report writes last year: "上年", "去年", "2022年", "2022 年度", "二〇二二年". */
function mentionsLastYear(sentence: string, lastYear: number | null): boolean {
  if (LAST_YEAR_WORDS.test(sentence)) return true;
  if (lastYear === null) return false;
  const s = sentence.normalize("NFKC");
  const chinese = [...String(lastYear)].map((d) => CHINESE_DIGITS[Number(d)]).join("");
  return new RegExp(`(?<![0-9])${lastYear}\\s*年|${chinese}年`, "u").test(s);
}

/** Whether a 五 names problems: problem words, and not a short statement that there were none. */
export function listsProblems(text: string): boolean {
  if (!PROBLEM_WORDS.test(text)) return false;
  return !(comparableText(text).length < DENIAL_MAX_LENGTH && DENIAL.test(text));
}

/** Whether some sentence of a 五 speaks of last year's problems or their remedy. */
export function followsUp(text: string, lastYear: number | null): boolean {
  return text.split(SENTENCE_END).some((s) => mentionsLastYear(s, lastYear) && FOLLOWUP_WORDS.test(s));
}

/**
 * Section 五 of year Y reports how the problems named in 五 of year Y−1 were remedied (FORMAT §2
 * 五 and §5 item 11; 石龙区 2023: "针对2022年存在问题的改进情况"). Checked only when last year's 五
 * named problems; the check is that some sentence speaks of last year (上年, 去年, 2022年 …)
 * together with its problems or their remedy. It cannot judge whether the remedy is real.
 */
export const XY_SEC5_FOLLOWUP: CrossYearRule = {
  code: "XY-SEC5-FOLLOWUP",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  example:
    "# 上年报告五：一是公开内容不够丰富；二是解读形式单一。\n存在问题及改进: 一是依申请公开规范性有待提升。下一步将加强培训。",
  check(ctx) {
    if (!isPreviousYear(ctx)) return;
    const previous = ctx.previous.report.problems;
    const current = ctx.report.problems;
    // An empty 五 is NAR-SEC5-NONEMPTY's finding; here there is nothing to look into.
    if (!previous?.trim() || !current?.trim() || !listsProblems(previous)) return;
    const lastYear = ctx.previous.report.year ?? (ctx.report.year !== null ? ctx.report.year - 1 : null);
    if (followsUp(current, lastYear)) return;
    // Both locales quote the Chinese heading an author would write, so the year is Chinese in both.
    const year = lastYear === null ? "上年" : `${lastYear}年`;
    const section = sectionHeading(ctx.form, "problems");
    ctx.emit({
      messageId: "XY-SEC5-FOLLOWUP.missing",
      args: { section, year },
      range: ctx.range("problems"),
      related: [
        {
          range: ctx.previousRange("problems"),
          messageId: "XY-SEC5-FOLLOWUP.previousProblems",
          args: { section: sectionHeading(ctx.previous.form, "problems") },
          document: "previous",
        },
      ],
      paths: ["problems"],
    });
  },
};
