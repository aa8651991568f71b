import { RECOMPUTE_TOTAL } from "../fixes.js";
import { table3RowIds, table3RowSum } from "../../arith/totals.js";
import { table3CellLabel, table3ColumnLabel, table3RowLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";
import { checkedTable3 } from "./analysis.js";

/** Table 三, each of its 25 rows (23 in the 2019 form): 总计 = Σ of the six applicant columns (FORMAT I1). */
export const T3_ROWTOTAL: DocumentRule = {
  code: "T3-ROWTOTAL",
  severity: "error",
  category: "table3",
  kind: "document",
  fixes: RECOMPUTE_TOTAL,
  example: "依申请公开:\n  本年新收: [12, 3, 0, 0, 1, 0, 0]   # 12+3+0+0+1+0 = 16",
  check(ctx) {
    const { form, report } = ctx;
    const a = checkedTable3(ctx);
    const { tot } = a;

    for (const rowId of table3RowIds(form, report.requests)) {
      const sum = table3RowSum(form, a.counts, rowId);
      const total = a.counts(rowId, tot);
      if (sum === null || total === null || sum === total) continue;
      if (a.explains((counts) => table3RowSum(form, counts, rowId) !== counts(rowId, tot))) continue;
      const path = `requests.${rowId}`;
      const totalPath = `${path}.${tot}`;
      const columns = Array.from({ length: tot }, (_, c) => c);
      const valueRange = ctx.valueRange(totalPath);
      ctx.emit({
        messageId: "T3-ROWTOTAL.mismatch",
        args: {
          row: table3RowLabel(form, rowId),
          applicants: form.table3.applicantHeader,
          totalColumn: table3ColumnLabel(form, tot),
          addends: columns.map((c) => a.counts(rowId, c)!).join(" + "),
          sum,
          total,
        },
        range: ctx.range(totalPath),
        related: columns.map((c) => ({
          range: ctx.range(`${path}.${c}`),
          messageId: "related.addend",
          args: { label: table3CellLabel(form, rowId, c), value: a.counts(rowId, c)! },
        })),
        paths: [totalPath, ...columns.map((c) => `${path}.${c}`)],
        ...(valueRange
          ? {
              fix: {
                messageId: "fix.recomputeTotal",
                args: { label: table3CellLabel(form, rowId, tot), value: sum },
                edits: [{ range: valueRange, newText: String(sum) }],
              },
            }
          : {}),
      });
    }
  },
};
