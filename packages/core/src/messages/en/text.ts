import type { Catalogue } from "../format.js";

/** Messages of the text rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "text.table.requests": "table 三, {cell}",
  "text.table.litigation": "table 四, {cell}",
  "text.table.proactive": "table 二, {cell}",
  "text.organisations": "「{header}」 (legal persons and other organisations)",
  "text.groupTotal": "the sum of {column} over the rows of {group}",
  "text.related.cell": "Table: {label} = {value}",
  "text.fix.useTable": "Change {stated} in the text to the table's {actual}",
  "text.fix.usePercent": "Change {stated}% in the text to {computed}%",

  "TXT-APPS.mismatch": "The text says “{quote}” ({stated}), but {cell} is {actual}.",
  "TXT-APPS.mismatchEither": "The text says “{quote}” ({stated}), but {cell} is {actual} and {other} is {sum}.",
  "rule.TXT-APPS.title": "Application counts in the text match table 三",
  "rule.TXT-APPS.summary":
    "Figures about disclosure applications in the overview and in 六 equal the cell of table 三 their wording names: “新收/收到/受理 X 件” (received) is 一、本年新收 总计 (一 + 二 is accepted too); “办结/答复 X 件” (concluded, answered) is （七）总计; “上年结转 X 件” is 二、上年结转; “结转/顺延 X 件” to next year is 四、结转下年度继续办理; “自然人 X 件” and “法人或其他组织 X 件” are the applicant columns. A figure that cannot be tied to a cell with confidence is never compared.",
  "rule.TXT-APPS.why":
    "FORMAT I10: figures quoted in the overview equal the cells they describe, and “收到申请 X 件” means 一 or 一 + 二 depending on the wording. 宿迁市 2023 “收办3607件” = 3511 + 96 and 平潭综合实验区 2022 “收到75件” = 74 + 1 are both normal; 淮安市 2024 “受理 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）” matches table 三 figure by figure. 洪泽区 2024 “区政府办代表区政府受理…17 件” differs from the table's 95, but its sentence names its scope, so TXT-SCOPE reports it.",
  "rule.TXT-APPS.fix":
    "Check the text against table 三 and correct whichever is wrong; if the text counts a different body, say so in the text. The quick fix changes the text's figure to the table's.",

  "TXT-RESULTS.mismatch": "The text says “{quote}” ({stated}), but {cell} is {actual}.",
  "TXT-RESULTS.mismatchEither": "The text says “{quote}” ({stated}), but {cell} is {actual} and {other} is {sum}.",
  "TXT-RESULTS.percent":
    "The share {stated}% in “{quote}” does not match the tables: {cell} is {count} and {totalCell} is {total}, which is {computed}%.",
  "rule.TXT-RESULTS.title": "Result counts in the text match table 三",
  "rule.TXT-RESULTS.summary":
    "Counts by outcome in the text (予以公开, 部分公开, 予以公开及部分公开, 不予公开, 无法提供, 不予处理, 其他处理) equal the sum of 总计 over the matching rows of table 三; a percentage right after such a count equals the count over （七）总计, rounded or cut to the decimals written.",
  "rule.TXT-RESULTS.why":
    "An extension of FORMAT I10: 上海市人民政府办公厅 2025, 平潭综合实验区 2023 and 宿迁市 2023/2024 list the outcomes with counts and shares in the text, e.g. 上海 “予以公开及部分公开 208 件（17.46%）” = (206 + 2) / 1191. No existing tool checks them.",
  "rule.TXT-RESULTS.fix":
    "Check the text against table 三 and correct whichever is wrong. The quick fix changes the text's figure or share to the value computed from the table.",

  "TXT-LEGAL.mismatch": "The text says “{quote}” ({stated}), but {cell} is {actual}.",
  "TXT-LEGAL.mismatchScoped":
    "The text says “{quote}” ({stated}) and {cell} is {actual}; the sentence says 「{scope}」, so the text may count on another basis: check, and name the basis in the text.",
  "TXT-LEGAL.mismatchEither": "The text says “{quote}” ({stated}), but {cell} is {actual} and {other} is {sum}.",
  "rule.TXT-LEGAL.title": "Review and litigation counts in the text match table 四",
  "rule.TXT-LEGAL.summary":
    "“行政复议 X 件” equals 总计 of 行政复议 in table 四; “行政诉讼 Y 件” equals 总计 of 未经复议直接起诉 plus 复议后起诉; 直接起诉 and 复议后起诉 name their own block; “结果维持/结果纠正/其他结果/尚未审结 Z 件” following them in the sentence equal the sums of those columns.",
  "rule.TXT-LEGAL.why":
    "FORMAT I10: the figures of section 四 match the text. 淮安市 2024 writes “行政复议 351 件，其中结果维持 72 件…；行政诉讼 46 件，其中结果维持 25 件…”, which equals table 四 figure by figure. 宿迁市 2024 writes 134 reviews and 57 lawsuits counted as 备案 (filed with the city), against 170 and 77 in table 四; a scope word (备案, 全市, 本机关) in the sentence downgrades the finding to info.",
  "rule.TXT-LEGAL.fix":
    "Check the text against table 四 and correct whichever is wrong; if the text counts something else (e.g. filed cases), say so. The quick fix changes the text's figure to the table's.",

  "TXT-T2.mismatch": "The text says “{quote}” ({stated}), but {cell} is {actual}.",
  "TXT-T2.mismatchEither": "The text says “{quote}” ({stated}), but {cell} is {actual} and {other} is {sum}.",
  "rule.TXT-T2.title": "Counts of rules and normative documents in the text match table 二",
  "rule.TXT-T2.summary":
    "A count right after 规章 or （行政）规范性文件 in the text equals table 二, in the column the nearest qualifier names: 现行有效 → 现行有效件数 (in force), 废止 → 本年废止件数 (repealed), 制发/出台/印发/发布/公开/新增 → 本年制发件数 (issued). Totals such as “规章、规范性文件等 X 件” are not compared.",
  "rule.TXT-T2.why":
    "FORMAT I10: the counts of 规章 and 行政规范性文件 quoted under 主动公开 equal table 二. 平潭综合实验区 2023 writes “集中发布现行有效行政规范性文件393件” while table 二 has 470 in force.",
  "rule.TXT-T2.fix":
    "Check the text against table 二 and correct whichever is wrong. The quick fix changes the text's figure to the table's.",

  "TXT-SCOPE.mismatch":
    "The text says “{quote}” ({stated}) and {cell} is {actual}; the sentence says 「{scope}」, so the text may count another body than the tables.",
  "TXT-SCOPE.mismatchEither":
    "The text says “{quote}” ({stated}), {cell} is {actual} and {other} is {sum}; the sentence says 「{scope}」, so the text may count another body than the tables.",
  "rule.TXT-SCOPE.title": "Text and tables count different bodies",
  "rule.TXT-SCOPE.summary":
    "When a figure of the text differs from its cell and its sentence names another body or basis than the tables (备案 filed cases, 代表 on behalf of; 本级, 本机关, 政府办 in a government's report; 全市, 全区, 各级 … in a department's), the difference is reported as one of scope, as info, instead of as an arithmetic warning.",
  "rule.TXT-SCOPE.why":
    "A different scope is not a wrong sum. 洪泽区 2024 writes “区政府办代表区政府受理政府信息公开申请 17 件” (the office, on behalf of the government) against 95 new applications in table 三; 宿迁市 2024 writes “全市全年备案…行政复议案件134件，行政诉讼案件57件” against 170 and 25 + 52 = 77 in table 四.",
  "rule.TXT-SCOPE.fix":
    "Say in the text what it counts (e.g. “of which the district office handled 17”), or use the tables' scope; or explain the difference in a 说明.",
};
