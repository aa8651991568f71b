import type { Catalogue } from "../format.js";

/** Messages of the crossyear rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "XY-CARRY.mismatch":
    "Table 三, {cell} is {current}, but last year's report has {previousCell} = {previous}: the applications carried in this year are those carried forward last year.",
  "rule.XY-CARRY.title": "Carry-over matches last year's report",
  "rule.XY-CARRY.summary":
    "In each of the 7 columns of table 三 (自然人 … 总计), 「二、上年结转政府信息公开申请数量」 equals 「四、结转下年度继续办理」 of last year's report.",
  "rule.XY-CARRY.why":
    "Applications carried in are exactly those still open at the end of last year and carried forward (FORMAT I8). The peer checker compares the 总计 column only; a shift between applicant columns with an unchanged total is wrong too, so every column is compared. A warning rather than an error (RULES.md grades it W→E): a restructured agency or a figure corrected after publication breaks it legitimately, and only a warning can be answered with a 说明 (规则: XY-CARRY) printed under the table; a supervising office that wants it strict sets it to error. The real reports of 宿迁市 and 洪泽区, 2023→2024, match in all 7 columns.",
  "rule.XY-CARRY.fix": "The quick fix sets this year's carry-in to last year's carry-forward.",

  "T2-STOCKFLOW.mismatch":
    "Table 二, {cell} is {valid}, but last year's {validColumn} {previousValid} + {madeColumn} {made} − {repealedColumn} {repealed} = {expected}.",
  "T2-STOCKFLOW.subtrahend": "Subtracted: {label} = {value}",
  "rule.T2-STOCKFLOW.title": "Documents in force follow from last year",
  "rule.T2-STOCKFLOW.summary":
    "For 规章 and 行政规范性文件: in force this year = in force last year + issued this year − repealed this year. Checked only when both reports use the 2021 form.",
  "rule.T2-STOCKFLOW.why":
    "现行有效 is a stock; issued and repealed are its flows (FORMAT I9). Amended documents, documents lapsing at the end of their term and clean-up campaigns break it legitimately, hence a warning. A real break: 平潭综合实验区 2023 reports 行政规范性文件 698 + 77 − 132 = 643 but writes 470. The 2019 trial form counts documents newly made, newly published and published in total, which is no stock of documents in force, so a 2019-form year is not compared with a 2021-form year.",
  "rule.T2-STOCKFLOW.fix":
    "No quick fix: the tables cannot tell which of the four numbers is wrong. Correct it, or explain in a 说明 (规则: T2-STOCKFLOW), e.g. “2023 年集中清理规范性文件，废止 132 件”.",

  "T2-REPEAL-BOUND.exceeds":
    "Table 二, {cell} is {repealed}, more than last year's {validColumn} {previousValid} plus this year's {madeColumn} {made} = {bound}: only documents in force at the start of the year or issued during it can be repealed.",
  "rule.T2-REPEAL-BOUND.title": "Upper bound of documents repealed",
  "rule.T2-REPEAL-BOUND.summary":
    "For 规章 and 行政规范性文件: repealed this year ≤ in force last year + issued this year. Checked only when both reports use the 2021 form.",
  "rule.T2-REPEAL-BOUND.why":
    "A document can be repealed this year only if it was in force at the start of the year or issued during it. The bound holds even where T2-STOCKFLOW legitimately fails (documents lapsing at the end of their term), so it points at 本年废止件数 on its own. Last year's figure may itself be understated, hence a warning.",
  "rule.T2-REPEAL-BOUND.fix": "No quick fix: re-check this year's repealed count and last year's count in force.",

  "T2-JUMP.change":
    "Table 二, {cell}: {previous} last year, {current} this year ({change}); a change this large is worth re-checking.",
  "T2-JUMP.fromZero": "Table 二, {cell}: 0 last year, {current} this year; a change this large is worth re-checking.",
  "rule.T2-JUMP.title": "Large year-on-year change in table 二",
  "rule.T2-JUMP.summary":
    "Asks for a re-check when the count of documents in force, or the decisions on 行政许可, 行政处罚 or 行政强制, is three times last year's or less than a third of it (and differs by at least 30).",
  "rule.T2-JUMP.why":
    "The peer checker flags large changes with 建议复核. An agency's stock and workload usually move by tens of percent a year (宿迁市 2023→2024: 行政强制 +46 %, 行政许可 −13 %); a threefold change mostly comes from a typing or import slip: a digit added or lost, a shifted column. Small numbers (2 → 8) differing by less than 30 are left alone. Real cases: 淮安 现行有效 66 → 372; 洪泽区 行政许可 550 → 9487 (2023→2024). Issued and repealed counts and the fee amount swing with clean-ups and policy, and are not compared. Information only.",
  "rule.T2-JUMP.fix": "No quick fix: re-check the number; if it is right, a 说明 (规则: T2-JUMP) can say why.",

  "XY-SIMILARITY.repeated":
    "{section} repeats {percent}% of last year's report (more than {threshold}%): write it from this year's work rather than copying (内容雷同).",
  "XY-SIMILARITY.nearIdentical":
    "{section} is nearly identical to last year's report ({percent}% repeated): 国办公开办函〔2021〕30号 names copied content (内容雷同) as grounds for accountability; rewrite it from this year's work.",
  "XY-SIMILARITY.previousText": "Last year's report: {section}",
  "rule.XY-SIMILARITY.title": "Text copied from last year's report",
  "rule.XY-SIMILARITY.summary":
    "Each topic of 一、总体情况, section 五 and section 六 is compared with last year's report: more than 50 % repeated gives a warning, 90 % or more a stronger one. Years, numbers and punctuation are ignored; very short texts are not compared.",
  "rule.XY-SIMILARITY.why":
    "国办公开办函〔2021〕30号 names copied content (内容雷同) as grounds for accountability; the 50 % line comes from 宿迁's assessment rule SQ-DEP-A-005. Chinese has no spaces between words, so texts are compared by runs of 5 characters: the share of this year's text lying in runs that also occur in last year's report. That finds copied sentences without calling two reports similar merely because both speak of 政府信息公开. Each topic of 一 is compared with the whole of last year's 一, so text moved between topics still counts. A real case: in 洪泽区's 2024 总体情况, （三）政府信息管理 and （四）政府信息公开平台建设 are nearly identical to 2023's (95 % and 100 % repeated), and （一）主动公开 repeats 77 %.",
  "rule.XY-SIMILARITY.fix": "No quick fix: rewrite the section from this year's work.",

  "XY-SEC5-FOLLOWUP.missing":
    "{section} does not mention how the problems named in last year's report were remedied: last year's section 五 lists problems, and this year's should report on them (e.g. a paragraph “针对{year}存在问题的改进情况”).",
  "XY-SEC5-FOLLOWUP.previousProblems": "Last year's report: {section}",
  "rule.XY-SEC5-FOLLOWUP.title": "Follow-up on last year's problems",
  "rule.XY-SEC5-FOLLOWUP.summary":
    "When section 五 of last year's report lists problems, this year's section 五 mentions last year (上年, 去年, the year) together with those problems or their remedy.",
  "rule.XY-SEC5-FOLLOWUP.why":
    "Section 五 reports the main problems and improvements (条例 Art. 50(4)); the usual form has two parts: this year's problems, and how the problems named in last year's report were remedied (FORMAT §2 五). 石龙区工业和信息化局 2023 writes “针对2022年存在问题的改进情况”. The check only looks for a sentence naming last year together with problems or improvements; it cannot judge whether the remedy is real. 洪泽区's 2024 section 五 gives this year's problems and next year's plans, and nothing on 2023's problems.",
  "rule.XY-SEC5-FOLLOWUP.fix": "No quick fix: add how last year's problems were remedied.",
  // Starting next year's report from last year's (nextYearFrom, `nianbao new --from`).
  "XY-CARRY.fromBlank":
    "{columns} of {row} in last year's report hold no number (written {written}); carried into this year's {target} as written, not as 0: check and enter the figures.",
  "XY-CARRY.fromCellsUnreadable":
    "{columns} of {row} in last year's report cannot be read (written {written}, not a number) and cannot be carried over; correct last year's report first.",
  "XY-CARRY.fromRowUnreadable":
    "{row} of last year's report cannot be read (the row is missing or mis-written, e.g. a tab at the start of its line) and cannot be carried over; correct last year's report first.",
  "XY-CARRY.fromStockBlank":
    "{cell} in last year's report holds no number (written {written}); carried into this year as written, not as 0: check and enter the figure.",
  "XY-CARRY.fromStockUnreadable":
    "{cell} in last year's report cannot be read (written {written}) and 现行有效 cannot be carried over; correct last year's report first.",
  "XY-UNPAIRED.notPaired":
    "Not compared with last year's report: {name} (agency 「{previousAgency}」, {previousYear}) may be this agency's report for the year before, but its agency name cannot be matched with certainty to this report's 「{agency}」, so the cross-year checks did not run.",
  "rule.XY-UNPAIRED.title": "Likely previous-year report not paired",
  "rule.XY-UNPAIRED.summary":
    "The cross-year checks pair a report with last year's by the agency's identity (see the user guide, comparing with last year's report). When the same folder holds a report of the year before whose agency name is similar but not the same identity, or several different variants of the name could be last year's, the report is not paired on a guess: this finding names it.",
  "rule.XY-UNPAIRED.why":
    "Agencies write their names differently from year to year (淮安市洪泽区人民政府 / 洪泽区人民政府, 上海市科学技术委员会 / 上海市科委); pairing recognises a province, city or county prefix written or left out and common abbreviations. Other differences (a typo such as 沐阳县 / 沭阳县, a new name after a reorganisation) cannot be told from another agency with certainty. Comparing two agencies' reports would give wrong findings, so they are not compared; but without a word, XY-CARRY, T2-STOCKFLOW and the other cross-year checks would silently not run.",
  "rule.XY-UNPAIRED.fix":
    "No quick fix: if it is the same agency, give both reports the same 机关 (e.g. the full name in both); if not, ignore this note.",
};
