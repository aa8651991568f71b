/**
 * The prose of a section: lines broken by the page (pdftotext, web-page text wrapped by width) are
 * joined back into paragraphs, never across a boundary the source marks (an HTML block, a blank
 * line of Markdown), and 一、总体情况 is cut into its five topics when the report titles them
 * （（一）主动公开 … （五）监督保障）. Nothing is reworded; only line breaks of the page go.
 */
import type { OverviewTopicId } from "../model/index.js";
import type { Item } from "./zones.js";

const PARAGRAPH_START =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．](?!\d)|注[:：])/u;
const SENTENCE_END = /^[。！？!?；;：:]$/u;
/** A numbered sub-heading standing alone on its line (「（一）主动公开方面」): a paragraph of its own. */
const SUBHEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[^。，,；;]{1,24}$/u;

/** The paragraphs of a run of items, in reading order. */
export function paragraphs(items: readonly Item[]): string[] {
  const out: string[] = [];
  // Parts joined once per paragraph: reading the end of a growing string would copy it every line.
  let parts: string[] = [];
  let last = "";
  for (const item of items) {
    const t = item.text.trim().replace(JUSTIFIED, "$1");
    if (!t) continue;
    // The source's own paragraph boundary stands whatever the punctuation (「联系电话：…」 then 「地址：…」).
    if (
      parts.length &&
      (item.line?.paragraph ||
        SENTENCE_END.test(last) ||
        PARAGRAPH_START.test(t) ||
        (parts.length === 1 && SUBHEADING.test(parts[0]!)))
    ) {
      out.push(parts.join(""));
      parts = [];
    }
    // Latin words and numbers broken across lines keep a space; Chinese text does not.
    if (parts.length && /[A-Za-z]/.test(last) && /^[A-Za-z]/.test(t)) parts.push(" ");
    parts.push(t);
    last = t.slice(-1);
  }
  if (parts.length) out.push(parts.join(""));
  return out;
}

const CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef";
/** Spaces a justified PDF line puts between Chinese characters (「邮 编 ： 223100」) are layout, not text. */
const JUSTIFIED = new RegExp(`([${CJK}])[ \u00a0]+(?=[${CJK}])`, "gu");

const TOPIC_WORDS: readonly [Exclude<OverviewTopicId, "intro">, RegExp][] = [
  ["proactive", /^主动公开/u],
  ["onRequest", /^依申请公开/u],
  ["management", /^政府信息管理/u],
  ["platform", /^(?:政府信息公开)?(?:信息公开)?平台建设/u],
  ["oversight", /^(?:政府信息公开)?监督保障/u],
];
const TOPIC_HEAD = /^[（(]([一二三四五六七八九十])[）)]\s*/u;

/**
 * 一、总体情况 as topics, when at least three of its paragraphs open with a topic's sub-heading.
 * A sub-heading that is a paragraph of its own, or ends at the first full stop, is dropped (the
 * topic key stands for it); the rest is kept word for word.
 */
export function overviewTopics(
  paras: readonly string[],
): { intro: string; topics: Partial<Record<OverviewTopicId, string>> } | null {
  const marks: { at: number; id: Exclude<OverviewTopicId, "intro">; body: string }[] = [];
  paras.forEach((p, at) => {
    const head = TOPIC_HEAD.exec(p);
    if (!head) return;
    const rest = p.slice(head[0].length);
    const hit = TOPIC_WORDS.find(([, re]) => re.test(rest));
    if (!hit || marks.some((m) => m.id === hit[0])) return;
    const stop = rest.search(/[。]/u);
    const body = stop >= 0 && stop <= 16 ? rest.slice(stop + 1).trim() : rest.length <= 16 ? "" : rest;
    marks.push({ at, id: hit[0], body });
  });
  if (marks.length < 3) return null;
  const topics: Partial<Record<OverviewTopicId, string>> = {};
  marks.forEach((m, k) => {
    const end = marks[k + 1]?.at ?? paras.length;
    topics[m.id] = [m.body, ...paras.slice(m.at + 1, end)].filter(Boolean).join("\n");
  });
  return { intro: paras.slice(0, marks[0]!.at).join("\n"), topics };
}
