import type { Catalogue } from "../format.js";

/** Messages of the meta rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "META-YEAR.invalid": "「年度」写作「{written}」，不是有效的年份（应为四位数字，如 2024）。",
  "META-YEAR.title": "标题中的年份 {found} 与「年度」{year} 不一致。",
  "META-YEAR.period": "统计期限「{period}」中的年份 {found} 与「年度」{year} 不一致。",
  "META-YEAR.selfReference": "正文「{quote}」写的是 {found} 年，而报告「年度」为 {year}，可能沿用了其他年度的文字。",
  "META-YEAR.publishedEarly": "发布日期 {date} 早于 {year} 年结束，年度报告应在报告年度结束后发布。",
  "META-YEAR.fix": "将 {found} 改为 {year}",
  "rule.META-YEAR.title": "年份前后一致",
  "rule.META-YEAR.summary":
    "报告年度在「年度」、标题、统计期限（「Y年1月1日至12月31日」）和正文中指称本机关工作的年份（「2023年我局…」「2023年，全区…」）中一致，发布日期在报告年度之后。第五部分提到上一年（上年问题的改进）和任何部分提到下一年（工作计划）都是正常的。「年度」缺失或不是有效年份也在此报告。",
  "rule.META-YEAR.why":
    "统计期限为报告年度的 1 月 1 日至 12 月 31 日（格式 §5 第 1 条）。年份写错多因沿用上年报告；30号文把「内容雷同」列为追责情形。同行检查工具也检查年份，但把第五部分中的上一年也当作错误，过于严格。",
  "rule.META-YEAR.fix": "把错误的年份改为报告年度；沿用上年的文字应按本年度情况重写。",

  "META-TIMELINESS.invalid": "发布日期「{written}」不是有效的日期，应写作 YYYY-MM-DD。",
  "META-TIMELINESS.late": "发布日期 {date} 晚于条例第四十九条规定的期限 {deadline}（{who}），逾期 {days} 天。",
  "META-TIMELINESS.kind.department": "政府部门于次年 1 月 31 日前公布",
  "META-TIMELINESS.kind.government": "本级人民政府年度报告或本地区汇总报告于次年 3 月 31 日前公布",
  "rule.META-TIMELINESS.title": "按时发布",
  "rule.META-TIMELINESS.summary":
    "发布日期不晚于条例第四十九条的期限：县级以上人民政府部门为次年 1 月 31 日；本级人民政府的年度报告和全市、全区、全县汇总报告为次年 3 月 31 日。机关名称以「人民政府」或地名（市、区、县……）结尾，或名称、标题含「汇总」的，按后者。发布日期写得不是日期时也在此提示。",
  "rule.META-TIMELINESS.why":
    "条例第四十九条规定了公布期限；30号文「明确责任」把不按时发布列为追责情形，中国社会科学院的评估也把发布不及时列为常见问题（格式 §7 E1、E7）。各地常有更早的内部期限，因此只作提示。",
  "rule.META-TIMELINESS.fix": "按期发布；已经逾期的，如实填写实际发布日期。",

  "META-AGENCY.invalid": "「机关」写作「{written}」，不是有效的机关名称。",
  "META-AGENCY.variant": "「{found}」与机关名称「{name}」只差一个形近字，可能是识别或录入错误（机关：{agency}）。",
  "META-AGENCY.agency": "机关：{agency}",
  "META-AGENCY.fix": "将「{found}」改为「{name}」",
  "rule.META-AGENCY.title": "机关名称前后一致",
  "rule.META-AGENCY.summary":
    "标题和正文中出现的机关名称（或其中的地名，如「沭阳县」）与「机关」一致：与之只差一个形近字的写法（沐阳县人民政府、雎宁县、毫州市……）视为识别或录入错误。只差一个其他字的名称可能是别的地方（宿城区与宿豫区），不报告。「机关」为空也在此报告。",
  "rule.META-AGENCY.why":
    "沭阳县人民政府 2025 年报告经 PDF 转换后，标题和落款都成了「沐阳县人民政府」。机关名称错误会让报告无法按机关归档和检索。",
  "rule.META-AGENCY.fix": "把形近字改正为机关的正确名称；快速修复替换该处名称。",

  "META-CONTACT.missingBoth": "总体情况的概述和其他事项中都没有联系地址和电话。",
  "META-CONTACT.missingAddress": "总体情况的概述和其他事项中没有联系地址。",
  "META-CONTACT.missingPhone": "总体情况的概述和其他事项中没有联系电话。",
  "rule.META-CONTACT.title": "写明联系地址和电话",
  "rule.META-CONTACT.summary":
    "在总体情况的「概述」（即报告的卷首语）或「其他事项」中写明对报告有疑问时的联系地址和电话。",
  "rule.META-CONTACT.why":
    "这是通行做法而非格式要求：淮安市、洪泽区、平潭综合实验区等的报告在卷首语写明地址、邮编和电话；石龙区 2023 年报告没有写。因此只作提示。",
  "rule.META-CONTACT.fix": "在「概述」中加一句「如对本报告有疑问，请与……联系（地址：……，电话：……）」。",
};
