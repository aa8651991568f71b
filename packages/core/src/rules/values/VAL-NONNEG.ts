import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/** Counts and amounts are never negative; only 2019's 本年增/减 (kind delta) may be. */
export const VAL_NONNEG: DocumentRule = {
  code: "VAL-NONNEG",
  severity: "error",
  category: "values",
  kind: "document",
  example: "主动公开:\n  行政处罚: -3\n",
  check(ctx) {
    for (const ref of checkedCells(ctx)) {
      const { path, cell, kind } = ref;
      if (kind === "delta" || cell.status !== "number" || !cell.exact?.startsWith("-")) continue;
      ctx.emit({
        messageId: "VAL-NONNEG.negative",
        args: { label: ref.label, value: cell.exact },
        range: ctx.range(path),
        paths: [path],
      });
    }
  },
};
