import { table2CellLabel } from "../labels.js";
import type { CrossYearRule } from "../types.js";
import { isPreviousYear, table2Count } from "./pair.js";

/**
 * The columns of table 二 that are comparable year on year: 现行有效件数 is a stock, and the
 * 本年处理决定数量 of 行政许可/行政处罚/行政强制 follow an agency's steady workload. 本年制发 and
 * 本年废止 are flows that swing with clean-up campaigns, and the fee amount with policy; a jump in
 * them says little.
 */
const COMPARABLE_COLUMNS: readonly string[] = ["valid", "decisions"];

/**
 * A change is large when the larger of the two values is at least three times the smaller
 * (+200 % or −67 %). Year-on-year workloads of a stable agency move by tens of percent (宿迁
 * 2023→2024: 行政强制 +46 %, 行政许可 −13 %); a threefold change is rare and is what an import
 * or typing slip produces (a digit lost or added, a column shifted; RULES.md cites 淮安 现行有效 66 → 372).
 */
const FACTOR = 3;
/** Small counts move by large factors without meaning anything (2 → 8); below this absolute change, stay quiet. */
const MIN_CHANGE = 30;

/** Table 二: a large relative change of 现行有效件数 or of a decision count year over year asks for a re-check. */
export const T2_JUMP: CrossYearRule = {
  code: "T2-JUMP",
  severity: "info",
  category: "crossyear",
  kind: "cross-year",
  example:
    "# 上年报告：行政规范性文件 现行有效 66\n主动公开:\n  行政规范性文件: { 本年制发: 8, 本年废止: 26, 现行有效: 372 }",
  check(ctx) {
    if (!isPreviousYear(ctx)) return;
    const prevForm = ctx.previous.form;
    for (const block of ctx.form.table2.blocks)
      for (const row of block.rows)
        for (const col of block.columns) {
          if (!COMPARABLE_COLUMNS.includes(col.id)) continue;
          // The same measure must exist in last year's form (现行有效 is new in 2021).
          if (
            !prevForm.table2.blocks.some(
              (b) => b.rows.some((r) => r.id === row.id) && b.columns.some((c) => c.id === col.id),
            )
          )
            continue;
          const current = table2Count(ctx.report.proactive, row.id, col.id);
          const previous = table2Count(ctx.previous.report.proactive, row.id, col.id);
          if (current === null || previous === null || !isJump(previous, current)) continue;
          const path = `proactive.${row.id}.${col.id}`;
          const cell = table2CellLabel(ctx.form, row.id, col.id);
          ctx.emit({
            ...(previous === 0
              ? { messageId: "T2-JUMP.fromZero", args: { cell, current } }
              : {
                  messageId: "T2-JUMP.change",
                  args: { cell, previous, current, change: percentChange(previous, current) },
                }),
            range: ctx.range(path),
            related: [
              {
                range: ctx.previousRange(path),
                messageId: "related.previousYear",
                args: { label: table2CellLabel(prevForm, row.id, col.id), value: previous },
                document: "previous",
              },
            ],
            paths: [path],
          });
        }
  },
};

export function isJump(previous: number, current: number): boolean {
  // A negative count is VAL-NONNEG's finding; a ratio of it means nothing.
  if (previous < 0 || current < 0) return false;
  if (Math.abs(current - previous) < MIN_CHANGE) return false;
  const lo = Math.min(previous, current);
  const hi = Math.max(previous, current);
  return lo === 0 || hi >= FACTOR * lo;
}

/** "+464%", "−82%": signed, rounded to whole percent, with a true minus sign as printed in Chinese text. */
function percentChange(previous: number, current: number): string {
  const p = Math.round(((current - previous) / previous) * 100);
  return p >= 0 ? `+${p}%` : `−${-p}%`;
}
