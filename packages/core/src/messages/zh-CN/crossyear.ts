import type { Catalogue } from "../format.js";

/** Messages of the crossyear rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "XY-CARRY.mismatch":
    "表三{cell}填写为 {current}，但上年报告{previousCell}为 {previous}：本年的上年结转应等于上年的结转下年度继续办理。",
  "rule.XY-CARRY.title": "上年结转与上年报告衔接",
  "rule.XY-CARRY.summary":
    "表三「二、上年结转政府信息公开申请数量」每一列（自然人至总计共 7 列）应等于上年报告「四、结转下年度继续办理」的同一列。",
  "rule.XY-CARRY.why":
    "上年结转的申请就是上年末尚未办结、结转下年度继续办理的申请（格式 I8）。同类检查工具只核对总计列；申请人类型之间的错位在总计不变时同样是错误，因此逐列核对。默认为警告而非错误（RULES.md 标为 W→E）：机构改革、上年数字事后更正会使其合理地不一致，而只有警告可以用「说明」（规则: XY-CARRY）解释并作为表注印出；需要严格把关的主管部门可把它设为错误。宿迁市 2023→2024、洪泽区 2023→2024 的真实年报 7 列全部衔接。",
  "rule.XY-CARRY.fix": "快速修复把本年的上年结转改为上年报告的结转下年度数值。",

  "T2-STOCKFLOW.mismatch":
    "表二{cell}填写为 {valid}，但上年{validColumn} {previousValid} + {madeColumn} {made} − {repealedColumn} {repealed} = {expected}。",
  "T2-STOCKFLOW.subtrahend": "减数：{label} = {value}",
  "rule.T2-STOCKFLOW.title": "现行有效件数的跨年衔接",
  "rule.T2-STOCKFLOW.summary":
    "规章、行政规范性文件：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。仅在两年报告都采用 2021 年格式时检查。",
  "rule.T2-STOCKFLOW.why":
    "现行有效件数是存量，制发与废止是流量（格式 I9）。文件修订、有效期届满自然失效、集中清理都会使其合理地不一致，所以是警告。真实不一致：平潭综合实验区 2023 年报行政规范性文件 698 + 77 − 132 = 643，表中却填 470。2019 年试行格式统计的是本年新制作、新公开和对外公开总数，不是现行有效存量，因此 2019 格式与 2021 格式的两年之间不比较。",
  "rule.T2-STOCKFLOW.fix":
    "没有快速修复：无法从表格判断四个数中哪一个有误。核对后改正，或在「说明」（规则: T2-STOCKFLOW）中写明原因，例如「2023 年集中清理规范性文件，废止 132 件」。",

  "T2-REPEAL-BOUND.exceeds":
    "表二{cell}填写为 {repealed}，超过上年{validColumn} {previousValid} 与本年{madeColumn} {made} 之和 {bound}：废止的只能是上年末现行有效或本年制发的文件。",
  "rule.T2-REPEAL-BOUND.title": "本年废止件数的上限",
  "rule.T2-REPEAL-BOUND.summary":
    "规章、行政规范性文件：本年废止件数 ≤ 上年现行有效件数 + 本年制发件数。仅在两年报告都采用 2021 年格式时检查。",
  "rule.T2-REPEAL-BOUND.why":
    "一件文件只有在年初现行有效或在本年制发，才可能在本年被废止。即使文件因有效期届满而使 T2-STOCKFLOW 合理地不成立，这一上限仍然成立，所以它单独指向「本年废止件数」。上年现行有效件数本身可能填少，因此是警告。",
  "rule.T2-REPEAL-BOUND.fix": "没有快速修复：核对本年废止件数和上年现行有效件数。",

  "T2-JUMP.change": "表二{cell}：上年 {previous}，本年 {current}（{change}），变动幅度较大，建议复核。",
  "T2-JUMP.fromZero": "表二{cell}：上年为 0，本年为 {current}，变动幅度较大，建议复核。",
  "rule.T2-JUMP.title": "表二数据的年度大幅变动",
  "rule.T2-JUMP.summary":
    "现行有效件数或行政许可、行政处罚、行政强制的本年处理决定数量与上年相比变为 3 倍以上或降到三分之一以下（且相差至少 30）时提示复核。",
  "rule.T2-JUMP.why":
    "同类检查工具对大幅变动给出「建议复核」。一个机关的存量和办件量逐年变化通常在几十个百分点以内（宿迁市 2023→2024 行政强制 +46%、行政许可 −13%），3 倍的变化多来自录入或导入差错：多打或漏打一位数字、错列。相差不足 30 的小数字（2 → 8）不提示。真实例子：淮安现行有效 66 → 372；洪泽区行政许可 550 → 9487（2023→2024）。本年制发、本年废止和收费金额随清理和政策大幅波动属于常态，不检查。仅为提示。",
  "rule.T2-JUMP.fix": "没有快速修复：核对数字；确属实情的，可在「说明」（规则: T2-JUMP）中写明原因。",

  "XY-SIMILARITY.repeated":
    "{section}与上年报告重复 {percent}%（超过 {threshold}%）：请结合本年度工作实际撰写，避免内容雷同。",
  "XY-SIMILARITY.nearIdentical":
    "{section}与上年报告几乎相同（重复 {percent}%）：国办公开办函〔2021〕30号将「内容雷同」列为追责情形，请按本年度实际情况重写。",
  "XY-SIMILARITY.previousText": "上年报告：{section}",
  "rule.XY-SIMILARITY.title": "与上年报告内容雷同",
  "rule.XY-SIMILARITY.summary":
    "总体情况的各部分、第五部分和第六部分与上年报告相比，重复超过 50% 时警告，达到 90% 时以更强的措辞警告。比较时忽略年份、数字和标点，过短的文字不比较。",
  "rule.XY-SIMILARITY.why":
    "国办公开办函〔2021〕30号把「内容雷同」列为追责情形；50% 的界限取自宿迁的考核细则 SQ-DEP-A-005。中文没有词间空格，因此按连续 5 个字的片段比较：本年文字中有多少落在上年报告也出现过的片段里。这能发现整句照搬，而不会因为两份报告都谈「政府信息公开」就判为雷同。总体情况的每一部分与上年整个总体情况比较，挪动位置的文字同样算重复。真实例子：洪泽区 2024 年报总体情况的（三）政府信息管理、（四）政府信息公开平台建设与 2023 年几乎相同（重复 95%、100%），（一）主动公开重复 77%。",
  "rule.XY-SIMILARITY.fix": "没有快速修复：按本年度实际工作重写。",

  "XY-SEC5-FOLLOWUP.missing":
    "{section}没有提到上年报告所列问题的改进情况：上年报告第五部分列出了存在的问题，本年应说明改进情况（如「针对{year}存在问题的改进情况」）。",
  "XY-SEC5-FOLLOWUP.previousProblems": "上年报告：{section}",
  "rule.XY-SEC5-FOLLOWUP.title": "上年问题的改进情况",
  "rule.XY-SEC5-FOLLOWUP.summary":
    "上年报告第五部分列出问题时，本年第五部分应提到上年（上年、去年、某某年）的问题及其改进情况。",
  "rule.XY-SEC5-FOLLOWUP.why":
    "第五部分依条例第五十条第（四）项报告「存在的主要问题及改进情况」，通行写法分两部分：本年的主要问题，以及上年报告所列问题的改进情况（格式 §2 五）。石龙区工业和信息化局 2023 年报写有「针对2022年存在问题的改进情况」。检查只看是否有一句话同时提到上年与问题或改进，不判断改进是否属实。洪泽区 2024 年报第五部分只写本年问题和下一步打算，未提 2023 年问题的改进。",
  "rule.XY-SEC5-FOLLOWUP.fix": "没有快速修复：补写针对上年问题的改进情况。",
  // Starting next year's report from last year's (nextYearFrom, `nianbao new --from`).
  "XY-CARRY.fromBlank":
    "上年报告{row}的{columns}没有数字（写作 {written}），已照原样结转到本年{target}，没有改为 0；请核实后填写数字。",
  "XY-CARRY.fromCellsUnreadable":
    "上年报告{row}的{columns}无法读取（写作 {written}，不是数字），不能结转；请先改正上年报告。",
  "XY-CARRY.fromRowUnreadable":
    "无法读取上年报告的{row}（这一行缺失或写法有误，例如行首用了制表符），不能结转；请先改正上年报告。",
  "XY-CARRY.fromStockBlank":
    "上年报告{cell}没有数字（写作 {written}），已照原样结转到本年，没有改为 0；请核实后填写数字。",
  "XY-CARRY.fromStockUnreadable": "无法读取上年报告{cell}（写作 {written}），不能结转现行有效件数；请先改正上年报告。",

  "XY-UNPAIRED.notPaired":
    "未与上年报告比对：{name}（机关「{previousAgency}」，{previousYear} 年）可能是本机关的上年报告，但其机关名称与本报告的「{agency}」不能确定为同一机关，跨年度检查未运行。",
  "rule.XY-UNPAIRED.title": "可能的上年报告未能配对",
  "rule.XY-UNPAIRED.summary":
    "跨年度检查按机关身份把本报告与上年报告配对（见用户指南「与上年报告比对」）。同一文件夹中有上一年度、机关名称相近但身份不同的报告，或有几个不同的名称变体都可能是上年报告时，不作猜测，而是指出那份报告。",
  "rule.XY-UNPAIRED.why":
    "机关名称写法逐年不同（淮安市洪泽区人民政府 / 洪泽区人民政府，上海市科学技术委员会 / 上海市科委）时，配对规则能识别省市县前缀的有无和常见简称；其他差异（错别字如沐阳县 / 沭阳县、机构改革后的新名称）无法确定为同一机关。把不同机关的报告互相比对会产生错误结论，因此不比对；但若不作任何提示，XY-CARRY、T2-STOCKFLOW 等跨年度检查就会悄无声息地不运行。",
  "rule.XY-UNPAIRED.fix":
    "没有快速修复：若确为同一机关，把两份报告的「机关」改为同一名称（例如都写全称）；若不是，可忽略此提示。",
};
