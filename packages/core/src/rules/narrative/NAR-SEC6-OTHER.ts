import type { DocumentRule } from "../types.js";

/**
 * 六 mentions every item a region's profile requires (年度工作要点落实, 人大建议/政协提案办理结果公开,
 * 创新情况 …). An item is a literal phrase, or alternatives separated by "|" ("人大代表建议|人大建议").
 */
export const NAR_SEC6_OTHER: DocumentRule = {
  code: "NAR-SEC6-OTHER",
  severity: "info",
  category: "narrative",
  kind: "document",
  check(ctx) {
    const { report, options } = ctx;
    if (!report.present.other) return;
    const text = (report.other ?? "").replace(/\s+/gu, "");
    for (const item of options.profile.section6Items) {
      const alternatives = item
        .split("|")
        .map((a) => a.replace(/\s+/gu, ""))
        .filter(Boolean);
      if (!alternatives.length || alternatives.some((a) => text.includes(a))) continue;
      ctx.emit({
        messageId: "NAR-SEC6-OTHER.missing",
        args: { item: alternatives.join(" / ") },
        range: ctx.valueRange("other") ?? ctx.range("other"),
        paths: ["other"],
      });
    }
  },
};
