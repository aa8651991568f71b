import type { Report } from "../../model/index.js";
import { table4ColumnLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";

/** Words that name review or litigation, for a note that does not say which table it is under. */
const ABOUT_TABLE4 = /复议|诉讼/u;
/** "…数量含上年度结转数量", "包括以前年度受理的案件" …: an inclusion verb followed closely by an earlier year. */
const INCLUDES_EARLIER =
  /(?<!不)(?:含|包含|包括)了?[^。；;！!？?\n]{0,16}?(?:上一?年度?|以前年度|以往年度|往年|历年|前几年|此前年度|跨年度?)/u;
const EXCERPT_LENGTH = 60;

/**
 * The indexes of the 说明 that say table 四 counts cases from earlier years, e.g. 上海市人民政府办公厅
 * 2025: "注：行政复议、行政诉讼数量含上年度结转数量". A cross-year comparison of 尚未审结 needs this:
 * only under that reading must last year's pending cases reappear in this year's table.
 */
export function litigationCarryoverNotes(report: Report): number[] {
  const out: number[] = [];
  report.notes.forEach((note, i) => {
    const aboutTable4 = note.table === "litigation" || (note.table === null && ABOUT_TABLE4.test(note.text));
    if (aboutTable4 && INCLUDES_EARLIER.test(note.text)) out.push(i);
  });
  return out;
}

/** Records a 说明 saying that table 四 includes cases from earlier years (RULES T4-NOTE-CARRYOVER). */
export const T4_NOTE_CARRYOVER: DocumentRule = {
  code: "T4-NOTE-CARRYOVER",
  severity: "info",
  category: "table4",
  kind: "document",
  example: "说明:\n  - 内容: 行政复议、行政诉讼数量含上年度结转数量。\n    表: 复议诉讼",
  check(ctx) {
    const { form, report } = ctx;
    for (const i of litigationCarryoverNotes(report)) {
      const text = report.notes[i]!.text.trim();
      const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
      const path = ctx.valueRange(`notes.${i}.text`) ? `notes.${i}.text` : `notes.${i}`;
      ctx.emit({
        messageId: "T4-NOTE-CARRYOVER.recorded",
        args: { excerpt, pending: table4ColumnLabel(form, 3) },
        range: ctx.range(path),
        paths: [path],
      });
    }
  },
};
