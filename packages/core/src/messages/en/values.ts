import type { Catalogue } from "../format.js";

/** Messages of the values rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "VAL-NUMERIC.notNumber": "{label} should be a number; it reads 「{raw}」.",
  "VAL-NUMERIC.withUnit":
    "{label} takes the number alone, without a unit: it reads 「{raw}」 and should be {value} (the heading prints the unit 「{unit}」).",
  "VAL-NUMERIC.collection": "{label} should be a single number, but it is {found}.",
  "VAL-NUMERIC.fullWidth":
    "{label} reads 「{raw}」, in full-width digits; it was read as {value}. Use ordinary digits.",
  "VAL-NUMERIC.thousands": "{label} reads 「{raw}」, with thousands separators; it was read as {value}. Write {value}.",
  "VAL-NUMERIC.yearWithUnit": "{label} takes the year alone, as digits: it reads 「{raw}」 and should be {value}.",
  "VAL-NUMERIC.fix": "Change to {value}",
  "rule.VAL-NUMERIC.title": "Numeric cells",
  "rule.VAL-NUMERIC.summary":
    "Every count and amount cell of the tables is a number: text that is not one (「abc」, 「12件」) is an error; full-width digits (「１２」) and thousands separators (「1,234」) can be read but are flagged to be written plainly. 年度 (the year) is held to the same: 「２０２４」 and 「2024年」 are read as 2024 and flagged.",
  "rule.VAL-NUMERIC.why":
    "Every cell of the tables is a count or an amount (FORMAT §3, I6); RULES.md VAL-NUMERIC (a peer checker has it). Tables copied from Word or web pages often carry full-width digits and units; a cell that is not a number takes part in no check.",
  "rule.VAL-NUMERIC.fix": "The quick fix writes the plain number (without the unit the heading already prints).",

  "VAL-INTEGER.fraction": "{label} is a count and should be a whole number; it reads {value}.",
  "VAL-INTEGER.tooLarge": "The value {value} of {label} is too large to be a credible count or to be added exactly.",
  "rule.VAL-INTEGER.title": "Counts are whole numbers",
  "rule.VAL-INTEGER.summary":
    "Count cells (all of tables 三 and 四, all of table 二 but the fee amount) are whole numbers; table 二's 本年收费金额（单位：万元） may be a decimal.",
  "rule.VAL-INTEGER.why":
    "Counts are whole numbers, while the fee in 万元 may have decimals (FORMAT I6; RULES.md VAL-INTEGER). Published fee amounts have up to 6 decimals, so amounts are exempt.",
  "rule.VAL-INTEGER.fix": "Write a whole count; if it really is an amount, check that it is in the right cell.",

  "VAL-NONNEG.negative": "{label} is negative, {value}: counts and amounts cannot be negative.",
  "rule.VAL-NONNEG.title": "Not negative",
  "rule.VAL-NONNEG.summary":
    "Every count and amount cell is ≥ 0; only the 2019 trial form's 本年增/减 (change this year) may be negative.",
  "rule.VAL-NONNEG.why":
    "Counts and amounts are never negative (FORMAT I6; RULES.md VAL-NONNEG). The 2019 form's 本年增/减 in table 二 records a change and may be negative.",
  "rule.VAL-NONNEG.fix": "Write the actual count or amount.",

  "VAL-BLANK.placeholder":
    "{label} holds the placeholder 「{raw}」: it is not read as 0, so no relation using this cell can be checked. The table of {table} has {count} such cells. If the value is 0, write 0.",
  "VAL-BLANK.fix": "If it is 0, write 0",
  "rule.VAL-BLANK.title": "Placeholders",
  "rule.VAL-BLANK.summary":
    "A cell holds a placeholder ('/', '-', '—', '--', '无', '不适用', 'N/A' …). Its meaning (0? not applicable? unknown?) is not explicit, so it is not read as 0; each finding gives the number of placeholders in its table.",
  "rule.VAL-BLANK.why":
    "The form is filled cell by cell, with 0 for what did not occur (FORMAT §5.4); RULES.md VAL-BLANK. 雄县's 2019 township report leaves most cells blank, and Shanghai's 2019 report leaves the 总计 column of the result rows blank (FORMAT §7.2 O3): neither table can be checked.",
  "rule.VAL-BLANK.fix":
    "Write the actual number, or 0 when it is 0 (quick fix). Where a cell truly does not apply, explain it in 说明.",

  "VAL-ANNOTATION.note":
    "{label} reads 「{raw}」: {value} is counted, and the note 「{note}」 is kept as written and never summed.",
  "rule.VAL-ANNOTATION.title": "Numbers with a note",
  "rule.VAL-ANNOTATION.summary":
    "A cell's number carries a parenthetical note (such as 「22（其中修订16件）」): the number counts as usual, the note is kept and takes part in no sum.",
  "rule.VAL-ANNOTATION.why":
    "RULES.md VAL-ANNOTATION. 上海市府办 2025 writes 「22（其中修订16件）」 and 「55（含自然失效29件）」 in table 二; the number in the note is not another cell and must not be added into any total.",
  "rule.VAL-ANNOTATION.fix": "Nothing to change; to keep the table to numbers, move the note to 说明.",

  "VAL-TABLE-NOTE.recorded": "Recorded the note under the table of {table}: 「{text}」",
  "rule.VAL-TABLE-NOTE.title": "Notes under a table",
  "rule.VAL-TABLE-NOTE.summary":
    "A 说明 entry with a 表 (table) and no 规则 (rule) is a 注 printed under that table; it is recorded.",
  "rule.VAL-TABLE-NOTE.why":
    "RULES.md VAL-TABLE-NOTE. 上海市府办 2025 notes under table 四 that its review and litigation counts include cases carried over from earlier years; such a note changes what the table counts, and readers need to see it.",
  "rule.VAL-TABLE-NOTE.fix": "Nothing to change.",

  "VAL-REQUIRED.blank":
    "{label} is blank: every cell of the table is filled, with 0 when there is nothing. A blank is not read as 0, so no relation using this cell can be checked.",
  "VAL-REQUIRED.fix": "Write 0",
  "rule.VAL-REQUIRED.title": "Cells filled",
  "rule.VAL-REQUIRED.summary":
    "Every cell of the tables is filled, with an explicit 0 rather than a blank (「[ ~, 0, …]」, 「''」 or a key with no value).",
  "rule.VAL-REQUIRED.why":
    "The form is filled cell by cell and nothing may be left out (FORMAT §5.4); RULES.md VAL-REQUIRED (FOIA F-REQ). 雄县's 2019 report leaves most cells blank and cannot be checked (FORMAT §7.2 O3).",
  "rule.VAL-REQUIRED.fix": "The quick fix writes 0; write the actual number where there is one.",
};
