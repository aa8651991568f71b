import type { UnpairedRule } from "../types.js";

/**
 * A report has a likely previous-year report (an agency name that is similar but not the same
 * identity, or several variants of it) that pairing did not accept: the cross-year rules did not
 * compare the two. Said rather than skipped silently, so the author can make the names agree.
 */
export const XY_UNPAIRED: UnpairedRule = {
  code: "XY-UNPAIRED",
  severity: "info",
  category: "crossyear",
  kind: "unpaired",
  example: "# 同一文件夹中的上年报告：机关: 沐阳县人民政府，年度: 2024\n机关: 沭阳县人民政府\n年度: 2025",
  check(ctx) {
    const { likely, report } = ctx;
    ctx.emit({
      messageId: "XY-UNPAIRED.notPaired",
      args: {
        name: likely.name,
        previousAgency: likely.agency ?? "",
        previousYear: likely.year ?? "",
        agency: report.agency ?? "",
      },
      range: ctx.valueRange("meta.agency") ?? ctx.range("meta.agency"),
      paths: ["meta.agency"],
    });
  },
};
