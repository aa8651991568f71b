import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/** A number written with a parenthetical note (「22（其中修订16件）」): the number counts, the note is kept and never summed. */
export const VAL_ANNOTATION: DocumentRule = {
  code: "VAL-ANNOTATION",
  severity: "info",
  category: "values",
  kind: "document",
  example:
    "主动公开:\n  行政规范性文件: { 本年制发: 22（其中修订16件）, 本年废止: 0, 现行有效: 55（含自然失效29件） }\n",
  check(ctx) {
    for (const ref of checkedCells(ctx)) {
      const { path, cell } = ref;
      if (cell.status !== "number" || cell.note === null) continue;
      ctx.emit({
        messageId: "VAL-ANNOTATION.note",
        args: { label: ref.label, raw: cell.raw ?? "", value: cell.exact ?? "", note: cell.note },
        range: ctx.range(path),
        paths: [path],
      });
    }
  },
};
