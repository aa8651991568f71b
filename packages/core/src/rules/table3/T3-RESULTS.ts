import { RECOMPUTE_TOTAL } from "../fixes.js";
import { table3ResultRowIds, table3ResultsSum } from "../../arith/totals.js";
import { table3CellLabel, table3ColumnLabel, table3RowLabel } from "../labels.js";
import type { DocumentRule } from "../types.js";
import { checkedTable3 } from "./analysis.js";

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
  fixes: RECOMPUTE_TOTAL,
  example:
    "依申请公开:\n  办理结果:\n    予以公开: [3, 0, 0, 0, 0, 0, 3]\n    部分公开: [0, 0, 0, 0, 0, 0, 0]\n" +
    "    不予公开: { 属于国家秘密: [0, 0, 0, 0, 0, 0, 0], 其他法律行政法规禁止公开: [0, 0, 0, 0, 0, 0, 0], 危及三安全一稳定: [0, 0, 0, 0, 0, 0, 0], 保护第三方合法权益: [0, 0, 0, 0, 0, 0, 0], 属于三类内部事务信息: [0, 0, 0, 0, 0, 0, 0], 属于四类过程性信息: [0, 0, 0, 0, 0, 0, 0], 属于行政执法案卷: [0, 0, 0, 0, 0, 0, 0], 属于行政查询事项: [0, 0, 0, 0, 0, 0, 0] }\n" +
    "    无法提供: { 本机关不掌握相关政府信息: [0, 0, 0, 0, 0, 0, 0], 没有现成信息需要另行制作: [0, 0, 0, 0, 0, 0, 0], 补正后申请内容仍不明确: [0, 0, 0, 0, 0, 0, 0] }\n" +
    "    不予处理: { 信访举报投诉类申请: [0, 0, 0, 0, 0, 0, 0], 重复申请: [0, 0, 0, 0, 0, 0, 0], 要求提供公开出版物: [0, 0, 0, 0, 0, 0, 0], 无正当理由大量反复申请: [0, 0, 0, 0, 0, 0, 0], 要求行政机关确认或重新出具已获取信息: [0, 0, 0, 0, 0, 0, 0] }\n" +
    "    其他处理: { 逾期不补正: [0, 0, 0, 0, 0, 0, 0], 逾期未缴费: [0, 0, 0, 0, 0, 0, 0], 其他: [0, 0, 0, 0, 0, 0, 0] }\n" +
    "    总计: [2, 0, 0, 0, 0, 0, 2]   # 3 ≠ 2",
  check(ctx) {
    const { form, report } = ctx;
    const a = checkedTable3(ctx);
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
        args: {
          column: table3ColumnLabel(form, c),
          totalRow: table3RowLabel(form, totalRow),
          sum,
          total,
          count: resultIds.length,
        },
        range: ctx.range(totalPath),
        related: addends.map((id) => ({
          range: ctx.range(`requests.${id}.${c}`),
          messageId: "related.addend",
          args: { label: table3CellLabel(form, id, c), value: a.counts(id, c)! },
        })),
        paths: [totalPath, ...addends.map((id) => `requests.${id}.${c}`)],
        ...(valueRange
          ? {
              fix: {
                messageId: "fix.recomputeTotal",
                args: { label: totalLabel, value: sum },
                edits: [{ range: valueRange, newText: String(sum) }],
              },
            }
          : {}),
      });
    }
  },
};
