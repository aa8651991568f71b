import { TEXT_FIXES } from "../fixes.js";
import type { DocumentRule } from "../types.js";
import { compareFacts } from "./compare.js";

/** Application counts in the narrative equal table 三: 收到/受理 → 一 (or 一 + 二), 办结/答复 → （七）, 结转 → 二 or 四, 自然人 → its column (FORMAT I10). */
export const TXT_APPS: DocumentRule = {
  code: "TXT-APPS",
  severity: "warning",
  category: "text",
  kind: "document",
  fixes: TEXT_FIXES,
  example:
    "年度: 2023\n总体情况: 2023 年，全区受理政府信息公开申请 21 件，办结 20 件。\n依申请公开:\n  本年新收: [21, 0, 0, 0, 0, 0, 21]\n  上年结转: [0, 0, 0, 0, 0, 0, 0]\n  办理结果:\n    总计: [21, 0, 0, 0, 0, 0, 21]",
  check(ctx) {
    compareFacts(ctx, "TXT-APPS", ["apps"], false);
  },
};
