import { table2CellLabel } from "../labels.js";
import type { CrossYearRule } from "../types.js";
import { both2021, isPreviousYear, stockRows, table2ColumnLabel, table2Count } from "./pair.js";

/**
 * Table 二, 规章 and 行政规范性文件: 本年废止(Y) ≤ 现行有效(Y−1) + 本年制发(Y). A document can be
 * repealed only if it was in force at the start of the year or issued during it. It holds even
 * where T2-STOCKFLOW legitimately does not (documents expiring by 有效期 lower 现行有效 without
 * being repealed), so it points at a different cell: 本年废止, not 现行有效.
 *
 * A warning rather than an error: last year's 现行有效 may itself have been understated.
 * Only between two reports on the 2021 form (see T2-STOCKFLOW).
 */
export const T2_REPEAL_BOUND: CrossYearRule = {
  code: "T2-REPEAL-BOUND",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  example:
    "# 上年报告：行政规范性文件 现行有效 5\n主动公开:\n  行政规范性文件: { 本年制发: 1, 本年废止: 9, 现行有效: 0 }   # 9 > 5 + 1",
  check(ctx) {
    if (!isPreviousYear(ctx) || !both2021(ctx)) return;
    const cur = ctx.report.proactive;
    for (const row of stockRows(ctx)) {
      const made = table2Count(cur, row, "made");
      const repealed = table2Count(cur, row, "repealed");
      const previousValid = table2Count(ctx.previous.report.proactive, row, "valid");
      if (made === null || repealed === null || previousValid === null) continue;
      const bound = previousValid + made;
      if (repealed <= bound) continue;
      const path = `proactive.${row}.repealed`;
      const label = (col: string) => table2CellLabel(ctx.form, row, col);
      ctx.emit({
        messageId: "T2-REPEAL-BOUND.exceeds",
        args: {
          cell: label("repealed"),
          repealed,
          previousValid,
          made,
          bound,
          validColumn: table2ColumnLabel(ctx.form, "valid"),
          madeColumn: table2ColumnLabel(ctx.form, "made"),
        },
        range: ctx.range(path),
        related: [
          {
            range: ctx.previousRange(`proactive.${row}.valid`),
            messageId: "related.previousYear",
            args: { label: table2CellLabel(ctx.previous.form, row, "valid"), value: previousValid },
            document: "previous",
          },
          {
            range: ctx.range(`proactive.${row}.made`),
            messageId: "related.addend",
            args: { label: label("made"), value: made },
          },
        ],
        paths: [path, `proactive.${row}.made`],
      });
    }
  },
};
