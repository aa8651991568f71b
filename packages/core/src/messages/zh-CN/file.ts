import type { Catalogue } from "../format.js";

/** Messages of the file rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  // YAML-SYNTAX: one explanation per yaml error code; `other` for the rest.
  "YAML-SYNTAX.BAD_INDENT":
    "缩进不正确：YAML 用缩进表示层级，同一层的键要左对齐，下一层要比上一层多缩进（只用空格）。方括号写的一行如果换行，续行也要比键缩进得多。",
  "YAML-SYNTAX.MISSING_CHAR": "缺少必要的符号：键后面的冒号「:」、行末的「]」或「}」，或者引号没有闭合。",
  "YAML-SYNTAX.UNEXPECTED_TOKEN":
    "这里出现了不该有的符号，如多余的逗号、括号或冒号。方括号中的空格子请填 0，不要留空。",
  "YAML-SYNTAX.BLOCK_AS_IMPLICIT_KEY": "多行内容不能用作键：通常是上一行缺少冒号「:」，或缩进错位。",
  "YAML-SYNTAX.MULTILINE_IMPLICIT_KEY": "键必须写在一行内：这里的键跨了多行，通常是上一行缺少冒号「:」，或缩进错位。",
  "YAML-SYNTAX.TAB_AS_INDENT": "缩进里用了制表符（Tab）：YAML 只能用空格缩进。",
  "YAML-SYNTAX.BAD_SCALAR_START":
    "值不能以这个符号开头（如「@」「`」「%」，或单独的「-」「?」「:」）：请给这个值加上引号。",
  "YAML-SYNTAX.DUPLICATE_KEY": "同一层中重复出现了同一个键。",
  "YAML-SYNTAX.BAD_DQ_ESCAPE": "双引号字符串中的反斜杠「\\」转义无效：要写反斜杠本身，请改用单引号。",
  "YAML-SYNTAX.BLOCK_IN_FLOW": "方括号或花括号里不能再写换行缩进的结构。",
  "YAML-SYNTAX.BAD_ALIAS": "别名（*名称）或锚点（&名称）写法不正确。年报不需要锚点和别名。",
  "YAML-SYNTAX.ALIAS_PROPS": "别名（*名称）不能带锚点或标签。年报不需要锚点和别名。",
  "YAML-SYNTAX.MULTIPLE_DOCS": "文件含有多个 YAML 文档（以「---」分隔），只读取了第一个。一个文件只写一份报告。",
  "YAML-SYNTAX.KEY_OVER_1024_CHARS": "键超过 1024 个字符：通常是缺少冒号或换行。",
  "YAML-SYNTAX.TAG_RESOLVE_FAILED": "无法识别以「!」开头的标签。年报不需要 YAML 标签，请删除。",
  "YAML-SYNTAX.BAD_COLLECTION_TYPE": "以「!」开头的标签与内容不符。年报不需要 YAML 标签，请删除。",
  "YAML-SYNTAX.BAD_DIRECTIVE": "以「%」开头的 YAML 指令无效。年报不需要指令，请删除。",
  "YAML-SYNTAX.MULTIPLE_ANCHORS": "一个值上写了多个锚点（&名称）。年报不需要锚点和别名。",
  "YAML-SYNTAX.MULTIPLE_TAGS": "一个值上写了多个标签（!名称）。年报不需要 YAML 标签。",
  "YAML-SYNTAX.BAD_PROP_ORDER": "锚点（&）和标签（!）应写在值的前面。年报不需要锚点和标签。",
  "YAML-SYNTAX.NON_STRING_KEY": "键必须是一段文字，不能是列表或映射。",
  "YAML-SYNTAX.RESOURCE_EXHAUSTION": "这里的结构嵌套太深，无法读取。",
  "YAML-SYNTAX.INTERNAL": "读取文件时发生内部错误，已停止读取（{detail}）。请把这个文件报告给 Nianbao 的开发者。",
  "YAML-SYNTAX.other": "YAML 语法错误（{code}）：{detail}",
  "YAML-SYNTAX.duplicateKey":
    "「{key}」重复出现：第 {line} 行已经写过，这里的内容不会被读取。请合并两处，删去其中一处。",
  "YAML-SYNTAX.firstOccurrence": "第一次出现的「{key}」",
  "YAML-SYNTAX.unreadableLines":
    "因此第 {from}–{to} 行无法按层级读取：由此产生的其他问题（缩进、未知的键、缺少的行，共 {count} 处）都源于这一处，不再另列；改正后再检查。",
  "YAML-SYNTAX.unreadableLine":
    "因此第 {from} 行无法按层级读取：由此产生的其他问题（未知的键、缺少的行，共 {count} 处）都源于这一处，不再另列；改正后再检查。",
  // A one-line text continued on the next line (Enter pressed inside it): said as the writer sees it.
  "YAML-SYNTAX.proseBreak":
    "「{label}」的文字换行后没有缩进：第 {line} 行起的文字被当成了新的键，文件因此无法读取。要分段，请改为多段文字写法（「键: |」，下面每段缩进两格）。",
  "YAML-SYNTAX.proseBreakFix": "改为多段文字写法",
  // Above the lines of a file a rendering could not read (render/unreadable.ts).
  "render.unreadable": "以下内容无法读取，请检查原文（第 {lines} 行）：",
  // One wrongly indented line, found by re-indenting it: said on that line, with its fix.
  "YAML-SYNTAX.indentTooMany":
    "第 {line} 行多了 {count} 个空格：同一层的键要左对齐，这一行应缩进 {expected} 个空格。其后的行因此无法按层级读取，由此产生的问题不再另列。",
  "YAML-SYNTAX.indentTooFew":
    "第 {line} 行少了 {count} 个空格：同一层的键要左对齐，这一行应缩进 {expected} 个空格。其后的行因此无法按层级读取，由此产生的问题不再另列。",
  "YAML-SYNTAX.indentTab": "第 {line} 行用制表符（Tab）缩进：YAML 只能用空格缩进，这一行应缩进 {expected} 个空格。",
  "YAML-SYNTAX.indentFix": "将第 {line} 行改为缩进 {expected} 个空格",
  "rule.YAML-SYNTAX.title": "YAML 语法",
  "rule.YAML-SYNTAX.summary":
    "文件是合法的 YAML，同一层中没有重复的键。一处缩进错误（如用 Tab 缩进）会使其后直到下一个顶层键的各行都读错层级：由此产生的缩进错误、未知的键和缺少的行并入这一处，不再另列；若只是某一行缩进错了（多或少几个空格、用了 Tab），就在那一行指出，并提供改正缩进的快速修复。文件错误排在其他发现之前。",
  "rule.YAML-SYNTAX.why":
    "文件错误，不属于 RULES.md 的检查目录：语法错误处之后的内容无法按表格读取，重复的键只有第一处被读取，其余的数字会悄悄丢失。最常见的是行中漏了「]」、用 Tab 缩进、方括号中留空格（[ , 0]）。",
  "rule.YAML-SYNTAX.fix": "按消息修正标出的位置；重复的键合并为一处。",
  // YAML-LIMIT: one message per limit of the reader.
  "YAML-LIMIT.size": "文件过大：{actual} 个字符，上限为 {max}（一份年报约 1 万字符）。文件没有被读取。",
  "YAML-LIMIT.aliases":
    "文件用了 {actual} 个 YAML 别名（*名称），上限为 {max}：这可能是“别名炸弹”。文件没有被读取。年报不需要别名。",
  "YAML-LIMIT.depth": "方括号、花括号嵌套到了第 {actual} 层，上限为 {max} 层（年报最多两层）。文件没有被读取。",
  "YAML-LIMIT.line-length": "这一行长 {actual} 个字符，上限为 {max}：通常是缺少换行。",
  "YAML-LIMIT.errors": "YAML 语法错误过多：共 {actual} 个，只列出前 {max} 个。请先改正前面的错误。",
  "YAML-LIMIT.nodes": "文件结构过于庞大：{actual} 个节点，上限为 {max}。文件没有被读取。",
  "rule.YAML-LIMIT.title": "文件大小与结构上限",
  "rule.YAML-LIMIT.summary":
    "文件不超过读取上限：大小（默认 500,000 字符）、YAML 别名（100 个）、方括号花括号嵌套（64 层）、YAML 节点（20,000 个）、单行长度（10 万字符）、列出的语法错误（100 个）。",
  "rule.YAML-LIMIT.why":
    "文件错误，不属于 RULES.md 的检查目录：一份年报约 1 万字符，上限留有五十倍余地；超出上限的输入（误选的大文件、别名炸弹、深层嵌套）会让编辑器和批量检查卡住，所以不读取，而是明确报告。",
  "rule.YAML-LIMIT.fix": "检查是否打开了错误的文件；删去别名和多余的嵌套；在过长的行中换行。",
  // FILE-ENCODING: the encoding a file was decoded from, when not UTF-8.
  "FILE-ENCODING.notUtf8":
    "文件的编码是 {encoding}，不是 UTF-8。已按 {encoding} 读取并检查，但编辑器、Git 和其他工具默认按 UTF-8 读取 *.nianbao.yaml，会显示乱码。请另存为 UTF-8：VS Code 中点击右下角的编码，选「通过编码保存」→「UTF-8」；记事本中「另存为」，编码选「UTF-8」；WPS 中「另存为」纯文本，编码选「UTF-8」。",
  "rule.FILE-ENCODING.title": "文件编码",
  "rule.FILE-ENCODING.summary":
    "文件以 UTF-8 保存（可带 BOM）。GB18030（GBK）和带 BOM 的 UTF-16 文件也能读取和检查，但会得到这条警告。",
  "rule.FILE-ENCODING.why":
    "文件警告，不属于 RULES.md 的检查目录：Windows 和 WPS 默认把中文文本存为 GB18030（GBK），记事本的「Unicode」是 UTF-16。Nianbao 能识别这些编码，但编辑器、Git、网页表单和下一年的 new --from 都按 UTF-8 读取，换一个工具打开就是乱码。无法判断编码的文件（二进制数据、没有 BOM 的 UTF-16）不会被检查，而是作为无法读取的输入报告。",
  "rule.FILE-ENCODING.fix":
    "在编辑器中另存为 UTF-8：VS Code「通过编码保存」→「UTF-8」；记事本「另存为」→ 编码「UTF-8」。",
};
