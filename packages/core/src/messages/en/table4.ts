import type { Catalogue } from "../format.js";

/** Messages of the table4 rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T4-ROWSUM.mismatch": "Table 四, {row}: upheld + corrected + other + pending = {addends} = {sum}, but 总计 (total) is {total}.",
  "rule.T4-ROWSUM.title": "Table 四 totals",
  "rule.T4-ROWSUM.summary": "In each of 行政复议, 未经复议直接起诉 and 复议后起诉: upheld + corrected + other + pending = total.",
  "rule.T4-ROWSUM.why": "The total is the sum of the four results (FORMAT I4). Published reports often leave it at 0: 洪泽区 2023 reports 行政复议 10+1+0+0 = 11 with a total of 0.",
  "rule.T4-ROWSUM.fix": "The quick fix sets the total to the sum of the four results.",
};
