import type { Catalogue } from "../format.js";

/** Messages of the structure rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  // YAML node types, as arguments of other messages.
  "yamlType.mapping": "「键: 值」形式的映射",
  "yamlType.sequence": "列表",
  "yamlType.text": "一段文字",
  "yamlType.scalar": "单个值",
  "yamlType.number": "一个数字",
  "yamlType.bigint": "一个数字",
  "yamlType.boolean": "布尔值（true/false）",
  "yamlType.empty": "空值",
  "yamlType.alias": "别名",

  "STR-SECTIONS.emptyFile": "文件是空的。年报文件应依次写明 {keys} 各项。",
  "STR-SECTIONS.topIsText":
    "文件不是年报格式：顶层是一段文字，而不是「键: 值」形式的各项（{keys}）。如果这是已发布报告的网页或文字，请先用导入命令转换。",
  "STR-SECTIONS.topNotMapping": "文件不是年报格式：顶层应是「键: 值」形式的各项（{keys}），实际是{found}。",
  "STR-SECTIONS.wrongType": "{label}应是{expected}，实际是{found}。",
  "STR-SECTIONS.unknownTopKey": "「{key}」不是年报的部分或基本信息，不会被读取。顶层可以写的项：{keys}。",
  "STR-SECTIONS.unknownTopKeySuggest": "「{key}」不是年报的部分或基本信息，不会被读取。是否应为「{suggestion}」？",
  "STR-SECTIONS.unknownKey": "{where}中没有「{key}」这一项，不会被读取。",
  "STR-SECTIONS.unknownKeySuggest": "{where}中没有「{key}」这一项，不会被读取。是否应为「{suggestion}」？",
  "STR-SECTIONS.fixKey": "改为「{key}」",
  "STR-SECTIONS.missingMeta": "缺少必填项「{key}」：{note}",
  "STR-SECTIONS.missingSection": "缺少{label}（在文件中写作「{key}:」）。年报必须包含全部六个部分；这一部分写：{note}",
  "STR-SECTIONS.missingTopic": "{label}缺少（写作「{key}:」）。",
  "STR-SECTIONS.badYear": "{label}应是四位数的年份（如 2023），写的是「{written}」。",
  "STR-SECTIONS.badAgency": "{label}应写明编制报告的行政机关全称（一段文字），这里是空的或不是文字。",
  "STR-SECTIONS.badMeta": "{label}的值「{written}」无法读取。",
  "rule.STR-SECTIONS.title": "报告的六个部分与基本信息",
  "rule.STR-SECTIONS.summary":
    "文件顶层是「键: 值」形式的各项，写明机关、年度，并包含一至六部分（表格部分由 STR-TABLE-PRESENT 检查）；顶层和「总体情况」中没有格式以外的键；各部分的类型正确（总体情况、五、六是文字）。",
  "rule.STR-SECTIONS.why":
    "条例第五十条规定年报的内容，国办公开办函〔2021〕30号要求“不能遗漏，也不宜泛化”（FORMAT §1.1、§2）；RULES.md 的 STR-SECTIONS：恰好六个部分。上海市府办 2025 年报缺少第五部分的标题，以（一）（二）小节代替。格式以外的键不会被读取，写在里面的内容会悄悄丢失。",
  "rule.STR-SECTIONS.fix": "补上缺少的部分和基本信息；把拼错的键改为格式中的键（有相近的键时提供快速修复）。",

  "STR-HEADING-ORDINAL.wrongOrdinal": "标题「{key}」的序号「{written}」不对：这是第{expected}部分{label}。",
  "STR-HEADING-ORDINAL.fix": "改为「{heading}」",
  "rule.STR-HEADING-ORDINAL.title": "部分标题的序号",
  "rule.STR-HEADING-ORDINAL.summary":
    "用印制标题写部分的键时（如「二、主动公开政府信息情况」），序号与该部分在格式中的序号一致。",
  "rule.STR-HEADING-ORDINAL.why":
    "六个部分的序号由格式固定（FORMAT §2）；RULES.md 的 STR-HEADING-ORDINAL。上海科委 2024 年报在表格部分重新从「一、主动公开政府信息情况」编号，正文与表格用了两套序号。",
  "rule.STR-HEADING-ORDINAL.fix": "快速修复把标题改为带正确序号的印制标题。",

  "STR-TABLE-PRESENT.missing":
    "缺少{label}的表格（在文件中写作「{key}:」）。缺表是错误，不能当作“不适用”：没有发生的事项也要逐格填 0。",
  "STR-TABLE-PRESENT.empty": "{label}的表格是空的。缺表是错误，不能当作“不适用”：没有发生的事项也要逐格填 0。",
  "rule.STR-TABLE-PRESENT.title": "表格齐全",
  "rule.STR-TABLE-PRESENT.summary": "二、三、四部分的表格都在，且不是空的。",
  "rule.STR-TABLE-PRESENT.why":
    "三张表是格式的附件，是条例第五十条第（一）至（三）项的统计（FORMAT §1.1、§3）；RULES.md 的 STR-TABLE-PRESENT：缺表是错误，不是“不适用”。重庆市实施 60号 的通知要求“严禁擅自删减报告事项”（FORMAT §5.4）。",
  "rule.STR-TABLE-PRESENT.fix": "按格式补上整张表；没有发生的事项逐格填 0。",

  "STR-TEMPLATE-VERSION.singleOtherHandling":
    "「{key}」只写了一行，这是 {found} 年试行格式（{foundSource}）的写法。本报告按 {expected} 年格式（{expectedSource}）填报，「{label}」分为三行：{rows}。该行已按一行读取，请分三行填写（键：{keys}）。",
  "STR-TEMPLATE-VERSION.splitOtherHandling":
    "「{key}」写成了 {found} 年格式（{foundSource}）的三行；本报告按 {expected} 年试行格式（{expectedSource}）填报，「{label}」只有一行。",
  "STR-TEMPLATE-VERSION.otherForm":
    "{where}中的「{label}」属于 {found} 年格式（{foundSource}），本报告按 {expected} 年格式（{expectedSource}）填报，该项不会被读取。",
  "STR-TEMPLATE-VERSION.undeclared":
    "没有写明「{formatKey}」，已按 {inferred} 年格式（{source}）读取。请在文件开头写明「{formatKey}: {inferred}」。",
  "STR-TEMPLATE-VERSION.declare": "写明「{formatKey}: {inferred}」",
  "STR-TEMPLATE-VERSION.badFormat":
    "「{formatKey}」应为 2021（{source2021}）或 2019（{source2019}），写的是「{written}」；已按 {inferred} 年格式读取。",
  "STR-TEMPLATE-VERSION.oldFormLateYear":
    "{year} 年度的报告应使用 2021 年格式（{source2021}，用于 2021 年度及以后的报告），这里写的是「{formatKey}: {format}」。",
  "STR-TEMPLATE-VERSION.newFormEarlyYear":
    "{year} 年度的报告当时适用 2019 年试行格式（{source2019}），这里写的是「{formatKey}: {format}」。如确实按新格式重新编制，可在「{notesKey}」中写明。",
  "STR-TEMPLATE-VERSION.yearHere": "报告年度：{year}",
  "rule.STR-TEMPLATE-VERSION.title": "格式版本（2019 试行 / 2021）",
  "rule.STR-TEMPLATE-VERSION.summary":
    "报告写明所用格式，全文只用这一种格式的行列，且格式与年度相符：2021 年度及以后用 2021 年格式。",
  "rule.STR-TEMPLATE-VERSION.why":
    "2021 年格式（国办公开办函〔2021〕30号）改写了表二，把表三的（六）其他处理分为三行（FORMAT §6）；RULES.md 的 STR-TEMPLATE-VERSION。洪泽区 2023、2024 年报用 2021 年的表二，表三却只有 2019 年的一行（六）其他处理；有的 2022 年报告仍沿用 2019 年的表二（FORMAT §7.2 O1）。",
  "rule.STR-TEMPLATE-VERSION.fix": "按所写格式改写对应的行列；没写格式时，快速修复在文件开头写明格式。",

  "STR-ROW-LABELS.mistypedTop": "「{key}」与格式中的键不一致，应为「{expected}」；已按「{expected}」读取。",
  "STR-ROW-LABELS.mistyped": "{where}中的标签「{key}」与格式不一致，应为「{expected}」；已按「{expected}」读取。",
  "STR-ROW-LABELS.fix": "改为「{expected}」",
  "STR-ROW-LABELS.suggestFix": "改为最接近的标签「{expected}」",
  "STR-ROW-LABELS.unknown": "{where}中没有「{key}」这一行或这一栏，不会被读取。",
  "STR-ROW-LABELS.unknownSuggest": "{where}中没有「{key}」这一行或这一栏，不会被读取。是否应为「{suggestion}」？",
  "rule.STR-ROW-LABELS.title": "行列标签",
  "rule.STR-ROW-LABELS.summary":
    "表格的行、栏标签与格式一致（忽略序号、空格和标点）。相近的写法按原意读取并提示改正；认不出的标签不读取。",
  "rule.STR-ROW-LABELS.why":
    "格式规定了每一行、每一栏的文字（FORMAT §3），不得擅自增删改（FORMAT §5.4）；RULES.md 的 STR-ROW-LABELS。洪泽区 2023、2024 年报写作「2.其他法律行政止公开」，上海科委 2024 年报在 2021 年格式中写「规范性文件」，石龙区 2023 年报写「本年度止件数」，平潭 2022 年报写「行政法复议」。",
  "rule.STR-ROW-LABELS.fix": "快速修复把标签改为格式中的写法。",

  "STR-TABLE-SHAPE.missingRow": "{where}缺少{label}一行（写作「{key}:」）。没有数据也要逐格填 0。",
  "STR-TABLE-SHAPE.missingGroup": "{where}缺少{label}一组（写作「{key}:」及其下各行）。没有数据也要逐格填 0。",
  "STR-TABLE-SHAPE.missingCell": "缺少{label}一格（写作「{key}: 0」）。没有数据也要填 0。",
  "STR-TABLE-SHAPE.rowShort": "{label}应有 {expected} 格（{columns}），只写了 {actual} 格。",
  "STR-TABLE-SHAPE.rowLong": "{label}应有 {expected} 格（{columns}），写了 {actual} 格，多出的不会被读取。",
  "STR-TABLE-SHAPE.notRow": "{label}应写成一行 {width} 个数字（{columns}），如「{example}」，实际是{found}。",
  "STR-TABLE-SHAPE.notCells": "{label}应写成各栏的数字，如「{example}」，实际是{found}。",
  "STR-TABLE-SHAPE.wrongType": "{label}应是{expected}，实际是{found}。",
  "STR-TABLE-SHAPE.pastedRow":
    "{label}应写成一行 {width} 个数字，如「{row}」；这里是用制表符隔开的 {width} 格，像是从 Word 或 Excel 复制来的一行，还缺方括号和逗号。",
  "STR-TABLE-SHAPE.splitRow": "拆成 {width} 格",
  "rule.STR-TABLE-SHAPE.title": "表格形状",
  "rule.STR-TABLE-SHAPE.summary":
    "表格的行、组、格齐全，每行的格数正确：表三 25 行（2019 年格式 23 行）× 7 栏，表四 3 行 × 5 栏，表二各行各栏；每一处的写法（列表、映射、数字）正确。",
  "rule.STR-TABLE-SHAPE.why":
    "表格的行列由格式固定（FORMAT §3）；RULES.md 的 STR-TABLE-SHAPE（同类工具的 TABLE_ROW_MISMATCH、TABLE_COL_MISMATCH）。缺行、缺格的表无法核对勾稽关系；从 PDF 转来的沭阳 2025、上海科委 2024 年报表格行列错位。",
  "rule.STR-TABLE-SHAPE.fix": "按格式补齐缺少的行和格，删去多余的格。",

  "STR-TITLE.notText": "{label}应是一段文字。",
  "STR-TITLE.part.noAgency": "没有机关名称「{agency}」",
  "STR-TITLE.part.noYear": "没有报告年度「{year}年」",
  "STR-TITLE.part.badEnding": "不是以「{ending}」结尾",
  "STR-TITLE.wrong": "标题「{title}」{problems}。应写作「{expected}」这样的标题。",
  "STR-TITLE.wrongNoExample": "标题「{title}」{problems}。",
  "STR-TITLE.fix": "改为「{expected}」",
  "rule.STR-TITLE.title": "报告标题",
  "rule.STR-TITLE.summary": "写了「标题」时，标题含机关名称和报告年度，并以「政府信息公开工作年度报告」结尾。",
  "rule.STR-TITLE.why":
    "年报标题的通行写法是「机关 + 年度 + 政府信息公开工作年度报告」（FORMAT §1）；RULES.md 的 STR-TITLE。沭阳 2025 年报转换后的标题把「沭阳」识别成了「沐阳」，标题与机关名称不符。",
  "rule.STR-TITLE.fix":
    "快速修复把标题改为「机关 + 年度 + 年政府信息公开工作年度报告」；也可以删去「标题」，使用默认标题。",
};
