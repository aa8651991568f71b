import type { Catalogue } from "../format.js";

/** Messages of the meta rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "META-YEAR.invalid": "「年度」 (year) is 「{written}」, which is not a valid year (four digits, e.g. 2024).",
  "META-YEAR.title": "The title's year {found} differs from 「年度」 (year) {year}.",
  "META-YEAR.period": "The year {found} in the statistics period “{period}” differs from 「年度」 (year) {year}.",
  "META-YEAR.selfReference":
    "The text says “{quote}”, dated {found}, in a report for {year}: it may be carried over from another year's report.",
  "META-YEAR.publishedEarly":
    "The publication date {date} is before the end of {year}; an annual report is published after its year.",
  "META-YEAR.fix": "Change {found} to {year}",
  "rule.META-YEAR.title": "The year is consistent",
  "rule.META-YEAR.summary":
    "The report's year is the same in 年度, the title, the statistics period (“Y年1月1日至12月31日”) and the years with which the text dates the agency's own work (“2023年我局…”, “2023年，全区…”), and the publication date falls after the year. Last year in section 五 (remedies of last year's problems) and next year anywhere (plans) are expected. A 年度 that is empty or not a year is reported here too.",
  "rule.META-YEAR.why":
    "The statistics period is 1 January to 31 December of the report year (FORMAT §5.1). A wrong year usually comes from last year's report; 30号 names copied content (内容雷同) as grounds for accountability. A peer checker checks years too, but also flags last year in section 五, which is too eager.",
  "rule.META-YEAR.fix":
    "Change the wrong year to the report year; rewrite text carried over from last year for this year.",

  "META-TIMELINESS.invalid": "The publication date 「{written}」 is not a date; write it as YYYY-MM-DD.",
  "META-TIMELINESS.late":
    "Published on {date}, after the deadline of 条例 Art. 49, {deadline} ({who}): {days} days late.",
  "META-TIMELINESS.kind.department": "government departments publish by 31 January of the next year",
  "META-TIMELINESS.kind.government":
    "a people's government's own report or a region summary is published by 31 March of the next year",
  "rule.META-TIMELINESS.title": "Published on time",
  "rule.META-TIMELINESS.summary":
    "The publication date is no later than the deadline of 条例 Art. 49: 31 January of the next year for a government department; 31 March for a people's government's own report and for a city, district or county summary. An agency whose name ends in 人民政府 or in a place (市, 区, 县 …), or whose name or title says 汇总 (summary), has the later deadline. A publication date that is not a date is reported here too.",
  "rule.META-TIMELINESS.why":
    "条例 Art. 49 sets the deadlines; 30号 (明确责任) names late publication as grounds for accountability, and the evaluations by the Chinese Academy of Social Sciences list it as a common failure (FORMAT §7 E1, E7). Many regions set earlier internal deadlines, so this is info only.",
  "rule.META-TIMELINESS.fix": "Publish on time; if it is already late, record the actual publication date.",

  "META-AGENCY.invalid": "「机关」 (agency) is 「{written}」, which is not an agency name.",
  "META-AGENCY.variant":
    "「{found}」 is one look-alike character off the agency name 「{name}」: probably an OCR or typing error (agency: {agency}).",
  "META-AGENCY.agency": "Agency: {agency}",
  "META-AGENCY.fix": "Change 「{found}」 to 「{name}」",
  "rule.META-AGENCY.title": "The agency name is spelt consistently",
  "rule.META-AGENCY.summary":
    "The agency's name (or the place names in it, such as 沭阳县) is written in the title and the text as in 机关: a spelling one look-alike character off (沐阳县人民政府, 雎宁县, 毫州市 …) is taken for an OCR or typing error. A name one other character off may be another place (宿城区 and 宿豫区), and is not reported. An empty 机关 is reported here too.",
  "rule.META-AGENCY.why":
    "After PDF conversion, the 2025 report of 沭阳县人民政府 reads 「沐阳县人民政府」 in its title and signature. A wrong agency name defeats filing and searching reports by agency.",
  "rule.META-AGENCY.fix": "Correct the look-alike character; the quick fix replaces the name.",

  "META-CONTACT.missingBoth":
    "Neither the overview's introduction (概述) nor 其他事项 gives a contact address and telephone.",
  "META-CONTACT.missingAddress": "Neither the overview's introduction (概述) nor 其他事项 gives a contact address.",
  "META-CONTACT.missingPhone": "Neither the overview's introduction (概述) nor 其他事项 gives a contact telephone.",
  "rule.META-CONTACT.title": "Contact address and telephone",
  "rule.META-CONTACT.summary":
    "The overview's introduction (概述, the report's preamble) or 其他事项 gives the address and telephone to contact with questions about the report.",
  "rule.META-CONTACT.why":
    "Common practice rather than a requirement of the form: the reports of 淮安市, 洪泽区 and 平潭综合实验区 give an address, postcode and telephone in their preamble; the 石龙区 2023 report does not. Info only.",
  "rule.META-CONTACT.fix": "Add to 概述 a sentence such as “如对本报告有疑问，请与……联系（地址：……，电话：……）”.",
};
