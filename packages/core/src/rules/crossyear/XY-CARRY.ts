import { countOf } from "../../arith/cells.js";
import { table3CellLabel } from "../labels.js";
import type { CrossYearRule } from "../types.js";
import { isPreviousYear } from "./pair.js";

/**
 * Table 三, each of the 7 columns: 二、上年结转 of year Y = 四、结转下年度继续办理 of year Y−1
 * (FORMAT I8). The peer checker compares the 总计 column only; a shift between applicant columns
 * with an unchanged total is an error too.
 *
 * RULES.md grades it W→E. It is a warning by default because the relation has legitimate breaks
 * (the agency was restructured, last year's figure was corrected after publication), and because
 * only a warning can be answered with a 说明 (规则: XY-CARRY) that is printed under the table; an
 * error must be corrected. A supervising office that wants it strict sets it to "error".
 */
export const XY_CARRY: CrossYearRule = {
  code: "XY-CARRY",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  // Last year's published figure may be the wrong one, corrected this year with a 说明.
  fixes: { "fix.setValue": "suggestion" },
  example: "# 上年报告：结转下年度: [5, 0, 0, 0, 0, 0, 5]\n依申请公开:\n  上年结转: [3, 0, 0, 0, 0, 0, 3]",
  check(ctx) {
    if (!isPreviousYear(ctx)) return;
    const current = ctx.report.requests.carriedIn;
    const previous = ctx.previous.report.requests.carriedOut;
    if (!current || !previous) return;
    const prevForm = ctx.previous.form;
    ctx.form.table3.columns.forEach((_, col) => {
      const cur = countOf(current[col]);
      const prev = countOf(previous[col]);
      if (cur === null || prev === null || cur === prev) return;
      const path = `requests.carriedIn.${col}`;
      const cell = table3CellLabel(ctx.form, "carriedIn", col);
      const previousCell = table3CellLabel(prevForm, "carriedOut", col);
      const valueRange = ctx.valueRange(path);
      ctx.emit({
        messageId: "XY-CARRY.mismatch",
        args: { cell, current: cur, previousCell, previous: prev },
        range: ctx.range(path),
        related: [
          {
            range: ctx.previousRange(`requests.carriedOut.${col}`),
            messageId: "related.previousYear",
            args: { label: previousCell, value: prev },
            document: "previous",
          },
        ],
        paths: [path],
        ...(valueRange
          ? {
              fix: {
                messageId: "fix.setValue",
                args: { label: cell, value: prev },
                edits: [{ range: valueRange, newText: String(prev) }],
              },
            }
          : {}),
      });
    });
  },
};
