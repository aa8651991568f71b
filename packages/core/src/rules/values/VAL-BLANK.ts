import { pathLabel } from "../describe.js";
import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/**
 * A cell holds a placeholder ('/', '—', '无', '不适用', 'N/A' …). It is not read as 0, so every
 * relation using it goes unchecked; each finding says how many such cells its table has.
 */
export const VAL_BLANK: DocumentRule = {
  code: "VAL-BLANK",
  severity: "warning",
  category: "values",
  kind: "document",
  // A 0 for a placeholder states a figure the author did not give.
  fixes: { "VAL-BLANK.fix": "suggestion" },
  example: '复议诉讼:\n  行政复议: ["/", "/", "/", "/", 0]\n',
  check(ctx) {
    const placeholders = checkedCells(ctx).filter((c) => c.cell.status === "placeholder");
    for (const ref of placeholders) {
      const { path, cell, table } = ref;
      const valueRange = ctx.valueRange(path);
      ctx.emit({
        messageId: "VAL-BLANK.placeholder",
        args: {
          label: ref.label,
          raw: cell.raw ?? "",
          table: pathLabel(ctx.form, table),
          count: placeholders.filter((c) => c.table === table).length,
        },
        range: ctx.range(path),
        paths: [path],
        ...(valueRange ? { fix: { messageId: "VAL-BLANK.fix", edits: [{ range: valueRange, newText: "0" }] } } : {}),
      });
    }
  },
};
