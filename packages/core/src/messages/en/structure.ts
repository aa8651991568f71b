import type { Catalogue } from "../format.js";

/** Messages of the structure rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "yamlType.mapping": "a mapping of key: value",
  "yamlType.sequence": "a list",
  "yamlType.text": "text",
  "yamlType.scalar": "a single value",
  "yamlType.number": "a number",
  "yamlType.bigint": "a number",
  "yamlType.boolean": "a boolean (true/false)",
  "yamlType.empty": "empty",
  "yamlType.alias": "an alias",

  "STR-SECTIONS.emptyFile": "The file is empty. A report file sets out, in order: {keys}.",
  "STR-SECTIONS.topIsText":
    "The file is not a report: its top level is a piece of text, not the key: value entries of a report ({keys}). If this is a published report (a web page or text), convert it with the import command first.",
  "STR-SECTIONS.topNotMapping":
    "The file is not a report: its top level should be key: value entries ({keys}), but it is {found}.",
  "STR-SECTIONS.wrongType": "{label} should be {expected}, but it is {found}.",
  "STR-SECTIONS.unknownTopKey":
    "「{key}」 is not a section or a metadata field of the report and is not read. The top level may hold: {keys}.",
  "STR-SECTIONS.unknownTopKeySuggest":
    "「{key}」 is not a section or a metadata field of the report and is not read. Did you mean 「{suggestion}」?",
  "STR-SECTIONS.unknownKey": "{where} has no entry 「{key}」; it is not read.",
  "STR-SECTIONS.unknownKeySuggest": "{where} has no entry 「{key}」; it is not read. Did you mean 「{suggestion}」?",
  "STR-SECTIONS.fixKey": "Change to 「{key}」",
  "STR-SECTIONS.missingMeta": "The required field 「{key}」 is missing: {note}",
  "STR-SECTIONS.missingSection":
    "{label} is missing (written 「{key}:」 in the file). A report has all six sections; this one holds: {note}",
  "STR-SECTIONS.missingTopic": "{label} is missing (written 「{key}:」).",
  "STR-SECTIONS.badYear": "{label} should be a four-digit year such as 2023; it reads 「{written}」.",
  "STR-SECTIONS.badAgency":
    "{label} should give the full name of the reporting agency as text; it is empty or not text.",
  "STR-SECTIONS.badMeta": "The value 「{written}」 of {label} cannot be read.",
  "rule.STR-SECTIONS.title": "The report's six sections and metadata",
  "rule.STR-SECTIONS.summary":
    "The top level of the file is key: value entries giving the agency and the year and containing sections 一 to 六 (the table sections are STR-TABLE-PRESENT's); neither the top level nor 总体情况 holds keys the form does not know; each section has the right type (总体情况, 五 and 六 are text).",
  "rule.STR-SECTIONS.why":
    "条例 Art. 50 sets the report's content and 国办公开办函〔2021〕30号 asks that nothing be left out or padded (FORMAT §1.1, §2); RULES.md STR-SECTIONS: exactly six sections. 上海市府办 2025 has no heading for section 五, only sub-sections （一）（二）. Keys outside the form are not read, so whatever they hold would be lost silently.",
  "rule.STR-SECTIONS.fix":
    "Add the missing sections and fields; change misspelt keys to the form's keys (a quick fix is offered when a close key exists).",

  "STR-HEADING-ORDINAL.wrongOrdinal":
    "The ordinal 「{written}」 of the heading 「{key}」 is wrong: this is section {expected}, {label}.",
  "STR-HEADING-ORDINAL.fix": "Change to 「{heading}」",
  "rule.STR-HEADING-ORDINAL.title": "Section heading ordinals",
  "rule.STR-HEADING-ORDINAL.summary":
    "When a section's key is written as its printed heading (such as 二、主动公开政府信息情况), the ordinal is that section's ordinal in the form.",
  "rule.STR-HEADING-ORDINAL.why":
    "The form fixes the ordinals of the six sections (FORMAT §2); RULES.md STR-HEADING-ORDINAL. 上海科委 2024 numbers its table part afresh from 一、主动公开政府信息情况, so text and tables use two numbering systems.",
  "rule.STR-HEADING-ORDINAL.fix": "The quick fix writes the printed heading with the right ordinal.",

  "STR-TABLE-PRESENT.missing":
    'The table of {label} is missing (written 「{key}:」 in the file). A missing table is an error, not "not applicable": fill in 0 for what did not occur.',
  "STR-TABLE-PRESENT.empty":
    'The table of {label} is empty. A missing table is an error, not "not applicable": fill in 0 for what did not occur.',
  "rule.STR-TABLE-PRESENT.title": "All tables present",
  "rule.STR-TABLE-PRESENT.summary": "The tables of sections 二, 三 and 四 are all there and not empty.",
  "rule.STR-TABLE-PRESENT.why":
    "The three tables are the form's annex, the statistics of 条例 Art. 50 items (1) to (3) (FORMAT §1.1, §3); RULES.md STR-TABLE-PRESENT: a missing table is an error, not \"n/a\". 重庆's notice implementing 60号 forbids deleting items of the report (FORMAT §5.4).",
  "rule.STR-TABLE-PRESENT.fix": "Add the whole table as the form prints it, with 0 for what did not occur.",

  "STR-TEMPLATE-VERSION.singleOtherHandling":
    "「{key}」 is written as one row, as in the {found} trial form ({foundSource}). This report follows the {expected} form ({expectedSource}), where 「{label}」 has three rows: {rows}. The row was read as one; write the three rows instead (keys: {keys}).",
  "STR-TEMPLATE-VERSION.splitOtherHandling":
    "「{key}」 is written as the three rows of the {found} form ({foundSource}); this report follows the {expected} trial form ({expectedSource}), where 「{label}」 is a single row.",
  "STR-TEMPLATE-VERSION.otherForm":
    "「{label}」 in {where} belongs to the {found} form ({foundSource}); this report follows the {expected} form ({expectedSource}), so it is not read.",
  "STR-TEMPLATE-VERSION.undeclared":
    "「{formatKey}」 (form) is not declared; the file was read as the {inferred} form ({source}). Declare 「{formatKey}: {inferred}」 at the top of the file.",
  "STR-TEMPLATE-VERSION.declare": "Declare 「{formatKey}: {inferred}」",
  "STR-TEMPLATE-VERSION.badFormat":
    "「{formatKey}」 (form) should be 2021 ({source2021}) or 2019 ({source2019}); it reads 「{written}」. The file was read as the {inferred} form.",
  "STR-TEMPLATE-VERSION.oldFormLateYear":
    "A report for {year} uses the 2021 form ({source2021}, for reports from 2021 onwards), but this one declares 「{formatKey}: {format}」.",
  "STR-TEMPLATE-VERSION.newFormEarlyYear":
    "Reports for {year} used the 2019 trial form ({source2019}), but this one declares 「{formatKey}: {format}」. If it was indeed redone in the new form, say so in {notesKey}.",
  "STR-TEMPLATE-VERSION.yearHere": "Report year: {year}",
  "rule.STR-TEMPLATE-VERSION.title": "Form version (2019 trial / 2021)",
  "rule.STR-TEMPLATE-VERSION.summary":
    "The report declares its form, uses only that form's rows and columns, and the form fits the year: reports for 2021 onwards use the 2021 form.",
  "rule.STR-TEMPLATE-VERSION.why":
    "The 2021 form (国办公开办函〔2021〕30号) rewrote table 二 and split table 三's （六）其他处理 into three rows (FORMAT §6); RULES.md STR-TEMPLATE-VERSION. 洪泽区 2023 and 2024 use the 2021 table 二 but 2019's single （六）其他处理 row in table 三; some 2022 reports still use the 2019 table 二 (FORMAT §7.2 O1).",
  "rule.STR-TEMPLATE-VERSION.fix":
    "Rewrite the rows and columns in the declared form; when no form is declared, the quick fix declares it at the top of the file.",

  "STR-ROW-LABELS.mistypedTop": "「{key}」 differs from the form's key 「{expected}」; it was read as 「{expected}」.",
  "STR-ROW-LABELS.mistyped":
    "The label 「{key}」 in {where} differs from the form's 「{expected}」; it was read as 「{expected}」.",
  "STR-ROW-LABELS.fix": "Change to 「{expected}」",
  "STR-ROW-LABELS.suggestFix": "Change to the nearest label 「{expected}」",
  "STR-ROW-LABELS.unknown": "{where} has no row or column 「{key}」; it is not read.",
  "STR-ROW-LABELS.unknownSuggest":
    "{where} has no row or column 「{key}」; it is not read. Did you mean 「{suggestion}」?",
  "rule.STR-ROW-LABELS.title": "Row and column labels",
  "rule.STR-ROW-LABELS.summary":
    "Row and column labels of the tables equal the form's (ignoring ordinals, spaces and punctuation). A near miss is read as meant and flagged; a label that matches nothing is not read.",
  "rule.STR-ROW-LABELS.why":
    "The form fixes the text of every row and column (FORMAT §3) and they may not be changed (FORMAT §5.4); RULES.md STR-ROW-LABELS. 洪泽区 2023 and 2024 write 「2.其他法律行政止公开」, 上海科委 2024 writes 「规范性文件」 in a 2021 report, 石龙区 2023 writes 「本年度止件数」, 平潭 2022 writes 「行政法复议」.",
  "rule.STR-ROW-LABELS.fix": "The quick fix writes the form's label.",

  "STR-TABLE-SHAPE.missingRow":
    "{where} lacks the row {label} (written 「{key}:」). Fill in 0 where there is nothing to report.",
  "STR-TABLE-SHAPE.missingGroup":
    "{where} lacks the group {label} (written 「{key}:」 with its rows). Fill in 0 where there is nothing to report.",
  "STR-TABLE-SHAPE.missingCell":
    "The cell {label} is missing (written 「{key}: 0」). Fill in 0 where there is nothing to report.",
  "STR-TABLE-SHAPE.rowShort": "{label} has {expected} cells ({columns}), but only {actual} are written.",
  "STR-TABLE-SHAPE.rowLong":
    "{label} has {expected} cells ({columns}), but {actual} are written; the extra ones are not read.",
  "STR-TABLE-SHAPE.notRow":
    "{label} should be a row of {width} numbers ({columns}), such as 「{example}」, but it is {found}.",
  "STR-TABLE-SHAPE.notCells":
    "{label} should give the number of each column, such as 「{example}」, but it is {found}.",
  "STR-TABLE-SHAPE.wrongType": "{label} should be {expected}, but it is {found}.",
  "STR-TABLE-SHAPE.pastedRow":
    "{label} should be a row of {width} numbers, such as 「{row}」; here are {width} cells separated by tabs, as a row copied from Word or Excel gives, still without the brackets and commas.",
  "STR-TABLE-SHAPE.splitRow": "Split into {width} cells",
  "rule.STR-TABLE-SHAPE.title": "Table shape",
  "rule.STR-TABLE-SHAPE.summary":
    "Every row, group and cell of the tables is there and each row has the right number of cells: table 三 25 rows (23 in the 2019 form) × 7, table 四 3 × 5, table 二 its rows and columns; each is written in the right way (a list, a mapping, a number).",
  "rule.STR-TABLE-SHAPE.why":
    "The form fixes the rows and columns of each table (FORMAT §3); RULES.md STR-TABLE-SHAPE (TABLE_ROW_MISMATCH and TABLE_COL_MISMATCH in a peer checker). A table with missing rows or cells cannot be checked; the tables of 沭阳 2025 and 上海科委 2024, converted from PDF, have rows and columns out of place.",
  "rule.STR-TABLE-SHAPE.fix": "Add the missing rows and cells as the form prints them; remove extra cells.",

  "STR-TITLE.notText": "{label} should be text.",
  "STR-TITLE.part.noAgency": "does not name the agency 「{agency}」",
  "STR-TITLE.part.noYear": "does not name the report year 「{year}年」",
  "STR-TITLE.part.badEnding": "does not end with 「{ending}」",
  "STR-TITLE.wrong": "The title 「{title}」 {problems}. It should read like 「{expected}」.",
  "STR-TITLE.wrongNoExample": "The title 「{title}」 {problems}.",
  "STR-TITLE.fix": "Change to 「{expected}」",
  "rule.STR-TITLE.title": "Report title",
  "rule.STR-TITLE.summary":
    "When 标题 is given, it names the agency and the year and ends with 「政府信息公开工作年度报告」.",
  "rule.STR-TITLE.why":
    "A report is titled agency + year + 政府信息公开工作年度报告 (FORMAT §1); RULES.md STR-TITLE. The converted title of 沭阳 2025 reads 「沐阳」 for 「沭阳」, so it no longer matches the agency.",
  "rule.STR-TITLE.fix":
    "The quick fix writes agency + year + 年政府信息公开工作年度报告; or leave 标题 out to use that default.",
};
