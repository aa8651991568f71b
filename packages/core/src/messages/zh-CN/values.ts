import type { Catalogue } from "../format.js";

/** Messages of the values rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "VAL-NUMERIC.notNumber": "{label}应填数字，写的是「{raw}」。",
  "VAL-NUMERIC.withUnit": "{label}只填数字，不带单位：写的是「{raw}」，应为 {value}（单位「{unit}」已由表头印出）。",
  "VAL-NUMERIC.collection": "{label}应是一个数字，这里写成了{found}。",
  "VAL-NUMERIC.fullWidth": "{label}写作「{raw}」，用了全角数字；已读作 {value}，请改用半角数字。",
  "VAL-NUMERIC.thousands": "{label}写作「{raw}」，带千位分隔符；已读作 {value}，请直接写 {value}。",
  "VAL-NUMERIC.yearWithUnit": "{label}只填年份数字：写的是「{raw}」，应为 {value}。",
  "VAL-NUMERIC.fix": "改为 {value}",
  "rule.VAL-NUMERIC.title": "数字格",
  "rule.VAL-NUMERIC.summary":
    "表格中每个件数和金额格都是数字：不是数字的文字（「abc」「12件」）是错误；全角数字（「１２」）和千位分隔符（「1,234」）虽能读出，也要改为普通数字。「年度」同样：「２０２４」「2024年」能读作 2024，也要改为 2024。",
  "rule.VAL-NUMERIC.why":
    "表格的每一格都是件数或金额（FORMAT §3、I6）；RULES.md 的 VAL-NUMERIC（同类工具已有此检查）。从 Word 或网页复制的表格常带全角数字和单位；不是数字的格无法参与任何勾稽核对。",
  "rule.VAL-NUMERIC.fix": "快速修复写入普通的半角数字（去掉表头已印出的单位）。",

  "VAL-INTEGER.fraction": "{label}是件数，应为整数，写的是 {value}。",
  "VAL-INTEGER.tooLarge": "{label}的数值 {value} 过大，不是可信的件数，也无法精确相加。",
  "rule.VAL-INTEGER.title": "件数为整数",
  "rule.VAL-INTEGER.summary":
    "件数格（表三、表四全部格子，表二除收费金额外的各格）是整数；表二「本年收费金额（单位：万元）」可以有小数。",
  "rule.VAL-INTEGER.why":
    "件数只能是整数，收费金额以万元计可有小数（FORMAT I6；RULES.md 的 VAL-INTEGER）。真实报告的收费金额有多达 6 位小数，所以金额不受此限。",
  "rule.VAL-INTEGER.fix": "改为整数件数；如确是金额，检查是否填错了格。",

  "VAL-NONNEG.negative": "{label}为负数 {value}：件数和金额不能为负。",
  "rule.VAL-NONNEG.title": "不为负数",
  "rule.VAL-NONNEG.summary": "每个件数和金额格 ≥ 0；只有 2019 年试行格式的「本年增/减」可以为负。",
  "rule.VAL-NONNEG.why":
    "件数和金额都不会是负数（FORMAT I6；RULES.md 的 VAL-NONNEG）。2019 年格式表二的「本年增/减」记的是增减，可以为负。",
  "rule.VAL-NONNEG.fix": "改正为实际的件数或金额。",

  "VAL-BLANK.placeholder":
    "{label}填的是「{raw}」：占位符不按 0 读取，用到这一格的勾稽关系都无法核对。{table}的表格共有 {count} 个这样的格子。如实际为 0，请填 0。",
  "VAL-BLANK.fix": "如实际为 0，改为 0",
  "rule.VAL-BLANK.title": "占位符",
  "rule.VAL-BLANK.summary":
    "格子里写的是占位符（「/」「-」「—」「--」「无」「不适用」「N/A」等）。占位符的含义（0？不适用？缺数？）不明确，不按 0 读取；每条提示给出所在表格的占位符个数。",
  "rule.VAL-BLANK.why":
    "格式要求逐格填报，没有发生的填 0（FORMAT §5.4）；RULES.md 的 VAL-BLANK。雄县 2019 年报的乡镇表格大多空着，上海 2019 年报的结果行“总计”栏空着（FORMAT §7.2 O3），这些表格都无法核对。",
  "rule.VAL-BLANK.fix": "填实际数字；实际为 0 时填 0（快速修复）。确属不适用的，在「说明」中写明。",

  "VAL-ANNOTATION.note": "{label}写作「{raw}」：按 {value} 计入，括注「{note}」只作记录，不参与求和。",
  "rule.VAL-ANNOTATION.title": "带括注的数字",
  "rule.VAL-ANNOTATION.summary":
    "格子里的数字后带括注（如「22（其中修订16件）」）：数字照常计入，括注原样保留，不参与任何求和。",
  "rule.VAL-ANNOTATION.why":
    "RULES.md 的 VAL-ANNOTATION。上海市府办 2025 年报表二写作「22（其中修订16件）」「55（含自然失效29件）」；括注里的数字不是另一格，不能加进合计。",
  "rule.VAL-ANNOTATION.fix": "无需修改；如希望表格只有数字，可把括注移到「说明」中。",

  "VAL-TABLE-NOTE.recorded": "已记录{table}表格下的注：「{text}」",
  "rule.VAL-TABLE-NOTE.title": "表格下的注",
  "rule.VAL-TABLE-NOTE.summary": "「说明」中写了「表」而没有「规则」的一项，是印在该表下方的注，予以记录。",
  "rule.VAL-TABLE-NOTE.why":
    "RULES.md 的 VAL-TABLE-NOTE。上海市府办 2025 年报在表四下注明“行政复议、行政诉讼数量含上年度结转数量”；这样的注改变了表格的口径，读表的人需要看到。",
  "rule.VAL-TABLE-NOTE.fix": "无需修改。",

  "VAL-REQUIRED.blank":
    "{label}是空的：表格每一格都要填写，没有就填 0。空格不按 0 读取，用到这一格的勾稽关系都无法核对。",
  "VAL-REQUIRED.fix": "填 0",
  "rule.VAL-REQUIRED.title": "格子必填",
  "rule.VAL-REQUIRED.summary": "表格的每一格都填写了，没有的填 0，而不是留空（「[ ~, 0, …]」「''」或只写了键）。",
  "rule.VAL-REQUIRED.why":
    "格式要求逐格填报，不得擅自删减（FORMAT §5.4）；RULES.md 的 VAL-REQUIRED（FOIA 的 F-REQ）。雄县 2019 年报大多数格子空着，无法核对（FORMAT §7.2 O3）。",
  "rule.VAL-REQUIRED.fix": "快速修复填入 0；实际有数字的，填实际数字。",
};
