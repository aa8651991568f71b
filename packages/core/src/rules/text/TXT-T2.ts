import { TEXT_FIXES } from "../fixes.js";
import type { DocumentRule } from "../types.js";
import { compareFacts } from "./compare.js";

/** 规章 and 行政规范性文件 counts in the narrative equal table 二: 制发 → 本年制发件数, 现行有效 → 现行有效件数, 废止 → 本年废止件数. */
export const TXT_T2: DocumentRule = {
  code: "TXT-T2",
  severity: "warning",
  category: "text",
  kind: "document",
  fixes: TEXT_FIXES,
  example:
    "年度: 2023\n总体情况: 集中发布现行有效行政规范性文件393件。\n主动公开:\n  行政规范性文件: { 本年制发: 77, 本年废止: 132, 现行有效: 470 }",
  check(ctx) {
    compareFacts(ctx, "TXT-T2", ["t2"], false);
  },
};
