/**
 * Recognising the six section headings of the form in published text. The heading text decides,
 * not its ordinal: 上海科委 2024 renumbers its table part (「一、主动公开政府信息情况」), and
 * 「四、结转下年度继续办理」 is a row of table 三, not section 四. A near miss
 * (「政府信息公开行政法复议」, 平潭 2022) is read as the heading it means and reported.
 */
import { FORMS } from "../form/index.js";
import type { SectionDef } from "../form/types.js";
import { editDistance } from "../read/keys.js";
import { looseKey } from "./text.js";

export interface HeadingMatch {
  readonly section: SectionDef;
  /** The ordinal written before the heading (一 … 六), if any. */
  readonly ordinal: string | null;
  readonly typo: boolean;
  /** How many characters of the text the heading takes (ordinal included). */
  readonly length: number;
}

const ORDINAL = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*/u;
/** Room after a heading for a peer tool's annotation such as "(重复率: 40%)". */
const TRAILING = 14;

const SPELLINGS = FORMS[2021].sections.map((section) => ({
  section,
  keys: [section.heading, ...(section.aliases ?? [])].map(looseKey).filter((k) => k.length >= 4),
}));

/**
 * The section heading a text starts with. `prefix` allows anything after the heading (a CMS
 * export runs the heading into the table); otherwise the text must be the heading, give or take an
 * annotation. Without an ordinal only the full heading text counts, so a prose sentence or a
 * sub-topic such as 「主动公开」 is never taken for a section.
 */
export function matchHeading(text: string, prefix = false): HeadingMatch | null {
  const ord = ORDINAL.exec(text);
  const ordinal = ord ? ord[1]! : null;
  const body = ord ? text.slice(ord[0].length) : text.trim();
  const head = looseKey(body.slice(0, 40));
  let best: { m: HeadingMatch; d: number } | null = null;
  for (const { section, keys } of SPELLINGS) {
    for (const k of keys) {
      const hit = prefixDistance(head, k, ordinal !== null);
      if (hit === null) continue;
      const { d, len } = hit;
      const extra = head.length - len;
      if (!prefix && (ordinal ? extra > TRAILING : extra > TRAILING || d > 0)) continue;
      if (best && best.d <= d) continue;
      best = { m: { section, ordinal, typo: d > 0, length: (ord ? ord[0].length : 0) + consumed(body, len) }, d };
    }
  }
  return best?.m ?? null;
}

/**
 * Edit distance between the start of `head` and `key` with how many characters of `head` the
 * heading takes, or null when too far. With an ordinal the key may also stand a few characters in
 * (「五、政府信息公开工作存在的主要问题及改进情况」).
 */
function prefixDistance(head: string, key: string, hasOrdinal: boolean): { d: number; len: number } | null {
  if (head.startsWith(key)) return { d: 0, len: key.length };
  const limit = Math.max(1, Math.floor(key.length / 8));
  let best: { d: number; len: number } | null = null;
  for (let len = key.length - limit; len <= key.length + limit; len++) {
    if (len <= 0 || len > head.length) continue;
    const d = editDistance(head.slice(0, len), key, limit);
    if (d <= limit && (!best || d < best.d)) best = { d, len };
  }
  if (best) return best;
  if (hasOrdinal) {
    const at = head.indexOf(key);
    if (at > 0 && at <= 8) return { d: 0, len: at + key.length };
  }
  return null;
}

/** How many characters of `body` make up its first `looseLength` loose-key characters. */
function consumed(body: string, looseLength: number): number {
  for (let i = 1; i <= body.length; i++)
    if (looseKey(body.slice(0, i)).length >= looseLength) return closeBracket(body, i);
  return body.length;
}

/** A heading's closing bracket or quote belongs to it. */
function closeBracket(body: string, i: number): number {
  let j = i;
  while (j < body.length && /[）)”」』]/u.test(body[j]!)) j++;
  return j;
}
