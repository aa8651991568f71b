import type { Catalogue } from "../format.js";

/** Messages of the table4 rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T4-ROWSUM.mismatch":
    "表四{row}：结果维持、结果纠正、其他结果、尚未审结之和为 {addends} = {sum}，但「总计」填写为 {total}。",
  "rule.T4-ROWSUM.title": "表四各栏总计",
  "rule.T4-ROWSUM.summary":
    "行政复议、未经复议直接起诉、复议后起诉三栏中，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。",
  "rule.T4-ROWSUM.why":
    "总计是四种结果之和（格式 I4）。真实报告常把总计留作 0：洪泽区 2023 年报行政复议 10+1+0+0=11，总计却填 0。",
  "rule.T4-ROWSUM.fix": "快速修复把总计改为四项之和。",

  "T4-NOTE-CARRYOVER.recorded":
    "说明写明表四的数量含以前年度的案件：“{excerpt}”。已按此口径记录：上年{pending}的案件可能再次计入本年表四。",
  "rule.T4-NOTE-CARRYOVER.title": "表四含以前年度案件的说明",
  "rule.T4-NOTE-CARRYOVER.summary": "报告的说明写明行政复议、行政诉讼数量含上年度结转案件时，记录这一口径。",
  "rule.T4-NOTE-CARRYOVER.why":
    "格式没有规定表四按受理年度还是按办结年度统计，各三栏之间也没有勾稽关系（FORMAT I5）。有的机关在表下加注说明口径：上海市人民政府办公厅 2025 年报注明“行政复议、行政诉讼数量含上年度结转数量”（RULES VAL-TABLE-NOTE、T4-NOTE-CARRYOVER）。只有在这样的口径下，上年「尚未审结」的案件才必然出现在本年表四中；没有这一说明时，跨年比较无从核对。",
  "rule.T4-NOTE-CARRYOVER.fix": "无需修改；这是一条记录。",
};
