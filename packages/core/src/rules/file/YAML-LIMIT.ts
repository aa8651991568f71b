import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";

/** The file passes one of the reader's limits (size, aliases, nesting, line length, error count). Not in RULES.md: a file error. */
export const YAML_LIMIT: DocumentRule = {
  code: "YAML-LIMIT",
  severity: "error",
  category: "file",
  kind: "document",
  example:
    "机关: 测试市测试局\n年度: 2023\n说明: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "YAML-LIMIT")) {
      if (o.kind !== "limit") continue;
      ctx.emit({ messageId: `YAML-LIMIT.${o.limit}`, args: { max: o.max, actual: o.actual }, range: o.range });
    }
  },
};
