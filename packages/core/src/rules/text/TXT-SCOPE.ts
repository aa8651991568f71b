import { TEXT_FIXES } from "../fixes.js";
import type { DocumentRule } from "../types.js";
import { compareFacts } from "./compare.js";

/**
 * A narrative figure that differs from its cell while its sentence names another body than the
 * tables (备案, 代表, 本机关 in a government's report, 全市 in a department's) is a difference of
 * scope, not an arithmetic error: it is reported here, as info, instead of by TXT-APPS/RESULTS/T2.
 * Table 四's figures stay with TXT-LEGAL, which RULES.md downgrades to info for scope words.
 */
export const TXT_SCOPE: DocumentRule = {
  code: "TXT-SCOPE",
  severity: "info",
  category: "text",
  kind: "document",
  fixes: TEXT_FIXES,
  example:
    "机关: 淮安市洪泽区人民政府\n年度: 2024\n总体情况: 2024 年，区政府办代表区政府受理政府信息公开申请 17 件。\n依申请公开:\n  本年新收: [95, 0, 0, 0, 0, 0, 95]\n  上年结转: [0, 0, 0, 0, 0, 0, 0]",
  check(ctx) {
    compareFacts(ctx, "TXT-SCOPE", ["apps", "results", "t2"], true);
  },
};
