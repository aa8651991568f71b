import { pathLabel } from "../describe.js";
import type { DocumentRule } from "../types.js";

/** A 说明 entry naming a table (表) and no rule: a 注 printed under that table, recorded. */
export const VAL_TABLE_NOTE: DocumentRule = {
  code: "VAL-TABLE-NOTE",
  severity: "info",
  category: "values",
  kind: "document",
  example: "说明:\n  - 表: 复议诉讼\n    内容: 行政复议、行政诉讼数量含上年度结转数量。\n",
  check(ctx) {
    ctx.report.notes.forEach((note, i) => {
      if (note.table === null || note.rule !== null) return;
      const path = `notes.${i}`;
      ctx.emit({
        messageId: "VAL-TABLE-NOTE.recorded",
        args: { table: pathLabel(ctx.form, note.table), text: note.text },
        range: ctx.range(`${path}.text`),
        paths: [path],
      });
    });
  },
};
