import type { Range } from "../../source/index.js";
import { textUnits, type TextUnit } from "../crossyear/texts.js";
import type { RuleContext } from "../types.js";
import { ValueLocator } from "./locate.js";

/** A text of the narrative with a locator for pieces of it. */
export interface NarrativeText extends TextUnit {
  readonly locator: ValueLocator;
}

/**
 * The narrative texts of the report in the order of the form, limited to the given sections.
 * Listed once per check: the rules that read the prose share the texts and their locators, so a
 * text is aligned with its source at most once however many rules point into it.
 */
export function narrativeTexts(ctx: RuleContext, sections?: readonly TextUnit["section"][]): readonly NarrativeText[] {
  const all = ctx.memo("text.narrativeTexts", () =>
    textUnits(ctx.report, ctx.form).map((u): NarrativeText => ({
      ...u,
      locator: new ValueLocator(ctx.text, ctx.valueRange(u.path), u.text),
    })),
  );
  return sections ? all.filter((u) => sections.includes(u.section)) : all;
}

/** The range to report a piece of a narrative text at: the piece itself, else the whole text. */
export function pieceRange(ctx: RuleContext, t: NarrativeText, start: number, end: number): Range {
  return t.locator.locate(start, end) ?? t.locator.whole ?? ctx.range(t.path);
}
