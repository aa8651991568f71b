import { bilingual } from "../describe.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";
import { agencyKind } from "./agency.js";

const DAY_MS = 86_400_000;

/**
 * 发布日期 by the deadline of 条例第四十九条: 1月31日 of the next year for a department, 3月31日 for
 * a 本级人民政府 report or a region summary (全市/全区/全县汇总). Also a 发布日期 that is not a date.
 */
export const META_TIMELINESS: DocumentRule = {
  code: "META-TIMELINESS",
  severity: "info",
  category: "meta",
  kind: "document",
  example: "机关: 某市某局\n年度: 2024\n发布日期: 2025-02-20",
  check(ctx) {
    const { report } = ctx;
    // The router of observations (rules/observed.ts) decides which rule reports a bad publishedOn.
    for (const o of observationsFor(ctx, "META-TIMELINESS"))
      if (o.kind === "bad-meta")
        ctx.emit({
          messageId: "META-TIMELINESS.invalid",
          args: { written: o.written },
          range: o.range,
          paths: ["meta.publishedOn"],
        });
    const { publishedOn, year } = report;
    if (!publishedOn || year === null) return;
    const kind = agencyKind(report) ?? "department";
    const deadline = `${year + 1}-${kind === "government" ? "03-31" : "01-31"}`;
    if (publishedOn <= deadline) return;
    const days = Math.round((Date.parse(publishedOn) - Date.parse(deadline)) / DAY_MS);
    ctx.emit({
      messageId: "META-TIMELINESS.late",
      args: { date: publishedOn, deadline, days, who: bilingual(`META-TIMELINESS.kind.${kind}`) },
      range: ctx.valueRange("meta.publishedOn") ?? ctx.range("meta.publishedOn"),
      paths: ["meta.publishedOn"],
    });
  },
};
