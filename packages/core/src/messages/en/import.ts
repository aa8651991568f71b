import type { Catalogue } from "../format.js";

/**
 * Messages of importing a published report (en): the import findings, the comments written into
 * the YAML, its header, and the rules reference entries of the import-only codes.
 */
export const messages: Catalogue = {
  "IMP-UNREADABLE.rowMissing":
    "{row}: this row was not found in the source; its cells are left empty for you to fill in from the published table.",
  "IMP-UNREADABLE.rowWidth":
    "{row}: line {line} of the source has {found} numbers ({values}) where the row has {expected} cells, so which column each belongs to is unknown; the cells are left empty for you to fill in from the published table.",
  "IMP-UNREADABLE.invalid":
    "{row}, cell {column}: line {line} of the source reads “{text}”, which is not a number; imported as written, please check.",
  "IMP-UNREADABLE.tableMissing": "{table} was not found in the source and is not imported.",
  "IMP-UNREADABLE.tooLarge":
    "The source has {actual} characters, more than the import limit of {max}, and was not imported; an annual report is at most a few hundred thousand characters: check that this is the right file.",
  "IMP-UNREADABLE.noReport":
    "No annual report found in the source: no section heading and none of tables 二, 三, 四; nothing was imported. Check that this is the right file (the report itself, not an error page or an index page).",
  "rule.IMP-UNREADABLE.title": "Cells an import could not read",
  "rule.IMP-UNREADABLE.summary":
    "Import only: rows not found in the source, rows whose count of numbers does not fit the form so that their columns are unknown, and cells that are not numbers, each with where it stands in the source. Such cells are left empty in the YAML, with a comment. A source with no report in it (no section heading and no table: an empty file, an error page) or over the import limit is an error, and nothing is imported.",
  "rule.IMP-UNREADABLE.why":
    "An import never guesses silently (DESIGN.md, “Never lose data”; the IMP-* import-quality rules of RULES.md). A peer tool's PDF→Markdown conversion loses cells: the 规章 row of table 二 of the 上海市府办 2025 report keeps only 2 numbers (22, 235), its 本年废止 “55（含自然失效 29 件）” lands outside the table; 宿迁's 2023/2024 comparison export splits table 四 across two half pages with 7 or 8 numbers each. Filling the columns in order would produce wrong numbers.",
  "rule.IMP-UNREADABLE.fix":
    "Fill the empty cells in from the published table and delete the import comment at the end of the row.",

  "IMP-SOURCE-GATE.byPosition":
    "{row}: the numbers of line {line} of the source ({values}) have no row label beside them; imported as this row by their position in the table, please check.",
  "IMP-SOURCE-GATE.conflict":
    "{table}: the row label “{label}” on line {line} of the source breaks the order of the table (repeated or out of order); its numbers ({values}) are not imported, please check the published table.",
  "IMP-SOURCE-GATE.unplacedLabelled":
    "{table}: the numbers of “{label}” on line {line} of the source ({values}) belong to no row of the form and are not imported.",
  "IMP-SOURCE-GATE.unplaced":
    "{table}: the numbers on line {line} of the source ({values}) match no row of the table and are not imported.",
  "rule.IMP-SOURCE-GATE.title": "Imported numbers stand by their row label in the source",
  "rule.IMP-SOURCE-GATE.summary":
    "Import only: every imported number must be found in the source by its row label. A row without a label that can only be placed by its position is imported with a request to check; a label that breaks the order of the table (repeated, out of order) is an error and its numbers are not imported; numbers that match no row are listed one by one.",
  "rule.IMP-SOURCE-GATE.why":
    "RULES.md IMP-SOURCE-GATE (a peer checker has it): every imported number can be found in the source near its row and column labels. In the Markdown a peer tool made from the 上海科委 2024 PDF, 10 rows of table 三 lost their labels and can only be placed between the labelled rows around them; they are placed only when the count of unlabelled rows between two labels equals the count of form rows missing there, and otherwise not imported.",
  "rule.IMP-SOURCE-GATE.fix":
    "Check the rows placed by position against the published table and delete the import comment; put numbers that were not imported into their cells if they belong to the table.",

  "IMP-FLATTENED.unique":
    "{row}: line {line} of the source runs the cells together as “{digits}”; without leading zeros it can only be cut as {values}.",
  "IMP-FLATTENED.byTotal":
    "{row}: line {line} of the source runs the cells together as “{digits}”; of the cuts without leading zeros only one has its cells adding up to the total: {values}. Please check.",
  "IMP-FLATTENED.byColumns":
    "{row}: line {line} of the source runs the cells together as “{digits}”; {count} cuts fit the row's total, and the column relations of the whole table (（七）总计 = Σ results; 一 + 二 = 三 + 四) decide for {values}. Please check.",
  "IMP-FLATTENED.ambiguous":
    "{row}: line {line} of the source runs the cells together as “{digits}”, which can be cut in {count} ways (e.g. {examples}); the cells are left empty for you to fill in from the published table.",
  "IMP-FLATTENED.none":
    "{row}: line {line} of the source runs the cells together as “{digits}”, and no cut fits the row's relation; the cells are left empty for you to fill in from the published table.",
  "rule.IMP-FLATTENED.title": "Numbers run together",
  "rule.IMP-FLATTENED.summary":
    "Import only: a site's text export dropped the table markup and runs the numbers of a row together (“713000074”). A run is cut only where the form's relations make the cut unique, with a request to check: in table 三 the six applicant cells add up to 总计, and the column sums of the whole table settle what remains; in table 四 each block's four results add up to its 总计; table 二 has no relation, so unless only one cut exists the user is asked.",
  "rule.IMP-FLATTENED.why":
    "RULES.md IMP-FLATTENED. The web text of the 平潭综合实验区 2022 report runs its tables together: “一、本年新收政府信息公开申请数量 713000074” can only be 71, 3, 0, 0, 0, 0, 74 (no leading zeros, the first six add up to the total, FORMAT I1); “行政规范性文件8855698” may be 88, 55, 698 or 8, 85, 5698 and more, and the cells of table 二 are unrelated (FORMAT I6), so only the published table can tell.",
  "rule.IMP-FLATTENED.fix":
    "Check the cut numbers against the published table; fill in the cells that could not be cut, and delete the import comment.",

  "T3-SPLIT-CELL.merged":
    "{row}: line {line} of the source has {found} numbers ({values}); rejoining the split number {pieces} makes the row add up to its total, so it was imported that way. Please check.",
  "rule.T3-SPLIT-CELL.title": "A number split over two cells",
  "rule.T3-SPLIT-CELL.summary":
    "Import only: a row of table 三 with more than 7 numbers is imported with adjacent single digits rejoined when exactly one way of rejoining gives 7 cells whose six applicant cells add up to the total, with a request to check.",
  "rule.T3-SPLIT-CELL.why":
    "RULES.md T3-SPLIT-CELL (a peer checker's heuristic): extracting a table from a PDF or a web page can split a two-digit number over two adjacent cells (“1” “2” for “12”), so the row has a cell too many. The row total (FORMAT I1) tells which cells to rejoin; when several ways fit, nothing is rejoined and the row is reported as IMP-UNREADABLE.",
  "rule.T3-SPLIT-CELL.fix": "Check the rejoined numbers against the published table and delete the import comment.",

  "STR-ROW-LABELS.imported":
    "The row label “{written}” on line {line} of the source is not the form's; imported as {row}.",
  "STR-ROW-LABELS.importedHeading":
    "The section heading “{written}” on line {line} of the source is not the form's; imported as “{heading}”.",
  "STR-HEADING-ORDINAL.imported":
    "The section heading “{written}” on line {line} of the source is numbered “{ordinal}”, where the form numbers this section “{expected}”; imported as “{heading}”.",

  "import.comment.missing": "import: row not found in the source, fill in from the published table",
  "import.comment.width":
    "import: the numbers of source line {line} ({values}) fit no columns, fill in from the published table",
  "import.comment.invalid": "import: “{text}” in the source is not a number",
  "import.comment.flattened": "import: cut from the run of digits “{digits}”, please check",
  "import.comment.ambiguous":
    "import: the run of digits “{digits}” has no unique cut, fill in from the published table",
  "import.comment.split": "import: rejoined the split number {pieces}, please check",
  "import.comment.position": "import: source line {line} has no row label, placed by position, please check",
  "import.comment.label": "import: the published row label is “{written}”",

  "import.header.source": "Imported by nianbao import from {file} ({kind}).",
  "import.header.stats":
    "The tables have {cells} cells: {read} read as published, {inferred} inferred, {unreadable} not readable; a # comment at the end of a row marks what to check.",
  "import.header.statsClean": "The tables have {cells} cells, all read as published.",
  "import.header.problemsWithoutHeading":
    "Section 五 has no heading in the source: the text after table 四 is imported as 存在问题及改进.",
  "import.header.missingSections": "Not found in the source: {sections}.",
  "import.kind.tsv": "text copied from a web page",
  "import.kind.layout": "pdftotext -layout text",
  "import.kind.markdown": "Markdown",
  "import.kind.html": "HTML page",
  "import.kind.flattened": "a site's text export with the cells run together",
  "import.kind.pdf": "PDF",
  "import.kind.docx": "Word document",

  // Ranked cuts of a glued row (import/candidates.ts, import/unsplit.ts).
  "IMP-FLATTENED.ranked":
    "{row}: line {line} of the source runs the cells together as “{digits}”, which can be cut in {count} ways; the cells are left empty. The likeliest cuts, best first: {examples}; fill the row in from the published table.",
  "IMP-INCONSISTENT.row":
    "{row}: line {line} of the source runs the cells together as “{digits}”, and whatever the cut, at least {broken} relation(s) of the table do not hold: the published table itself is inconsistent. The cells are left empty. The likeliest cuts, best first: {candidates}; fill the row in from the published table.",
  "rule.IMP-INCONSISTENT.title": "A glued row wrong in every reading",
  "rule.IMP-INCONSISTENT.summary":
    "Import only: a row whose numbers are run together breaks a relation whatever the cut (in table 三 the row's total, the column sums and 一 + 二 = 三 + 四; in table 四 each block's total; in table 二 现行有效 at least 制发 − 废止): the published table is wrong, not the reading. The row is left empty rather than taking any cut silently; the import lists the likeliest cuts — fewest broken relations, agreement with the numbers the report's prose states, continuity with last year's report in the same folder, plausible magnitudes — in the row's YAML comment, and the editor offers each as a quick fix.",
  "rule.IMP-INCONSISTENT.why":
    "In the web text of a 平潭 body's report, “（七）总计 191000019” can only be cut as 19, 1, 0, 0, 0, 0, 19 and the like, where 19 + 1 ≠ 19; in table 四 “00202000001324015” the last block 13, 2, 4, 0, 15 does not add up. These are errors of the published table; reporting only “no cut” would make the report's real error disappear from the check.",
  "rule.IMP-INCONSISTENT.fix":
    "Fill the row in from the published table (or ask the agency): in the editor you may take one of the cuts the comment lists, then correct what the check finds; delete the import comment.",
  "import.comment.ambiguousCuts":
    "import: the run of digits “{digits}” has no unique cut, fill in from the published table; {cuts}",
  "import.comment.inconsistent":
    "import: no cut of the run of digits “{digits}” keeps the relations, the published table is wrong, fill in from it; {cuts}",
  "import.comment.cuts": "possible cuts: {cuts}",
  "import.cut.why": "{values} ({why})",
  "import.cut.broken": "{count} relation(s) broken",
  "import.cut.prose": "matches the prose",
  "import.cut.lastYear": "continues last year",
  "import.cut.reasonSeparator": ", ",
  "import.cut.separator": "; ",
};
