import type { Catalogue } from "../format.js";

/** Messages of the narrative rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "NAR-SEC1-PARTS.missingTopic": "「一、总体情况」缺少{part}部分（可用键「{key}」填写），其他部分也没有提到。",
  "NAR-SEC1-PARTS.notFilled": "「一、总体情况」的{part}部分尚未填写。",
  "NAR-SEC1-PARTS.notMentioned": "「一、总体情况」没有写到{part}方面的情况。",
  "rule.NAR-SEC1-PARTS.title": "总体情况涵盖五个方面",
  "rule.NAR-SEC1-PARTS.summary":
    "「一、总体情况」应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面：按小标题填写时每个方面一个键；写成一段文字时，每个方面至少要提到。",
  "rule.NAR-SEC1-PARTS.why":
    "国办公开办函〔2021〕30号「一、报告内容（一）总体情况」列明这五个方面（格式 §2 一）。同行测试夹具（杭州式 2025）的总体情况只有主动公开、依申请公开两段；上海市科委 2024 年有「工作机制保障」，却没有监督保障的内容。",
  "rule.NAR-SEC1-PARTS.fix": "补写缺少的方面，按小标题填写时加上相应的键（政府信息管理、平台建设、监督保障等）。",

  "NAR-SEC5-NONEMPTY.empty": "「五、存在的主要问题及改进情况」是空的。",
  "NAR-SEC5-NONEMPTY.placeholder": "「五、存在的主要问题及改进情况」只写了「{text}」。",
  "NAR-SEC5-NONEMPTY.tooShort":
    "「五、存在的主要问题及改进情况」只有 {length} 个字，少于 {min} 个字，难以说清问题和改进措施。",
  "rule.NAR-SEC5-NONEMPTY.title": "存在问题及改进有实际内容",
  "rule.NAR-SEC5-NONEMPTY.summary":
    "第五部分不能为空，不能只写「无」之类的占位词，且至少 20 个字（只计汉字、字母和数字）。20 个字是既写出一个问题、又写出改进措施所需的最少字数（如「政策解读形式单一，下一步将丰富解读形式」17 个字）；「无」「暂无」「本年度未发现明显问题」等都远低于此。",
  "rule.NAR-SEC5-NONEMPTY.why":
    "条例第五十条第（四）项要求报告存在的主要问题及改进情况；30号文把「敷衍塞责」列为追责情形之一。同行检查工具也检查这一部分是否为空。",
  "rule.NAR-SEC5-NONEMPTY.fix": "写明本年度存在的主要问题，以及上年度报告所列问题的改进情况。",

  "NAR-SEC6-FEE.missing": "「六、其他需要报告的事项」没有说明信息处理费的收取情况（收取金额，或写明未收取）。",
  "NAR-SEC6-FEE.noticesUnreported":
    "{cell}为 {count} 件，说明本年发出过收费通知，但「六、其他需要报告的事项」没有说明信息处理费情况。",
  "NAR-SEC6-FEE.noticesContradicted":
    "「六、其他需要报告的事项」写「{quote}」，但{cell}为 {count} 件，说明本年发出过收费通知；请写明收费通知的件数和金额。",
  "NAR-SEC6-FEE.feeWithoutRequests":
    "「六、其他需要报告的事项」写收取信息处理费 {amount} {unit}，但{cells}都是 0，本年没有可以收费的申请。",
  "NAR-SEC6-FEE.itemsSum": "信息处理费分项 {items} = {sum} {unit}，与所写合计 {total} {unit}不符。",
  "NAR-SEC6-FEE.itemsCount": "信息处理费分项件数 {items} = {sum} 件，与所写的 {total} 件不符。",
  "NAR-SEC6-FEE.item": "分项：{value} {unit}",
  "NAR-SEC6-FEE.itemCount": "分项：{value} 件",
  "NAR-SEC6-FEE.unit.元": "元",
  "NAR-SEC6-FEE.unit.万元": "万元",
  "rule.NAR-SEC6-FEE.title": "其他事项说明信息处理费",
  "rule.NAR-SEC6-FEE.summary":
    "第六部分说明信息处理费的收取情况（收取金额，或写明未收取）。并且：表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用…」总计大于 0 时，本年发出过收费通知，第六部分应说明收费情况，不能只写未收费；写明收取了费用时，表三「一、本年新收」与「二、上年结转」的总计不能都是 0；分项列出的金额和件数之和等于所写合计。不与表二「行政事业性收费」比较，两者无关。",
  "rule.NAR-SEC6-FEE.why":
    "国办函〔2020〕109号规定信息处理费收取情况纳入年度报告，实践中写在第六部分（格式 §2 六、I11）。宿迁市 2023 年「对25件…收取了信息处理费2950元。其中…收取420元；…290元；…1500元；…140元；…600元」，分项之和 2950 元、1 + 2 + 15 + 1 + 6 = 25 件，与合计一致。已有的同行工具把它与表二行政事业性收费比较，这是错误的。",
  "rule.NAR-SEC6-FEE.fix": "在第六部分写明本年收取信息处理费的件数和金额（或写明未收取），与表三和分项数字保持一致。",

  "NAR-SEC6-OTHER.missing": "本地要求第六部分报告「{item}」，但没有提到。",
  "rule.NAR-SEC6-OTHER.title": "其他事项涵盖本地要求的内容",
  "rule.NAR-SEC6-OTHER.summary":
    "只在检查选项的地区配置（profile.section6Items）列出必报事项时检查：每一项都应在第六部分提到。每项是一个词语，可用「|」分隔几种说法，如「人大代表建议|人大建议」。",
  "rule.NAR-SEC6-OTHER.why":
    "不少地方要求在第六部分报告上级年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况、政务公开创新情况（如威海市文登区 2022 年）；全国格式是否要求未能核实（格式 §2 六），因此只按地区配置检查，并只作提示。",
  "rule.NAR-SEC6-OTHER.fix": "在第六部分补写该事项。",

  "NAR-DUP-ORDINALS.broken": "「{found}」接在「{previous}」之后，序号应为「{expected}」。",
  "NAR-DUP-ORDINALS.repeated": "「{found}」重复了上一个序号，这里应为「{expected}」。",
  "NAR-DUP-ORDINALS.fix": "将「{found}」改为「{expected}」",
  "rule.NAR-DUP-ORDINALS.title": "「一是、二是、三是」序号连续",
  "rule.NAR-DUP-ORDINALS.summary":
    "正文中「一是、二是、三是……」的序号依次递增，不跳号、不重号；新的「一是」开始新的序列。",
  "rule.NAR-DUP-ORDINALS.why":
    "序号错乱多因复制粘贴后漏改，会让人怀疑内容也未经核对。平潭综合实验区 2023 年第五部分写成「一是…三是…三是」。",
  "rule.NAR-DUP-ORDINALS.fix": "改正序号；后一个序号能确认原意时，快速修复把出错的序号改正。",
};
