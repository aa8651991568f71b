import { pathLabel } from "../describe.js";
import { observationsFor, visibleRange } from "../observed.js";
import type { DocumentRule } from "../types.js";

/** Tables 二、三、四 are all there: a missing or empty table is an error, never "not applicable". */
export const STR_TABLE_PRESENT: DocumentRule = {
  code: "STR-TABLE-PRESENT",
  severity: "error",
  category: "structure",
  kind: "document",
  example:
    "格式: 2021\n机关: 测试市测试局\n年度: 2023\n总体情况: 本年度未收到政府信息公开申请。\n主动公开:\n依申请公开:\n存在问题及改进: 无\n其他事项: 无\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-TABLE-PRESENT")) {
      if (o.kind !== "missing" && o.kind !== "wrong-type") continue;
      const section = ctx.form.sections.find((s) => s.id === o.path);
      ctx.emit({
        messageId: o.kind === "missing" ? "STR-TABLE-PRESENT.missing" : "STR-TABLE-PRESENT.empty",
        args: { label: pathLabel(ctx.form, o.path), key: section?.key ?? o.path },
        range: visibleRange(ctx, o.range, o.path),
        paths: [o.path],
      });
    }
  },
};
