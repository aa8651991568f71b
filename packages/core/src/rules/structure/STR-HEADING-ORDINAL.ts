import { pathLabel } from "../describe.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";

/** A section written under its printed heading with another section's ordinal (四、主动公开政府信息情况). */
export const STR_HEADING_ORDINAL: DocumentRule = {
  code: "STR-HEADING-ORDINAL",
  severity: "warning",
  category: "structure",
  kind: "document",
  // The heading was read as its section by its words: only the ordinal is brought in line.
  fixes: { "STR-HEADING-ORDINAL.fix": "auto" },
  example: "四、主动公开政府信息情况:\n  行政许可: 0\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-HEADING-ORDINAL")) {
      if (o.kind !== "heading-ordinal") continue;
      const section = ctx.form.sections.find((s) => s.id === o.path);
      const heading = section ? `${section.ordinal}、${section.heading}` : null;
      ctx.emit({
        messageId: "STR-HEADING-ORDINAL.wrongOrdinal",
        args: { key: o.key, written: o.written, expected: o.expected, label: pathLabel(ctx.form, o.path) },
        range: o.range,
        paths: [o.path],
        ...(heading
          ? {
              fix: {
                messageId: "STR-HEADING-ORDINAL.fix",
                args: { heading },
                edits: [{ range: o.range, newText: heading }],
              },
            }
          : {}),
      });
    }
  },
};
