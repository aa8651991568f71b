import type { Catalogue } from "../format.js";

/** Messages of the narrative rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "NAR-SEC1-PARTS.missingTopic":
    "「一、总体情况」 (overview) has no {part} part (key 「{key}」), and its other parts do not mention it either.",
  "NAR-SEC1-PARTS.notFilled": "The {part} part of 「一、总体情况」 (overview) is not filled in yet.",
  "NAR-SEC1-PARTS.notMentioned": "「一、总体情况」 (overview) says nothing about {part}.",
  "rule.NAR-SEC1-PARTS.title": "The overview covers its five parts",
  "rule.NAR-SEC1-PARTS.summary":
    "「一、总体情况」 covers proactive disclosure, disclosure on request, information management, disclosure platforms, and oversight: one key each when written by topic; when written as one text, each is at least mentioned.",
  "rule.NAR-SEC1-PARTS.why":
    "国办公开办函〔2021〕30号, 一、报告内容（一）总体情况, names these five parts (FORMAT §2 一). The Hangzhou-style peer fixture (2025) has only the first two; 上海市科委 2024 has 工作机制保障 (working arrangements) but nothing on oversight.",
  "rule.NAR-SEC1-PARTS.fix":
    "Write the missing part; when writing by topic, add its key (政府信息管理, 平台建设, 监督保障 …).",

  "NAR-SEC5-NONEMPTY.empty": "「五、存在的主要问题及改进情况」 (problems and improvements) is empty.",
  "NAR-SEC5-NONEMPTY.placeholder": "「五、存在的主要问题及改进情况」 (problems and improvements) only says 「{text}」.",
  "NAR-SEC5-NONEMPTY.tooShort":
    "「五、存在的主要问题及改进情况」 (problems and improvements) has only {length} characters, fewer than {min}: too short to state a problem and its remedy.",
  "rule.NAR-SEC5-NONEMPTY.title": "Problems and improvements have substance",
  "rule.NAR-SEC5-NONEMPTY.summary":
    "Section 五 is not empty, not a placeholder such as 「无」 (none), and has at least 20 characters (CJK characters, letters and digits only). Twenty is about the least that names a problem and what is done about it (「政策解读形式单一，下一步将丰富解读形式」 has 17); 「无」, 「暂无」 or 「本年度未发现明显问题」 stay far below it.",
  "rule.NAR-SEC5-NONEMPTY.why":
    "条例 Art. 50(4) requires the main problems and their improvement; 30号 names perfunctory reports (敷衍塞责) as grounds for accountability. An existing peer checker also checks that this section is not empty.",
  "rule.NAR-SEC5-NONEMPTY.fix":
    "State this year's main problems and how those named in last year's report were remedied.",

  "NAR-SEC6-FEE.missing":
    "「六、其他需要报告的事项」 (other matters) does not state the information-processing fee (the amount collected, or that none was charged).",
  "NAR-SEC6-FEE.noticesUnreported":
    "{cell} is {count}, so fee notices were issued this year, but 「六、其他需要报告的事项」 (other matters) says nothing about the information-processing fee.",
  "NAR-SEC6-FEE.noticesContradicted":
    "「六、其他需要报告的事项」 (other matters) says 「{quote}」, but {cell} is {count}, so fee notices were issued this year; state how many and for what amount.",
  "NAR-SEC6-FEE.feeWithoutRequests":
    "「六、其他需要报告的事项」 (other matters) reports an information-processing fee of {amount} {unit}, but {cells} are all 0: there was no application to charge.",
  "NAR-SEC6-FEE.itemsSum":
    "The itemised fees {items} = {sum} {unit} do not add up to the stated total of {total} {unit}.",
  "NAR-SEC6-FEE.itemsCount": "The itemised fee cases {items} = {sum} do not add up to the stated {total}.",
  "NAR-SEC6-FEE.item": "Item: {value} {unit}",
  "NAR-SEC6-FEE.itemCount": "Item: {value} cases",
  "NAR-SEC6-FEE.unit.元": "yuan",
  "NAR-SEC6-FEE.unit.万元": "×10,000 yuan",
  "rule.NAR-SEC6-FEE.title": "Other matters state the information-processing fee",
  "rule.NAR-SEC6-FEE.summary":
    "Section 六 states the information-processing fee (the amount collected, or that none was charged). Also: when table 三 「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用…」 (fee notice unpaid) has a 总计 above 0, fee notices were issued, so 六 reports fees and does not merely say none were charged; when 六 reports a fee collected, 一、本年新收 and 二、上年结转 of table 三 are not both 0; an itemised list adds up to its stated total, in amount and in cases. 表二's 行政事业性收费 is unrelated and is not compared.",
  "rule.NAR-SEC6-FEE.why":
    "国办函〔2020〕109号 puts the information-processing fee into the annual report, and reports state it in 六 (FORMAT §2 六, I11). 宿迁市 2023 writes “对25件…收取了信息处理费2950元。其中…收取420元；…290元；…1500元；…140元；…600元”: the items add up to 2950 元 and 1 + 2 + 15 + 1 + 6 = 25 cases. An existing peer checker compares the fee with table 二's administrative fees, which is wrong.",
  "rule.NAR-SEC6-FEE.fix":
    "State in 六 the cases and amount of information-processing fees collected this year (or that none was charged), consistently with table 三 and with the itemised figures.",

  "NAR-SEC6-OTHER.missing":
    "The local profile requires 「{item}」 in section 六 (other matters), but it is not mentioned.",
  "rule.NAR-SEC6-OTHER.title": "Other matters cover the locally required items",
  "rule.NAR-SEC6-OTHER.summary":
    "Checked only when the check options' region profile (profile.section6Items) lists required items: each must be mentioned in section 六. An item is a phrase; alternatives are separated by “|”, e.g. “人大代表建议|人大建议”.",
  "rule.NAR-SEC6-OTHER.why":
    "Many regions require 六 to report on the higher level's annual 政务公开 priorities, on publishing the handling of 人大 proposals and 政协 motions, and on innovations (e.g. 威海市文登区 2022); whether the national format requires them is unverified (FORMAT §2 六), so the rule follows a region profile and only informs.",
  "rule.NAR-SEC6-OTHER.fix": "Add the item to section 六.",

  "NAR-DUP-ORDINALS.broken": "「{found}」 follows 「{previous}」; the ordinal should be 「{expected}」.",
  "NAR-DUP-ORDINALS.repeated": "「{found}」 repeats the previous ordinal; it should be 「{expected}」.",
  "NAR-DUP-ORDINALS.fix": "Change 「{found}」 to 「{expected}」",
  "rule.NAR-DUP-ORDINALS.title": "Enumerations 一是, 二是, 三是 run in order",
  "rule.NAR-DUP-ORDINALS.summary":
    "The ordinals of 「一是、二是、三是…」 (firstly, secondly, thirdly) enumerations go up one by one, with no gap and no repeat; a new 「一是」 starts a new enumeration.",
  "rule.NAR-DUP-ORDINALS.why":
    "Broken ordinals usually come from copy and paste, and make a reader doubt the content was checked. 平潭综合实验区 2023 writes “一是…三是…三是” in section 五.",
  "rule.NAR-DUP-ORDINALS.fix":
    "Correct the ordinal; when the next one confirms what was meant, the quick fix corrects it.",
};
