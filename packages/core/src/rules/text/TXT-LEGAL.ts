import { TEXT_FIXES } from "../fixes.js";
import type { DocumentRule } from "../types.js";
import { compareFacts } from "./compare.js";

/** 行政复议 / 行政诉讼 counts in the narrative, and their 维持/纠正/其他/尚未审结 breakdown, equal table 四. */
export const TXT_LEGAL: DocumentRule = {
  code: "TXT-LEGAL",
  severity: "warning",
  category: "text",
  kind: "document",
  fixes: TEXT_FIXES,
  example:
    "年度: 2024\n总体情况: 政府信息公开行政复议 3 件，行政诉讼 2 件。\n复议诉讼:\n  行政复议: [1, 1, 0, 0, 2]\n  未经复议直接起诉: [1, 0, 0, 0, 1]\n  复议后起诉: [1, 0, 0, 0, 1]",
  check(ctx) {
    compareFacts(ctx, "TXT-LEGAL", ["legal"], false);
    // 备案, 全市, 本机关 … change what is counted: still worth a look, no longer a likely error.
    compareFacts(ctx, "TXT-LEGAL", ["legal"], true, "info");
  },
};
