import type { DocumentRule } from "../types.js";
import { reportCells } from "./cells.js";

/** Counts and amounts are never negative; only 2019's 本年增/减 (kind delta) may be. */
export const VAL_NONNEG: DocumentRule = {
  code: "VAL-NONNEG",
  severity: "error",
  category: "values",
  kind: "document",
  example: "主动公开:\n  行政处罚: -3\n",
  check(ctx) {
    for (const { path, cell, label, kind } of reportCells(ctx.form, ctx.report)) {
      if (kind === "delta" || cell.status !== "number" || !cell.exact?.startsWith("-")) continue;
      ctx.emit({ messageId: "VAL-NONNEG.negative", args: { label, value: cell.exact }, range: ctx.range(path), paths: [path] });
    }
  },
};
