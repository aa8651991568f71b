import type { Catalogue } from "../format.js";

/** Messages of the table4 rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T4-ROWSUM.mismatch":
    "Table 四, {row}: upheld + corrected + other + pending = {addends} = {sum}, but 总计 (total) is {total}.",
  "rule.T4-ROWSUM.title": "Table 四 totals",
  "rule.T4-ROWSUM.summary":
    "In each of 行政复议, 未经复议直接起诉 and 复议后起诉: upheld + corrected + other + pending = total.",
  "rule.T4-ROWSUM.why":
    "The total is the sum of the four results (FORMAT I4). Published reports often leave it at 0: 洪泽区 2023 reports 行政复议 10+1+0+0 = 11 with a total of 0.",
  "rule.T4-ROWSUM.fix": "The quick fix sets the total to the sum of the four results.",

  "T4-NOTE-CARRYOVER.recorded":
    "A note says the counts of table 四 include cases from earlier years: “{excerpt}”. Recorded: cases {pending} last year may be counted again in this year's table 四.",
  "rule.T4-NOTE-CARRYOVER.title": "Note that table 四 includes earlier years' cases",
  "rule.T4-NOTE-CARRYOVER.summary":
    "When a note of the report says that the review and litigation counts include cases carried over from earlier years, that reading is recorded.",
  "rule.T4-NOTE-CARRYOVER.why":
    "The form does not say whether table 四 counts cases by the year they were filed or the year they ended, and nothing ties its three blocks together (FORMAT I5). Some agencies state their reading under the table: the 上海市人民政府办公厅 2025 report notes “行政复议、行政诉讼数量含上年度结转数量” (RULES VAL-TABLE-NOTE, T4-NOTE-CARRYOVER). Only under that reading must last year's pending (尚未审结) cases reappear in this year's table; without such a note a cross-year comparison cannot be checked.",
  "rule.T4-NOTE-CARRYOVER.fix": "Nothing to change; this is a record.",
};
