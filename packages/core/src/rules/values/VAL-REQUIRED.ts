import type { Range } from "../../source/index.js";
import { visibleRange } from "../observed.js";
import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/** Every cell of the form is filled: a blank cell (「[ ~, 0, …]」, 「''」, a key with no value) should be an explicit 0. */
export const VAL_REQUIRED: DocumentRule = {
  code: "VAL-REQUIRED",
  severity: "warning",
  category: "values",
  kind: "document",
  // A 0 for an empty cell states a figure the author did not give.
  fixes: { "VAL-REQUIRED.fix": "suggestion" },
  example: "复议诉讼:\n  行政复议: [~, 0, '', 0, 0]\n",
  check(ctx) {
    for (const ref of checkedCells(ctx)) {
      const { path, cell } = ref;
      if (cell.status !== "blank") continue;
      const edit = fillEdit(ctx.text, ctx.valueRange(path), ctx.keyRange(path));
      ctx.emit({
        messageId: "VAL-REQUIRED.blank",
        args: { label: ref.label },
        range: visibleRange(ctx, ctx.range(path), path),
        paths: [path],
        ...(edit ? { fix: { messageId: "VAL-REQUIRED.fix", edits: [edit] } } : {}),
      });
    }
  },
};

/**
 * Writes 0 over an empty value (「~」, 「''」), or after the colon of a key written with none,
 * with the spaces YAML needs around it: `key:0` and `0# note` would each read as one word.
 */
function fillEdit(
  text: string,
  value: Range | undefined,
  key: Range | undefined,
): { range: Range; newText: string } | null {
  if (value && value.end > value.start) return { range: value, newText: "0" };
  let at = value?.start;
  if (at === undefined) {
    if (!key) return null;
    const colon = /^[ \t]*:/u.exec(text.slice(key.end, key.end + 64));
    if (!colon) return null;
    at = key.end + colon[0].length;
  }
  const before = text[at - 1] === ":" ? " " : "";
  const after = at < text.length && !/[\s,\]}]/u.test(text[at]!) ? " " : "";
  return { range: { start: at, end: at }, newText: `${before}0${after}` };
}
