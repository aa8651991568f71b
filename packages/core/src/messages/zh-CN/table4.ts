import type { Catalogue } from "../format.js";

/** Messages of the table4 rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T4-ROWSUM.mismatch": "表四{row}：结果维持、结果纠正、其他结果、尚未审结之和为 {addends} = {sum}，但「总计」填写为 {total}。",
  "rule.T4-ROWSUM.title": "表四各栏总计",
  "rule.T4-ROWSUM.summary": "行政复议、未经复议直接起诉、复议后起诉三栏中，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
  "rule.T4-ROWSUM.why": "总计是四种结果之和（格式 I4）。真实报告常把总计留作 0：洪泽区 2023 年报行政复议 10+1+0+0=11，总计却填 0。",
  "rule.T4-ROWSUM.fix": "快速修复把总计改为四项之和。",
};
