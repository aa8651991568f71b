import { TEXT_FIXES } from "../fixes.js";
import type { DocumentRule } from "../types.js";
import { compareFacts } from "./compare.js";

/** Result counts in the narrative (予以公开, 不予公开 …) equal the group sums of table 三, and their shares equal count / （七）总计. */
export const TXT_RESULTS: DocumentRule = {
  code: "TXT-RESULTS",
  severity: "warning",
  category: "text",
  kind: "document",
  fixes: TEXT_FIXES,
  example:
    "年度: 2023\n总体情况: 办结 10 件，其中予以公开 6 件（60%），无法提供 3 件（40%）。\n依申请公开:\n  办理结果:\n    予以公开: [6, 0, 0, 0, 0, 0, 6]\n    无法提供:\n      本机关不掌握相关政府信息: [4, 0, 0, 0, 0, 0, 4]\n      没有现成信息需要另行制作: [0, 0, 0, 0, 0, 0, 0]\n      补正后申请内容仍不明确: [0, 0, 0, 0, 0, 0, 0]\n    总计: [10, 0, 0, 0, 0, 0, 10]",
  check(ctx) {
    compareFacts(ctx, "TXT-RESULTS", ["results"], false);
  },
};
