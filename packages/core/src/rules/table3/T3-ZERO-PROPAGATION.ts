import { table3CellLabel, table3ColumnLabel, table3RowLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";
import { checkedTable3 } from "./analysis.js";

/**
 * Table 三, zero propagation (FORMAT I7, from S1, I1, I2 and non-negative counts): where 一 and 二
 * are both 0 in a column, nothing in that column was concluded or carried forward, so every result
 * row, （七）总计 and 四 is 0 there; where a row's 总计 is 0, each of its cells is 0. Each cell that
 * breaks this is reported once; see `analysis.ts` for how the totals' rules give way to it.
 */
export const T3_ZERO_PROPAGATION: DocumentRule = {
  code: "T3-ZERO-PROPAGATION",
  severity: "error",
  category: "table3",
  kind: "document",
  example:
    "依申请公开:\n  本年新收: [0, 0, 0, 0, 0, 0, 0]\n  上年结转: [0, 0, 0, 0, 0, 0, 0]\n  办理结果:\n    予以公开: [2, 0, 0, 0, 0, 0, 2]   # no application, yet 2 disclosed",
  check(ctx) {
    const { form } = ctx;
    const a = checkedTable3(ctx);
    const { rows, tot } = a;
    const path = (rowId: string, c: number) => `requests.${rowId}.${c}`;
    const premise = (rowId: string, c: number) => ({
      range: ctx.range(path(rowId, c)),
      messageId: "T3-ZERO-PROPAGATION.premise",
      args: { label: table3CellLabel(form, rowId, c), value: 0 },
    });

    for (const f of a.flags) {
      const at = path(f.rowId, f.col);
      if (f.cause === "column") {
        ctx.emit({
          messageId: "T3-ZERO-PROPAGATION.column",
          args: {
            column: table3ColumnLabel(form, f.col),
            newRow: table3RowLabel(form, rows.new),
            carriedInRow: table3RowLabel(form, rows.carriedIn),
            row: table3RowLabel(form, f.rowId),
            value: f.value,
          },
          range: ctx.range(at),
          related: [premise(rows.new, f.col), premise(rows.carriedIn, f.col)],
          paths: [at, path(rows.new, f.col), path(rows.carriedIn, f.col)],
        });
      } else {
        ctx.emit({
          messageId: "T3-ZERO-PROPAGATION.row",
          args: {
            row: table3RowLabel(form, f.rowId),
            totalColumn: table3ColumnLabel(form, tot),
            column: table3ColumnLabel(form, f.col),
            value: f.value,
          },
          range: ctx.range(at),
          related: [premise(f.rowId, tot)],
          paths: [at, path(f.rowId, tot)],
        });
      }
    }
  },
};
