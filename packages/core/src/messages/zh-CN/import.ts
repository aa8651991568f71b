import type { Catalogue } from "../format.js";

/**
 * Messages of importing a published report (zh-CN): the import findings, the comments written into
 * the YAML, its header, and the rules reference entries of the import-only codes.
 */
export const messages: Catalogue = {
  "IMP-UNREADABLE.rowMissing": "{row}：在来源中没有找到这一行，各格留空，请按原表填写。",
  "IMP-UNREADABLE.rowWidth":
    "{row}：来源第 {line} 行有 {found} 个数值（{values}），而这一行应有 {expected} 格，无法确定每个数值属于哪一栏，各格留空，请按原表填写。",
  "IMP-UNREADABLE.invalid": "{row}第 {column} 格：来源第 {line} 行写作「{text}」，不是数字，按原文导入，请核对。",
  "IMP-UNREADABLE.tableMissing": "在来源中没有找到{table}，未导入。",
  "IMP-UNREADABLE.tooLarge":
    "来源有 {actual} 个字符，超过导入上限 {max}，未导入；年度报告通常不超过几十万字符，请确认选对了文件。",
  "IMP-UNREADABLE.noReport":
    "来源中没有找到年度报告：既没有任何一部分的标题，也没有表二、表三、表四，未导入；请确认选对了文件（例如网页是报告正文，而不是错误页或目录页）。",
  "rule.IMP-UNREADABLE.title": "导入时未能读取的单元格",
  "rule.IMP-UNREADABLE.summary":
    "仅用于导入：来源中找不到的行、数值个数与格式不符以致无法确定所属栏目的行、不是数字的单元格，逐一列出来源位置；这些格在 YAML 中留空并加注释。来源中找不到报告（没有任何部分标题，也没有表格：空文件、错误页）或超过导入上限时，是错误，不导入。",
  "rule.IMP-UNREADABLE.why":
    "导入不得悄悄猜测（DESIGN.md「Never lose data」；RULES.md 的 IMP-* 导入质量规则）。同行工具把 PDF 转成 Markdown 时会丢格：上海市府办 2025 年报表二「规章」一行只剩 2 个数值（22、235），本年废止「55（含自然失效 29 件）」落在表外；宿迁 2023、2024 年的比对导出把表四拆在左右两半页，每半只有 7 或 8 个数值。把这些数值按顺序塞进各栏就会得出错误的数字。",
  "rule.IMP-UNREADABLE.fix": "对照原表填写留空的单元格，删去行尾的导入注释。",

  "IMP-SOURCE-GATE.byPosition":
    "{row}：来源第 {line} 行的数值（{values}）旁没有行标签，按它在表中的位置导入为这一行，请核对。",
  "IMP-SOURCE-GATE.conflict":
    "{table}：来源第 {line} 行的行标签「{label}」与表格的行序不符（重复或顺序颠倒），其数值（{values}）未导入，请核对原表。",
  "IMP-SOURCE-GATE.unplacedLabelled":
    "{table}：来源第 {line} 行「{label}」的数值（{values}）不属于格式中的任何一行，未导入。",
  "IMP-SOURCE-GATE.unplaced": "{table}：来源第 {line} 行的数值（{values}）无法对应到表中的任何一行，未导入。",
  "rule.IMP-SOURCE-GATE.title": "导入的数值能在来源中对应到行标签",
  "rule.IMP-SOURCE-GATE.summary":
    "仅用于导入：每个导入的数值都要在来源中找到它的行标签。没有标签、只能按所在位置归入某行的，提示核对；标签与表格行序冲突（重复、颠倒）的是错误，数值不导入；对应不到任何一行的数值逐一列出。",
  "rule.IMP-SOURCE-GATE.why":
    "RULES.md 的 IMP-SOURCE-GATE（同行检查器有此规则）：导入的每个数字都应能在来源中其行、列标签旁找到。上海科委 2024 年报由同行工具从 PDF 转成的 Markdown 里，表三有 10 行数值丢了行标签，只能按前后有标签的行推定其位置；只有两个标签之间无标签行的行数与格式缺的行数相等时才推定，否则不导入。",
  "rule.IMP-SOURCE-GATE.fix":
    "对照原表核对按位置导入的行，删去行尾的导入注释；未导入的数值如属于表格，填入相应单元格。",

  "IMP-FLATTENED.unique": "{row}：来源第 {line} 行各格数字连写为「{digits}」，按无前导零只有一种拆法：{values}。",
  "IMP-FLATTENED.byTotal":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，在无前导零且各项之和等于总计的拆法中只有一种：{values}，请核对。",
  "IMP-FLATTENED.byColumns":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，有 {count} 种拆法满足本行总计，按全表各栏的勾稽关系（（七）总计等于各办理结果之和，第一项加第二项等于第三项加第四项）确定为：{values}，请核对。",
  "IMP-FLATTENED.ambiguous":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，有 {count} 种拆法（如 {examples}），无法确定，各格留空，请按原表填写。",
  "IMP-FLATTENED.none":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，没有符合本行勾稽关系的拆法，各格留空，请按原表填写。",
  "rule.IMP-FLATTENED.title": "连写的数字串",
  "rule.IMP-FLATTENED.summary":
    "仅用于导入：网站导出的文本丢了表格标记，一行各格的数字连成一串（如「713000074」）。只有当勾稽关系使拆法唯一时才拆分并提示核对：表三每行六类申请人之和等于总计，仍有多解时再用全表各栏之和；表四每栏前四项之和等于总计；表二没有勾稽关系，拆法不唯一即请用户按原表填写。",
  "rule.IMP-FLATTENED.why":
    "RULES.md 的 IMP-FLATTENED。平潭综合实验区 2022 年报的网页文本把表格连写：「一、本年新收政府信息公开申请数量 713000074」只能拆为 71、3、0、0、0、0、74（各项无前导零，前六项之和等于总计，FORMAT I1）；「行政规范性文件8855698」可拆为 88、55、698，也可拆为 8、85、5698 等，表二各格之间没有关系（FORMAT I6），只能请用户对照原表。",
  "rule.IMP-FLATTENED.fix": "对照原表核对拆出的数字；无法拆分的单元格按原表填写，删去行尾的导入注释。",

  "T3-SPLIT-CELL.merged":
    "{row}：来源第 {line} 行有 {found} 个数值（{values}），把被拆开的数字 {pieces} 合并后本行各项之和等于总计，按此导入，请核对。",
  "rule.T3-SPLIT-CELL.title": "被拆到两格的数字",
  "rule.T3-SPLIT-CELL.summary":
    "仅用于导入：表三某行的数值比 7 格多，而把相邻的几个一位数合并成一个数后恰好 7 格且六类申请人之和等于总计、合并方式唯一时，按合并后的数值导入并提示核对。",
  "rule.T3-SPLIT-CELL.why":
    "RULES.md 的 T3-SPLIT-CELL（同行检查器有此启发式）：从 PDF 或网页提取表格时，一个两位数可能被拆到相邻两格（「1」「2」而非「12」），该行因此多出一格。行总计关系（FORMAT I1）能判断合并哪两格；合并方式不唯一时不合并，按 IMP-UNREADABLE 处理。",
  "rule.T3-SPLIT-CELL.fix": "对照原表核对合并后的数值，删去行尾的导入注释。",

  "STR-ROW-LABELS.imported": "来源第 {line} 行的行标签「{written}」与格式不符，按{row}导入。",
  "STR-ROW-LABELS.importedHeading": "来源第 {line} 行的章节标题「{written}」与格式不符，按「{heading}」导入。",
  "STR-HEADING-ORDINAL.imported":
    "来源第 {line} 行的章节标题「{written}」序号为「{ordinal}」，格式中这一部分是第「{expected}」部分；按「{heading}」导入。",

  "import.comment.missing": "导入：来源中未找到此行，请按原表填写",
  "import.comment.width": "导入：来源第 {line} 行的数值（{values}）无法对应到各栏，请按原表填写",
  "import.comment.invalid": "导入：原文「{text}」不是数字",
  "import.comment.flattened": "导入：由连写数字「{digits}」拆分得出，请核对",
  "import.comment.ambiguous": "导入：连写数字「{digits}」无法唯一拆分，请按原表填写",
  "import.comment.split": "导入：合并了被拆开的数字 {pieces}，请核对",
  "import.comment.position": "导入：来源第 {line} 行无行标签，按位置导入，请核对",
  "import.comment.label": "导入：原表行标签为「{written}」",

  "import.header.source": "由 nianbao import 从 {file}（{kind}）导入。",
  "import.header.stats":
    "表格共 {cells} 格：照录 {read} 格，推断 {inferred} 格，未能读取 {unreadable} 格；行尾的 # 注释标出需要核对的行。",
  "import.header.statsClean": "表格共 {cells} 格，均照原文录入。",
  "import.header.problemsWithoutHeading": "原文第五部分没有标题：表四之后的文字作为「存在问题及改进」导入。",
  "import.header.missingSections": "原文中未找到：{sections}。",
  "import.kind.tsv": "网页复制文本",
  "import.kind.layout": "pdftotext -layout 文本",
  "import.kind.markdown": "Markdown",
  "import.kind.html": "HTML 网页",
  "import.kind.flattened": "网站导出的连写文本",
  "import.kind.pdf": "PDF",
  "import.kind.docx": "Word 文档",

  // Ranked cuts of a glued row (import/candidates.ts, import/unsplit.ts).
  "IMP-FLATTENED.ranked":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，有 {count} 种拆法，无法确定，各格留空；最可能的拆法依次为 {examples}，请按原表填写。",
  "IMP-INCONSISTENT.row":
    "{row}：来源第 {line} 行各格数字连写为「{digits}」，无论怎样拆分，本表的勾稽关系都至少有 {broken} 处不符：已发布的表格本身有误。各格留空；最可能的拆法依次为 {candidates}，请按原表填写。",
  "rule.IMP-INCONSISTENT.title": "怎样拆分都不相符的连写行",
  "rule.IMP-INCONSISTENT.summary":
    "仅用于导入：一行连写的数字，任何一种拆法都使勾稽关系不符（表三本行合计、各栏合计、第一项加第二项等于第三项加第四项，表四各栏合计，表二现行有效不少于制发减废止）——已发布的表格本身有误，而不是导入读错。这一行留空，不悄悄取任何一种拆法；导入按不符处最少、与正文所述数字相符、与同一文件夹中上年报告衔接、数值大小合理的次序列出最可能的拆法，写在 YAML 行尾的注释中，编辑器中每种拆法都是一个快速修复。",
  "rule.IMP-INCONSISTENT.why":
    "平潭某机关年报的网页文本中「（七）总计 191000019」只能拆为 19、1、0、0、0、0、19 一类，而 19 + 1 ≠ 19；表四「00202000001324015」最后一栏 13、2、4、0、15 也加不平。这些是原表的错误，若只说「无法拆分」，报告的真实错误就从检查中消失了。",
  "rule.IMP-INCONSISTENT.fix":
    "对照原表（或向编制机关核实）填写这一行：可以在编辑器中采用注释里列出的某种拆法，再按检查结果更正不符之处；删去行尾的导入注释。",
  "import.comment.ambiguousCuts": "导入：连写数字「{digits}」无法唯一拆分，请按原表填写；{cuts}",
  "import.comment.inconsistent": "导入：连写数字「{digits}」怎样拆分都不满足勾稽关系，原表有误，请按原表填写；{cuts}",
  "import.comment.cuts": "可能的拆分：{cuts}",
  "import.cut.why": "{values}（{why}）",
  "import.cut.broken": "{count} 处不符",
  "import.cut.prose": "与正文相符",
  "import.cut.lastYear": "与上年衔接",
  "import.cut.reasonSeparator": "，",
  "import.cut.separator": "；",
};
