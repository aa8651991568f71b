/**
 * The report's title, agency, year and publication date, from the lines before the first section:
 * the title names the agency and the year (「平潭综合实验区2022年度政府信息公开工作年度报告」),
 * and is often broken over two lines by the page. When there is no title, the statistics period
 * (「统计期限为2023年1月1日至…」) or the opening of a paragraph (「2023年，我市…」) gives the year.
 */
import type { Item } from "./zones.js";

export interface Meta {
  readonly title: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly publishedOn: string | null;
  /** Items that made up the title and the date, so they are not repeated in the prose. */
  readonly used: ReadonlySet<Item>;
}

const TITLE_WORDS = /政府信息公开(?:工作)?年度报告|政务公开年度报告/u;
const FIELD_PREFIX = /^(?:标题|题目|title)\s*[:：]\s*/iu;
const YEAR = /(20\d{2})\s*年/u;

export function readMeta(preamble: readonly Item[], all: readonly Item[]): Meta {
  const used = new Set<Item>();
  const lines = preamble.filter((i) => i.line);
  let title: string | null = null;
  // The title is among the first lines, alone or broken over two by the page (「淮安市人民政府」 above
  // 「2024 年政府信息公开工作年度报告」); a sentence quoting a title (《…年度报告格式》) is not one.
  const titleLike = (t: string) => t.length <= 60 && !/[。《》]/u.test(t) && TITLE_WORDS.test(t.replace(/\s+/gu, ""));
  const clean = (t: string) => t.replace(FIELD_PREFIX, "").trim();
  for (let k = 0; k < Math.min(lines.length, 12) && title === null; k++) {
    const one = clean(lines[k]!.text);
    const next = lines[k + 1];
    if (titleLike(one)) {
      title = one;
      used.add(lines[k]!);
    } else if (next && next.loc.line - lines[k]!.loc.line <= 2 && one.length <= 40 && !/[。：:]/u.test(one)) {
      const second = next.text.trim();
      const space = /[\dA-Za-z]$/.test(one) || /^[\dA-Za-z]/.test(second) ? " " : "";
      const two = `${one}${space}${second}`;
      if (titleLike(two) && !titleLike(second)) {
        title = two;
        used.add(lines[k]!).add(next);
      } else if (titleLike(second) && agencyOf(second) === null && agencyOf(two) !== null) {
        title = two;
        used.add(lines[k]!).add(next);
      }
    }
  }
  const year = (title ? yearOf(title) : null) ?? periodYear(all) ?? openingYear(all);
  const titleAt = Math.max(-1, ...[...used].map((u) => lines.indexOf(u)));
  let publishedOn: string | null = null;
  for (const item of lines.slice(0, 30)) {
    const afterTitleLine = titleAt >= 0 && lines.indexOf(item) > titleAt && lines.indexOf(item) <= titleAt + 3;
    const d =
      /(?:发布(?:时间|日期)|成文日期)\s*[:：]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/u.exec(item.text) ??
      (afterTitleLine ? DATE_LINE.exec(item.text.trim()) : null);
    if (d) {
      publishedOn = isoDate(d, 1);
      used.add(item);
      break;
    }
  }
  return { title, agency: title ? agencyOf(title) : null, year, publishedOn, used };
}

function yearOf(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

/** The agency named by a title: the words before the year, or between the year and 政府信息公开. */
export function agencyOf(title: string): string | null {
  const t = title.replace(/\s+/gu, " ").trim();
  const m = YEAR.exec(t);
  if (!m) return null;
  const before = t.slice(0, m.index).trim();
  if (before) return before;
  const after = t
    .slice(m.index + m[0].length)
    .replace(/^度/u, "")
    .trim();
  const end = after.search(/政府信息公开|政务公开/u);
  const agency = (end > 0 ? after.slice(0, end) : "").trim();
  return agency || null;
}

function periodYear(items: readonly Item[]): number | null {
  for (const i of items) {
    const m = /统计(?:期限|时限|周期|区间)[^。]{0,16}?(20\d{2})\s*年\s*1\s*月\s*1\s*日/u.exec(i.text);
    if (m) return Number(m[1]);
  }
  return null;
}

function openingYear(items: readonly Item[]): number | null {
  for (const i of items) {
    const m = /^(20\d{2})\s*年[，,]/u.exec(i.text.trim());
    if (m) return Number(m[1]);
  }
  return null;
}

/** A line that is a date alone, as under a title or in a 落款: 「2024年1月23日」, 「（2024年1月23日）」. */
export const DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/u;

/** YYYY-MM-DD from the year, month and day a pattern captured from group `at` on. */
export function isoDate(m: RegExpExecArray, at: number): string {
  return `${m[at]}-${m[at + 1]!.padStart(2, "0")}-${m[at + 2]!.padStart(2, "0")}`;
}
