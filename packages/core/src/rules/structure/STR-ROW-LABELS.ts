import { canRenameTo, pathLabel, yamlScalar } from "../describe.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";

/**
 * Labels equal the form's: a near miss (洪泽区's "其他法律行政止公开", 上海科委's "规范性文件" in a
 * 2021 report, 石龙区's "本年度止件数") is read as the intended row and flagged with a fix; a key
 * inside a table or 说明 that matches nothing is flagged with the nearest label, if any.
 */
export const STR_ROW_LABELS: DocumentRule = {
  code: "STR-ROW-LABELS",
  severity: "warning",
  category: "structure",
  kind: "document",
  // A near miss was read as its row, so writing the label changes nothing read; a nearest label for a
  // key that matches nothing is a guess.
  fixes: { "STR-ROW-LABELS.fix": "auto", "STR-ROW-LABELS.suggestFix": "suggestion" },
  example: "依申请公开:\n  办理结果:\n    不予公开:\n      其他法律行政止公开: [0, 0, 0, 0, 0, 0, 0]\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-ROW-LABELS")) {
      if (o.kind === "mistyped-key") {
        const top = o.path === "";
        ctx.emit({
          messageId: top ? "STR-ROW-LABELS.mistypedTop" : "STR-ROW-LABELS.mistyped",
          args: { key: o.key, expected: o.expected, where: pathLabel(ctx.form, o.path) },
          range: o.range,
          fix: {
            messageId: "STR-ROW-LABELS.fix",
            args: { expected: o.expected },
            edits: [{ range: o.range, newText: yamlScalar(o.expected) }],
          },
        });
      } else if (o.kind === "unknown-key") {
        const args = { key: o.key, where: pathLabel(ctx.form, o.path) };
        if (!o.suggestion) ctx.emit({ messageId: "STR-ROW-LABELS.unknown", args, range: o.range });
        else
          ctx.emit({
            messageId: "STR-ROW-LABELS.unknownSuggest",
            args: { ...args, suggestion: o.suggestion },
            range: o.range,
            ...(canRenameTo(ctx, o.path, o.suggestion)
              ? {
                  fix: {
                    messageId: "STR-ROW-LABELS.suggestFix",
                    args: { expected: o.suggestion },
                    edits: [{ range: o.range, newText: yamlScalar(o.suggestion) }],
                  },
                }
              : {}),
          });
      }
    }
  },
};
