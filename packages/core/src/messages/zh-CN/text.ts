import type { Catalogue } from "../format.js";

/** Messages of the text rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "text.table.requests": "表三{cell}",
  "text.table.litigation": "表四{cell}",
  "text.table.proactive": "表二{cell}",
  "text.organisations": "「{header}」",
  "text.groupTotal": "{group}各行{column}之和",
  "text.related.cell": "表格：{label} = {value}",
  "text.fix.useTable": "将正文中的 {stated} 改为表格数值 {actual}",
  "text.fix.usePercent": "将正文中的 {stated}% 改为 {computed}%",

  "TXT-APPS.mismatch": "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件。",
  "TXT-APPS.mismatchEither":
    "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件，{other}为 {sum} 件，都对不上。",
  "rule.TXT-APPS.title": "正文中的申请数与表三一致",
  "rule.TXT-APPS.summary":
    "总体情况和其他事项中关于政府信息公开申请的数字，与表三中措辞所指的单元格相等：「新收/收到/受理 X 件」对应「一、本年新收」总计（也接受一加二之和）；「办结/答复 X 件」对应「（七）总计」；「上年结转 X 件」对应「二、上年结转」；「结转/顺延下年度 X 件」对应「四、结转下年度继续办理」；「自然人 X 件」「法人或其他组织 X 件」对应相应的申请人列。无法确定对应单元格的数字一律不比较。",
  "rule.TXT-APPS.why":
    "格式 I10：总体情况引用的数字应等于其描述的表格单元格，「收到申请 X 件」按措辞对应一或一加二。宿迁市 2023 年「收办3607件」= 3511 + 96，平潭综合实验区 2022 年「收到75件」= 74 + 1，都属正常写法；淮安市 2024 年「受理 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）」逐项与表三一致。洪泽区 2024 年「区政府办代表区政府受理…17 件」与表中 95 件不同，因句中写明口径，改由 TXT-SCOPE 提示。",
  "rule.TXT-APPS.fix":
    "核对正文和表三，改正错误的一方；若正文统计范围与表格不同，在正文写明范围。快速修复把正文数字改为表格数值。",

  "TXT-RESULTS.mismatch": "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件。",
  "TXT-RESULTS.mismatchEither":
    "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件，{other}为 {sum} 件，都对不上。",
  "TXT-RESULTS.percent":
    "正文「{quote}」中的比例 {stated}% 与表格不符：{cell}为 {count} 件，{totalCell}为 {total} 件，比例应为 {computed}%。",
  "rule.TXT-RESULTS.title": "正文中的办理结果与表三一致",
  "rule.TXT-RESULTS.summary":
    "正文中按办理结果给出的件数（予以公开、部分公开、予以公开及部分公开、不予公开、无法提供、不予处理、其他处理）等于表三相应各行「总计」之和；紧随其后的百分比等于该件数除以「（七）总计」，按所写小数位四舍五入或截断。",
  "rule.TXT-RESULTS.why":
    "格式 I10 的延伸：上海市人民政府办公厅 2025 年、平潭综合实验区 2023 年、宿迁市 2023/2024 年都在正文列出各类结果的件数和比例，例如上海「予以公开及部分公开 208 件（17.46%）」= (206 + 2) / 1191。没有现成工具核对这些数字。",
  "rule.TXT-RESULTS.fix": "核对正文和表三，改正错误的一方。快速修复把正文数字或比例改为按表格计算的值。",

  "TXT-LEGAL.mismatch": "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件。",
  "TXT-LEGAL.mismatchScoped":
    "正文「{quote}」写的是 {stated} 件，{cell}为 {actual} 件；句中有「{scope}」，正文可能按另一口径统计，请核对并在正文写明口径。",
  "TXT-LEGAL.mismatchEither":
    "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件，{other}为 {sum} 件，都对不上。",
  "rule.TXT-LEGAL.title": "正文中的复议诉讼数与表四一致",
  "rule.TXT-LEGAL.summary":
    "「行政复议 X 件」等于表四「行政复议」总计；「行政诉讼 Y 件」等于「未经复议直接起诉」与「复议后起诉」总计之和；「直接起诉」「复议后起诉」各对应其栏；句中紧随其后的「结果维持/结果纠正/其他结果/尚未审结 Z 件」等于相应栏之和。",
  "rule.TXT-LEGAL.why":
    "格式 I10：第四部分的数字应与正文一致。淮安市 2024 年正文「行政复议 351 件，其中结果维持 72 件…；行政诉讼 46 件，其中结果维持 25 件…」逐项等于表四。宿迁市 2024 年正文按「备案」口径写复议 134 件、诉讼 57 件，表四为 170 件和 77 件：句中有口径词（备案、全市、本机关），降为提示。",
  "rule.TXT-LEGAL.fix":
    "核对正文和表四，改正错误的一方；若正文是另一口径（如备案数），在正文写明。快速修复把正文数字改为表格数值。",

  "TXT-T2.mismatch": "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件。",
  "TXT-T2.mismatchEither": "正文「{quote}」写的是 {stated} 件，但{cell}为 {actual} 件，{other}为 {sum} 件，都对不上。",
  "rule.TXT-T2.title": "正文中的规章、规范性文件数与表二一致",
  "rule.TXT-T2.summary":
    "正文中紧接「规章」「（行政）规范性文件」的件数与表二一致，由最近的修饰词决定列：「现行有效」对应「现行有效件数」，「废止」对应「本年废止件数」，「制发/出台/印发/发布/公开/新增」对应「本年制发件数」。「规章、规范性文件等 X 件」这类合计不比较。",
  "rule.TXT-T2.why":
    "格式 I10：主动公开部分引用的规章、行政规范性文件数字应等于表二。平潭综合实验区 2023 年正文「集中发布现行有效行政规范性文件393件」，表二「现行有效件数」却为 470。",
  "rule.TXT-T2.fix": "核对正文和表二，改正错误的一方。快速修复把正文数字改为表格数值。",

  "TXT-SCOPE.mismatch":
    "正文「{quote}」写的是 {stated} 件，{cell}为 {actual} 件；句中有「{scope}」，正文所述的统计范围可能与表格不同。",
  "TXT-SCOPE.mismatchEither":
    "正文「{quote}」写的是 {stated} 件，{cell}为 {actual} 件，{other}为 {sum} 件；句中有「{scope}」，正文所述的统计范围可能与表格不同。",
  "rule.TXT-SCOPE.title": "正文与表格口径不同",
  "rule.TXT-SCOPE.summary":
    "正文数字与表格不符，而所在句子点明了与表格不同的主体或口径时（「备案」「代表」；政府报告中的「本级」「本机关」「政府办」；部门报告中的「全市」「全区」「各级」等），按口径差异提示，而不按算术错误警告。",
  "rule.TXT-SCOPE.why":
    "口径不同不是计算错误。洪泽区 2024 年正文「区政府办代表区政府受理政府信息公开申请 17 件」，表三本年新收为 95 件；宿迁市 2024 年正文「全市全年备案…行政复议案件134件，行政诉讼案件57件」，表四为 170 件和 25 + 52 = 77 件。",
  "rule.TXT-SCOPE.fix":
    "在正文写明统计范围（例如「其中区政府办公室办理 17 件」），或改用与表格相同的口径；也可以在「说明」中写明原因。",
};
