import type { DocumentRule } from "../types.js";

/**
 * Fewer letters than this cannot both name a problem and say what is done about it: the shortest
 * real statement of the kind, "政策解读形式单一，下一步将丰富解读形式", has 17. Placeholders and
 * refusals ("无", "暂无", "本年度未发现明显问题") stay well below it; the abridged 五 of the
 * Hangzhou-style fixture (one problem, 30 letters) passes.
 */
export const SEC5_MIN_LETTERS = 20;
const PLACEHOLDER = /^(?:无|暂无|没有|无问题|不适用|略|\/|／|-+|—+|N\/?A)$/iu;

const LETTER = /[\p{L}\p{N}]/u;

/** Letters, CJK characters and digits (what a reader reads, without spaces and punctuation), counted up to `limit`. */
export function letterCount(text: string, limit = Infinity): number {
  let n = 0;
  for (const c of text) if (LETTER.test(c) && ++n >= limit) break;
  return n;
}

/** 五 has substantive content: not empty, not "无", at least SEC5_MIN_LETTERS letters. */
export const NAR_SEC5_NONEMPTY: DocumentRule = {
  code: "NAR-SEC5-NONEMPTY",
  severity: "warning",
  category: "narrative",
  kind: "document",
  example: "存在问题及改进: 无",
  check(ctx) {
    const { report } = ctx;
    if (!report.present.problems) return;
    const text = (report.problems ?? "").trim();
    const compact = text.replace(/[\s。．.！!]+/gu, "");
    const length = letterCount(text, SEC5_MIN_LETTERS);
    const messageId =
      compact === ""
        ? "empty"
        : PLACEHOLDER.test(compact)
          ? "placeholder"
          : length < SEC5_MIN_LETTERS
            ? "tooShort"
            : null;
    if (!messageId) return;
    ctx.emit({
      messageId: `NAR-SEC5-NONEMPTY.${messageId}`,
      args: { text: compact, length, min: SEC5_MIN_LETTERS },
      range: ctx.valueRange("problems") ?? ctx.range("problems"),
      paths: ["problems"],
    });
  },
};
