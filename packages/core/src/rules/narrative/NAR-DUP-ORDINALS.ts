import { narrativeTexts, pieceRange } from "../text/texts.js";
import type { DocumentRule } from "../types.js";

const DIGITS = "一二三四五六七八九";
const NUMERALS = "一二三四五六七八九十";
// "一是" after a boundary only: not "统一是", "之一是".
const BOUNDARY = /[\s。；;，,：:、！!？?（(）)“"]/u;

/**
 * Every 一是 … 九十九是 that follows a boundary, in order: up to three numerals before a 是. Found
 * from each 是 backwards, so a long text is read once by native search instead of tried at every
 * character.
 */
export function ordinalsIn(text: string): { at: number; numeral: string }[] {
  const out: { at: number; numeral: string }[] = [];
  let from = 0;
  for (let j = text.indexOf("是"); j >= 0; j = text.indexOf("是", j + 1)) {
    let at = j;
    while (at > from && j - at < 3 && NUMERALS.includes(text.charAt(at - 1))) at--;
    // A numeral right before the run joins it into a word ("统一是", "十一是" past three numerals).
    if (at === j || (at > 0 && !BOUNDARY.test(text.charAt(at - 1)))) continue;
    out.push({ at, numeral: text.slice(at, j) });
    from = j + 1;
  }
  return out;
}

/** 一 … 九十九 as a number, or null for what is not a plain numeral. */
export function chineseNumber(s: string): number | null {
  const d = (c: string | undefined) => (c === undefined ? 0 : DIGITS.indexOf(c) + 1);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === "") return null;
  if (!m[2]) return m[1] && !m[3] ? d(m[1]) : null;
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
}

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n - 1]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens - 1] : ""}十${n % 10 ? DIGITS[(n % 10) - 1] : ""}`;
}

/**
 * 一是/二是/三是 sequences run on without a gap or a repeat (平潭 2023: "一是…三是…三是"). A new
 * 一是 starts a new sequence. When the ordinal after a break confirms what was meant (一是, 三是,
 * 三是 → the first 三是 should be 二是), the break is reported once, with a fix.
 */
export const NAR_DUP_ORDINALS: DocumentRule = {
  code: "NAR-DUP-ORDINALS",
  severity: "info",
  category: "narrative",
  kind: "document",
  // 一是、三是、三是 may also be a 二是 left out and a 四是 mistyped: the author's prose.
  fixes: { "NAR-DUP-ORDINALS.fix": "suggestion" },
  example: "存在问题及改进: 一是公开内容不够丰富；三是解读形式单一；三是队伍建设有待加强。",
  check(ctx) {
    for (const t of narrativeTexts(ctx)) {
      const ordinals = ordinalsIn(t.text)
        .map((o) => ({ ...o, value: chineseNumber(o.numeral) }))
        .filter((o): o is { at: number; numeral: string; value: number } => o.value !== null);
      let previous = 0;
      ordinals.forEach((o, i) => {
        if (o.value === 1 || previous === 0) {
          previous = o.value === 1 ? 1 : 0;
          return;
        }
        const expected = previous + 1;
        if (o.value === expected) {
          previous = o.value;
          return;
        }
        const next = ordinals[i + 1];
        const confirmed = next !== undefined && next.value === expected + 1;
        const numeralRange = t.locator.locate(o.at, o.at + o.numeral.length);
        const wanted = chineseNumeral(expected);
        ctx.emit({
          messageId: o.value === previous ? "NAR-DUP-ORDINALS.repeated" : "NAR-DUP-ORDINALS.broken",
          args: { found: `${o.numeral}是`, previous: `${chineseNumeral(previous)}是`, expected: `${wanted}是` },
          range: pieceRange(ctx, t, o.at, o.at + o.numeral.length + 1),
          paths: [t.path],
          ...(confirmed && numeralRange
            ? {
                fix: {
                  messageId: "NAR-DUP-ORDINALS.fix",
                  args: { found: `${o.numeral}是`, expected: `${wanted}是` },
                  edits: [{ range: numeralRange, newText: wanted }],
                },
              }
            : {}),
        });
        previous = confirmed ? expected : o.value;
      });
    }
  },
};
