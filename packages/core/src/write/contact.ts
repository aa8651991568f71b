/**
 * The contact details of a report's 概述 (地址, 邮编, 电话, 电子邮箱), which rarely change from one
 * year to the next and so are worth carrying into next year's report. Published reports give them
 * as the closing sentence of the introduction (「如对本报告有疑问，请与……联系（地址：……，邮编：……，
 * 电话：……）。」) or as a paragraph of their own. Only a sentence that names at least two kinds of
 * contact detail, each followed by a colon, counts: a sentence that merely mentions a 咨询电话 is prose
 * about the year and must not be carried.
 */

/** The kinds of contact detail, each with the labels reports print for it. */
const KINDS: readonly RegExp[] = [
  /地址[:：]/,
  /(邮编|邮政编码)[:：]/,
  /(联系)?电话[:：]/,
  /(电子邮箱|电子信箱|邮箱|e-?mail)[:：]/i,
  /传真[:：]/,
];

/** A sentence ends at 。！？ (and a closing bracket or quote right after it stays with it). */
const SENTENCE = /[^。！？!?]*(?:[。！？!?][）)」”]*|$)/g;

/** How many kinds of contact detail a text names. Spaced-out labels (「电 话 ：」) count. */
function kinds(text: string): number {
  const squeezed = text.replace(/\s+/g, "");
  return KINDS.filter((k) => k.test(squeezed)).length;
}

/**
 * The contact sentences of an introduction, as written, one paragraph of them; null when it has
 * none. Sentences are taken whole, so a paragraph that is only contact details is carried whole.
 */
export function contactParagraph(text: string | null | undefined): string | null {
  if (!text) return null;
  const found: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    const sentences = (paragraph.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
    // A paragraph of nothing but contact details (「联系地址：……。联系电话：……。」) is carried whole.
    if (sentences.length && sentences.every((s) => kinds(s) >= 1) && kinds(paragraph) >= 2)
      found.push(paragraph.trim());
    else found.push(...sentences.filter((s) => kinds(s) >= 2));
  }
  return found.length ? found.join("") : null;
}
