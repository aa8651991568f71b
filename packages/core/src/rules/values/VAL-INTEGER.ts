import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/** Count cells hold whole numbers (FORMAT I6); the fee (万元) may be a decimal. */
export const VAL_INTEGER: DocumentRule = {
  code: "VAL-INTEGER",
  severity: "error",
  category: "values",
  kind: "document",
  example: "复议诉讼:\n  行政复议: [1.5, 0, 0, 0, 1.5]\n",
  check(ctx) {
    for (const ref of checkedCells(ctx)) {
      const { path, cell, kind } = ref;
      if (kind === "amount" || cell.status !== "number" || cell.exact === null || cell.value === null) continue;
      // Past 2^53 a count can no longer be added exactly, so the relations could not use it.
      const messageId = cell.exact.includes(".")
        ? "VAL-INTEGER.fraction"
        : Number.isSafeInteger(cell.value)
          ? null
          : "VAL-INTEGER.tooLarge";
      if (messageId)
        ctx.emit({ messageId, args: { label: ref.label, value: cell.exact }, range: ctx.range(path), paths: [path] });
    }
  },
};
