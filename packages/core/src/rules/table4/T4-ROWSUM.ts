import { RECOMPUTE_TOTAL } from "../fixes.js";
import { countOf, sumCounts } from "../../arith/cells.js";
import { table4CellLabel, table4RowLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";

/** Table 四, each block: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计 (FORMAT I4). */
export const T4_ROWSUM: DocumentRule = {
  code: "T4-ROWSUM",
  severity: "error",
  category: "table4",
  kind: "document",
  fixes: RECOMPUTE_TOTAL,
  example: "复议诉讼:\n  行政复议: [10, 1, 0, 0, 0]   # 10+1+0+0 = 11",
  check(ctx) {
    const { form, report } = ctx;
    const totalCol = form.table4.columns.length - 1;
    for (const row of form.table4.rows) {
      const cells = report.litigation[row.id as keyof typeof report.litigation];
      if (!cells) continue;
      const addends = cells.slice(0, totalCol);
      const sum = sumCounts(addends);
      const total = countOf(cells[totalCol]);
      if (sum === null || total === null || sum === total) continue;
      const path = `litigation.${row.id}`;
      const totalPath = `${path}.${totalCol}`;
      const totalRange = ctx.valueRange(totalPath);
      ctx.emit({
        messageId: "T4-ROWSUM.mismatch",
        args: {
          row: table4RowLabel(form, row.id),
          addends: addends.map((c) => c.exact).join(" + "),
          sum,
          total,
        },
        range: ctx.range(totalPath),
        related: addends.map((c, i) => ({
          range: ctx.range(`${path}.${i}`),
          messageId: "related.addend",
          args: { label: table4CellLabel(form, row.id, i), value: c.exact ?? "" },
        })),
        paths: [totalPath, ...addends.map((_, i) => `${path}.${i}`)],
        ...(totalRange
          ? {
              fix: {
                messageId: "fix.recomputeTotal",
                args: { label: table4CellLabel(form, row.id, totalCol), value: sum },
                edits: [{ range: totalRange, newText: String(sum) }],
              },
            }
          : {}),
      });
    }
  },
};
