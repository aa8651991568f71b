import { table2CellLabel } from "../labels.js";
import type { CrossYearRule } from "../types.js";
import { both2021, isPreviousYear, stockRows, table2ColumnLabel, table2Count } from "./pair.js";

/**
 * Table 二, 规章 and 行政规范性文件: 现行有效(Y) = 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y)
 * (FORMAT I9). A warning: amended documents, documents expiring by their 有效期 and clean-up
 * campaigns break it legitimately, and the author says so in a 说明. No quick fix: which of the
 * four numbers is wrong cannot be told from the tables.
 *
 * Only between two reports on the 2021 form: the 2019 trial form counts 本年新制作/本年新公开/
 * 对外公开总数, which is no stock of documents in force.
 */
export const T2_STOCKFLOW: CrossYearRule = {
  code: "T2-STOCKFLOW",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  example:
    "# 上年报告：行政规范性文件 现行有效 698\n主动公开:\n  行政规范性文件: { 本年制发: 77, 本年废止: 132, 现行有效: 470 }   # 698 + 77 − 132 = 643",
  check(ctx) {
    if (!isPreviousYear(ctx) || !both2021(ctx)) return;
    const cur = ctx.report.proactive;
    const prev = ctx.previous.report.proactive;
    for (const row of stockRows(ctx)) {
      const valid = table2Count(cur, row, "valid");
      const made = table2Count(cur, row, "made");
      const repealed = table2Count(cur, row, "repealed");
      const previousValid = table2Count(prev, row, "valid");
      if (valid === null || made === null || repealed === null || previousValid === null) continue;
      const expected = previousValid + made - repealed;
      if (expected === valid) continue;
      const path = `proactive.${row}.valid`;
      const label = (col: string) => table2CellLabel(ctx.form, row, col);
      ctx.emit({
        messageId: "T2-STOCKFLOW.mismatch",
        args: {
          cell: label("valid"),
          valid,
          previousValid,
          made,
          repealed,
          expected,
          validColumn: table2ColumnLabel(ctx.form, "valid"),
          madeColumn: table2ColumnLabel(ctx.form, "made"),
          repealedColumn: table2ColumnLabel(ctx.form, "repealed"),
        },
        range: ctx.range(path),
        related: [
          {
            range: ctx.previousRange(path),
            messageId: "related.previousYear",
            args: { label: table2CellLabel(ctx.previous.form, row, "valid"), value: previousValid },
            document: "previous",
          },
          {
            range: ctx.range(`proactive.${row}.made`),
            messageId: "related.addend",
            args: { label: label("made"), value: made },
          },
          {
            range: ctx.range(`proactive.${row}.repealed`),
            messageId: "T2-STOCKFLOW.subtrahend",
            args: { label: label("repealed"), value: repealed },
          },
        ],
        paths: [path, `proactive.${row}.made`, `proactive.${row}.repealed`],
      });
    }
  },
};
