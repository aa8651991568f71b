import { table3ResultRowIds, table3ResultsSum } from "../../arith/totals.js";
import { table3CellLabel, table3ColumnLabel, table3RowLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";
import { analyseTable3 } from "./analysis.js";

/**
 * Table 三, each of the 7 columns: （七）总计 = Σ of the result rows (21 in the 2021 form, 19 in the
 * 2019 form; FORMAT I2). A report that carries the other form's （六）其他处理 is added up with the
 * rows it has (see `table3ResultRowIds`).
 */
export const T3_RESULTS: DocumentRule = {
  code: "T3-RESULTS",
  severity: "error",
  category: "table3",
  kind: "document",
  example: "依申请公开:\n  办理结果:\n    予以公开: [3, 0, 0, 0, 0, 0, 3]\n    # … every other result row 0\n    总计: [2, 0, 0, 0, 0, 0, 2]   # 3 ≠ 2",
  check(ctx) {
    const { form, report } = ctx;
    const a = analyseTable3(form, report);
    const totalRow = a.rows.total;
    const resultIds = table3ResultRowIds(form, report.requests);

    for (let c = 0; c <= a.tot; c++) {
      const total = a.counts(totalRow, c);
      const sum = table3ResultsSum(form, report.requests, a.counts, c);
      if (total === null || sum === null || total === sum) continue;
      if (a.explains((counts) => counts(totalRow, c) !== table3ResultsSum(form, report.requests, counts, c))) continue;
      const totalPath = `requests.${totalRow}.${c}`;
      const addends = resultIds.filter((id) => a.counts(id, c) !== 0);
      const valueRange = ctx.valueRange(totalPath);
      const totalLabel = table3CellLabel(form, totalRow, c);
      ctx.emit({
        messageId: "T3-RESULTS.mismatch",
        args: { column: table3ColumnLabel(form, c), totalRow: table3RowLabel(form, totalRow), sum, total, count: resultIds.length },
        range: ctx.range(totalPath),
        related: addends.map((id) => ({
          range: ctx.range(`requests.${id}.${c}`),
          messageId: "related.addend",
          args: { label: table3CellLabel(form, id, c), value: a.counts(id, c)! },
        })),
        paths: [totalPath, ...addends.map((id) => `requests.${id}.${c}`)],
        ...(valueRange ? { fix: { messageId: "fix.recomputeTotal", args: { label: totalLabel, value: sum }, edits: [{ range: valueRange, newText: String(sum) }] } } : {}),
      });
    }
  },
};
