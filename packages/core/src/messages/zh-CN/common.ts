import type { Catalogue } from "../format.js";

/** Messages shared by many rules (zh-CN). */
export const messages: Catalogue = {
  "fix.setValue": "将{label}改为 {value}",
  "fix.recomputeTotal": "重新计算{label}为 {value}",
  "related.addend": "加数：{label} = {value}",
  "related.total": "总计：{label} = {value}",
  "related.previousYear": "上年报告：{label} = {value}",
  "internal.ruleFailed": "规则 {code} 运行出错，已跳过：{detail}",
};
