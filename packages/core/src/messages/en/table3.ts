import type { Catalogue } from "../format.js";

/** Messages of the table3 rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "T3-IDENTITY.mismatch":
    "Table 三, column {column}: {newRow} {new} + {carriedInRow} {carriedIn} = {left}, but {totalRow} {total} + {carriedOutRow} {carriedOut} = {right}. Items one and two must add up to items three and four.",
  "T3-IDENTITY.mismatchFromResults":
    "Table 三, column {column}: {newRow} {new} + {carriedInRow} {carriedIn} = {left}, but the result rows add up to {total} ({totalRow} holds no number, so the result rows stand in for it) and {total} + {carriedOutRow} {carriedOut} = {right}. Items one and two must add up to items three and four.",
  "T3-IDENTITY.term": "Term of the identity: {label} = {value}",
  // A table being filled in: one note while the results are all 0.
  "T3-IDENTITY.resultsPending":
    "Table 三 has {filled}, but {results} is not filled in yet: once it is, each column is checked (items one and two must add up to items three and four).",
  "rule.T3-IDENTITY.title": "Table 三 column identity",
  "rule.T3-IDENTITY.summary":
    "In each column of table 三 (the six applicant types and the total): 一 new + 二 carried in = （七）总计 concluded + 四 carried forward. While every result row is still 0 (the table is being filled in), one note says what has been filled and that the results are missing.",
  "rule.T3-IDENTITY.why":
    "This is the one relation the form prints, in the top-left header cell of table 三: “本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和” (FORMAT S1; RULES T3-IDENTITY; peer checkers check it too). Any of the four cells may be the wrong one, so the finding sits on （七）总计 and names the other three; when （七）总计 holds no number the result rows stand in for it (FORMAT I3) and the finding sits on 四. Blank or '/' cells are never read as 0: in the 上海市科委 2024 report the 总计 of 结转下年度 was lost, and reading it as 0 would wrongly report 34 + 2 ≠ 35 + 0; this rule leaves that column unjudged.",
  "rule.T3-IDENTITY.fix":
    "No quick fix: which of the four numbers is wrong cannot be told. Check the column's new, carried and concluded applications.",

  "T3-RESULTS.mismatch":
    "Table 三, column {column}: the {count} result rows add up to {sum}, but {totalRow} is {total}.",
  "rule.T3-RESULTS.title": "Table 三 results total",
  "rule.T3-RESULTS.summary":
    "In each column of table 三: （七）总计 = the sum of the result rows （一） to （六） (21 rows in the 2021 form, 19 in the 2019 form).",
  "rule.T3-RESULTS.why":
    "Block 三、本年度办理结果 has no subtotal rows; （七）总计 is the sum of its 21 leaf rows (FORMAT I2; RULES T3-RESULTS; peer checkers check it too). A 2021 report that keeps 2019's single （六）其他处理 row (淮安市洪泽区 2023 and 2024) is added up with that row, so it is not flagged for it; the table 三 of 平潭综合实验区 2022 could only be decoded from its run-together web text with this relation.",
  "rule.T3-RESULTS.fix": "The quick fix sets （七）总计 to the sum of the result rows.",

  "T3-ROWTOTAL.mismatch":
    "Table 三, {row}: the six columns of {applicants} add up to {addends} = {sum}, but {totalColumn} is {total}.",
  "rule.T3-ROWTOTAL.title": "Table 三 row totals",
  "rule.T3-ROWTOTAL.summary":
    "In each row of table 三 (25 rows in the 2021 form, 23 in the 2019 form): total = the sum of the six applicant columns.",
  "rule.T3-ROWTOTAL.why":
    "The total column adds up the six applicant types; there is no subtotal column for 法人或其他组织 (FORMAT I1; RULES T3-ROWTOTAL; peer checkers check it too). A common error is a total left at 0 or not updated. In the 上海市科委 2024 report the 总计 of 结转下年度 is missing: this rule does not read it as 0 and so does not report 1 ≠ 0. The web page of 平潭综合实验区 2022 runs the cells together into one string of digits, and each row was decoded with this very relation.",
  "rule.T3-ROWTOTAL.fix": "The quick fix sets the total to the sum of the six columns.",

  "T3-ZERO-PROPAGATION.column":
    "Table 三, column {column}: {newRow} and {carriedInRow} are both 0, so this column has no application to handle, but {row} is {value}. Every row of this column must be 0.",
  "T3-ZERO-PROPAGATION.row":
    "Table 三, {row}: {totalColumn} is 0, but {column} is {value}. When a row's total is 0 each of its cells is 0 (another cell of this row cannot be counted, so the row's sum cannot be checked).",
  "T3-ZERO-PROPAGATION.premise": "Why it must be 0: {label} = {value}",
  "rule.T3-ZERO-PROPAGATION.title": "Table 三 zero propagation",
  "rule.T3-ZERO-PROPAGATION.summary":
    "Where new and carried-in applications are both 0 in a column, its result rows, （七）总计 and carried-forward cell are 0; where a row's total is 0, each cell of the row is 0.",
  "rule.T3-ZERO-PROPAGATION.why":
    "It follows from the identities and non-negative counts (FORMAT I7; RULES T3-ZERO-PROPAGATION; no peer checker has it). It points at the extra number itself instead of only saying that a total is off: if a report with no application at all (the 平顶山市石龙区工信局 2023 report is all zeros) had one stray number in a result row, this rule names that cell, and the unbalanced （七）总计, row total and identity that the same number causes are not reported again (their “recompute the total” fixes would copy the stray number into the totals). Where a row cannot be added up because a cell is blank or '/', a 0 total next to a positive cell is still an error, and this rule reports it.",
  "rule.T3-ZERO-PROPAGATION.fix":
    "No quick fix: the cell may hold a stray number, or the new, carried-in or total cells may have been left unfilled.",
};
