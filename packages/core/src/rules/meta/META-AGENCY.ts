import type { Range } from "../../source/index.js";
import { ValueLocator } from "../text/locate.js";
import { narrativeTexts } from "../text/texts.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";
import { placeNames } from "./agency.js";
import { confusable } from "./confusables.js";

/** Two-character names ("沭阳") are too short to tell a misspelling from another word. */
const MIN_NAME = 3;

/**
 * The agency's name is spelt the same in 标题 and in the narrative: a name one look-alike
 * character off 机关 (沐阳县人民政府 for 沭阳县人民政府) is an OCR or typing error. Also a 机关 that
 * is empty or not a text.
 */
export const META_AGENCY: DocumentRule = {
  code: "META-AGENCY",
  severity: "warning",
  category: "meta",
  kind: "document",
  // A name one character off may be another agency's.
  fixes: { "META-AGENCY.fix": "suggestion" },
  example: "机关: 沭阳县人民政府\n年度: 2025\n标题: 沐阳县人民政府2025年政府信息公开工作年度报告",
  check(ctx) {
    const { report } = ctx;
    // The router of observations (rules/observed.ts) decides which rule reports a bad agency.
    for (const o of observationsFor(ctx, "META-AGENCY"))
      if (o.kind === "bad-meta")
        ctx.emit({
          messageId: "META-AGENCY.invalid",
          args: { written: o.written },
          range: o.range,
          paths: ["meta.agency"],
        });
    const agency = report.agency?.trim();
    if (!agency) return;
    const names = [...new Set([agency, ...placeNames(agency)])]
      .filter((n) => n.length >= MIN_NAME)
      .sort((a, b) => b.length - a.length);
    const texts = [
      ...(report.title
        ? [
            {
              path: "meta.title",
              text: report.title,
              locator: new ValueLocator(ctx.text, ctx.valueRange("meta.title"), report.title),
            },
          ]
        : []),
      ...narrativeTexts(ctx),
    ];
    for (const t of texts) {
      // A place name inside a misspelt full name is not reported again.
      const taken = new Uint8Array(t.text.length);
      for (const name of names)
        for (const i of nearMatches(t.text, name)) {
          if (!oneLookAlikeOff(t.text, i, name) || taken.subarray(i, i + name.length).includes(1)) continue;
          const found = t.text.slice(i, i + name.length);
          taken.fill(1, i, i + name.length);
          const range: Range | null = t.locator.locate(i, i + name.length);
          ctx.emit({
            messageId: "META-AGENCY.variant",
            args: { found, name, agency },
            range: range ?? t.locator.whole ?? ctx.range(t.path),
            related: [
              {
                range: ctx.valueRange("meta.agency") ?? ctx.range("meta.agency"),
                messageId: "META-AGENCY.agency",
                args: { agency },
              },
            ],
            paths: [t.path, "meta.agency"],
            ...(range
              ? { fix: { messageId: "META-AGENCY.fix", args: { found, name }, edits: [{ range, newText: name }] } }
              : {}),
          });
        }
    }
  },
};

/**
 * The places, in order, where `name` could be spelt one character off: one of its two halves is
 * then exact, so only the places native search finds for either half are looked at.
 */
function nearMatches(text: string, name: string): number[] {
  const half = name.length >> 1;
  const head = name.slice(0, half);
  const tail = name.slice(half);
  const last = text.length - name.length;
  const at = new Set<number>();
  for (let i = text.indexOf(head); i >= 0 && i <= last; i = text.indexOf(head, i + 1)) at.add(i);
  for (let i = text.indexOf(tail, half); i >= 0 && i - half <= last; i = text.indexOf(tail, i + 1)) at.add(i - half);
  return [...at].sort((a, b) => a - b);
}

/** Whether text[at …] spells `name` but for one look-alike character. */
function oneLookAlikeOff(text: string, at: number, name: string): boolean {
  let diff = -1;
  for (let k = 0; k < name.length; k++) {
    if (text.charCodeAt(at + k) === name.charCodeAt(k)) continue;
    if (diff >= 0) return false;
    diff = k;
  }
  return diff >= 0 && confusable(text[at + diff]!, name[diff]!);
}
