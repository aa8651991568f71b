import { sumExact, table3ResultRowIds, type Table3Counts } from "../../arith/totals.js";
import { quoted, table3CellLabel, table3ColumnLabel, table3RowLabel } from "../labels.js";
import type { DocumentRule, RuleContext } from "../types.js";
import { checkedTable3, type Table3Analysis } from "./analysis.js";

/**
 * Table 三, each of the 7 columns: 一 + 二 = （七）总计 + 四 (FORMAT S1, the relation the form
 * prints in its header). Any of the four cells may be the wrong one, so the finding sits on
 * （七）总计 and names the other three; when （七）总计 holds no number, the sum of the result rows
 * stands in for it (FORMAT I3) and the finding sits on 四.
 *
 * A table being filled in is not wrong yet: while every result row is still 0, the columns that do
 * not balance are one note on 三、本年度办理结果 saying what has been filled and what is missing,
 * not an error per column on cells the author has not reached.
 */
export const T3_IDENTITY: DocumentRule = {
  code: "T3-IDENTITY",
  severity: "error",
  category: "table3",
  kind: "document",
  example:
    "依申请公开:\n  本年新收: [5, 0, 0, 0, 0, 0, 5]\n  上年结转: [1, 0, 0, 0, 0, 0, 1]\n  办理结果:\n    总计: [4, 0, 0, 0, 0, 0, 4]\n  结转下年度: [0, 0, 0, 0, 0, 0, 0]   # 5 + 1 ≠ 4 + 0",
  check(ctx) {
    const { form, report } = ctx;
    const a = checkedTable3(ctx);
    const { rows } = a;
    const resultIds = table3ResultRowIds(form, report.requests);
    const path = (rowId: string, c: number) => `requests.${rowId}.${c}`;
    if (resultsPending(ctx, a, resultIds)) return;

    for (let c = 0; c <= a.tot; c++) {
      const n = a.counts(rows.new, c);
      const ci = a.counts(rows.carriedIn, c);
      const co = a.counts(rows.carriedOut, c);
      const left = sumExact([n, ci]);
      if (left === null || co === null) continue;
      const written = a.counts(rows.total, c);
      // Without a number in （七）总计 the identity still holds through the result rows (I3).
      const concluded = (counts: Table3Counts) =>
        counts(rows.total, c) ?? sumExact(resultIds.map((id) => counts(id, c)));
      const mismatch = (counts: Table3Counts) => {
        const t = concluded(counts);
        const r = sumExact([t, counts(rows.carriedOut, c)]);
        return r !== null && r !== sumExact([counts(rows.new, c), counts(rows.carriedIn, c)]);
      };
      if (!mismatch(a.counts) || a.explains(mismatch)) continue;
      const t = concluded(a.counts)!;
      const right = sumExact([t, co])!;
      const term = (rowId: string, value: number) => ({
        range: ctx.range(path(rowId, c)),
        messageId: "T3-IDENTITY.term",
        args: { label: table3CellLabel(form, rowId, c), value },
      });
      const common = {
        column: table3ColumnLabel(form, c),
        newRow: table3RowLabel(form, rows.new),
        carriedInRow: table3RowLabel(form, rows.carriedIn),
        totalRow: table3RowLabel(form, rows.total),
        carriedOutRow: table3RowLabel(form, rows.carriedOut),
        new: n!,
        carriedIn: ci!,
        left,
        total: t,
        carriedOut: co,
        right,
      };
      if (written !== null) {
        ctx.emit({
          messageId: "T3-IDENTITY.mismatch",
          args: common,
          range: ctx.range(path(rows.total, c)),
          related: [term(rows.new, n!), term(rows.carriedIn, ci!), term(rows.carriedOut, co)],
          paths: [path(rows.total, c), path(rows.new, c), path(rows.carriedIn, c), path(rows.carriedOut, c)],
        });
        continue;
      }
      const addends = resultIds.filter((id) => (a.counts(id, c) ?? 0) !== 0);
      ctx.emit({
        messageId: "T3-IDENTITY.mismatchFromResults",
        args: common,
        range: ctx.range(path(rows.carriedOut, c)),
        related: [
          term(rows.new, n!),
          term(rows.carriedIn, ci!),
          ...addends.map((id) => ({
            range: ctx.range(path(id, c)),
            messageId: "related.addend",
            args: { label: table3CellLabel(form, id, c), value: a.counts(id, c)! },
          })),
        ],
        paths: [
          path(rows.carriedOut, c),
          path(rows.new, c),
          path(rows.carriedIn, c),
          ...addends.map((id) => path(id, c)),
        ],
      });
    }
  },
};

/**
 * When no result row (nor （七）总计) holds anything but 0 and some column does not balance, emits
 * the one note that the results are still to be filled, and says so.
 */
function resultsPending(ctx: RuleContext, a: Table3Analysis, resultIds: readonly string[]): boolean {
  const { form } = ctx;
  const { rows, tot } = a;
  const columns = Array.from({ length: tot + 1 }, (_, c) => c);
  if (![...resultIds, rows.total].every((id) => columns.every((c) => a.counts(id, c) === 0))) return false;
  const balances = (c: number) => {
    const left = sumExact([a.counts(rows.new, c), a.counts(rows.carriedIn, c)]);
    const co = a.counts(rows.carriedOut, c);
    return left === null || co === null || left === co;
  };
  if (columns.every(balances)) return false;
  const total = (rowId: string) =>
    a.counts(rowId, tot) ?? sumExact(columns.slice(0, tot).map((c) => a.counts(rowId, c))) ?? 0;
  const group = form.table3.rows.find((n) => n.type === "group" && n.children.some((ch) => ch.id === rows.total));
  // What has been filled: 本年新收, 上年结转 or both (a next year's report starts with 上年结转 alone).
  const filled = [rows.new, rows.carriedIn]
    .filter((id) => total(id) !== 0)
    .map((id) => ({ label: table3RowLabel(form, id), value: total(id) }));
  // Totals of 0 over cells that are not: T3-ROWTOTAL's to say, and the columns' as before.
  if (filled.length === 0) return false;
  ctx.emit({
    messageId: "T3-IDENTITY.resultsPending",
    severity: "info",
    args: {
      filled: {
        zh: filled.map((f) => `${f.label.zh} ${f.value} 件`).join("、"),
        en: filled.map((f) => `${f.value} in ${f.label.en}`).join(" and "),
      },
      results: group ? quoted(group.label, group.en) : table3RowLabel(form, rows.total),
    },
    range: (group && ctx.keyRange(`requests.${group.id}`)) ?? ctx.range(`requests.${rows.total}.${tot}`),
    paths: [`requests.${rows.new}.${tot}`, `requests.${rows.carriedIn}.${tot}`, `requests.${rows.total}.${tot}`],
  });
  return true;
}
