import { ruleByCode } from "../index.js";
import type { DocumentRule } from "../types.js";
import { DISABLE_NEXT_LINE, disableDirectives } from "./directives.js";

/**
 * A `# nianbao-disable-next-line` comment that silences nothing. Here: a comment naming no rule,
 * or a code that is no rule (a typo silences nothing and hides that it does). Whether a named
 * rule found anything on the next line is known only once every rule has run, so the check's
 * finishing step (check/index.ts, with disable.ts) reports the comments that silenced nothing.
 */
export const DISABLE_UNUSED: DocumentRule = {
  code: "DISABLE-UNUSED",
  severity: "warning",
  category: "config",
  kind: "document",
  example: [
    "格式: 2021",
    "复议诉讼:",
    `  # ${DISABLE_NEXT_LINE} T4-ROWSUMS -- 复议机关尚未反馈`,
    "  行政复议: [1, 0, 0, 0, 1]",
  ].join("\n"),
  check(ctx) {
    for (const d of disableDirectives(ctx.read)) {
      if (!d.codes.length) ctx.emit({ messageId: "DISABLE-UNUSED.noRule", range: d.range });
      for (const c of d.codes)
        if (!ruleByCode(c.code))
          ctx.emit({ messageId: "DISABLE-UNUSED.unknown", args: { code: c.code }, range: c.range });
    }
  },
};
