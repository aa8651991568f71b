import type { ColumnDef, Table3Def, MetaFieldDef, SectionDef, Table3Node, Table4Def, TopicDef } from "./types.js";

/** Parts of the form that the 2019 trial format and the 2021 format share. */

export const META_FIELDS: readonly MetaFieldDef[] = [
  {
    id: "format",
    key: "格式",
    en: "format",
    required: true,
    note: {
      zh: "报告所用格式：2021 = 国办公开办函〔2021〕30号（2021 年度及以后的报告）；2019 = 国办公开办函〔2019〕60号试行格式（2019、2020 年度）。",
      en: "The form the report follows: 2021 = 国办公开办函〔2021〕30号 (reports for 2021 onwards); 2019 = the trial form of 国办公开办函〔2019〕60号 (2019 and 2020).",
    },
  },
  {
    id: "agency",
    key: "机关",
    en: "agency",
    required: true,
    note: { zh: "编制报告的行政机关全称。", en: "The full name of the reporting agency." },
    aliases: ["单位", "机关名称"],
  },
  {
    id: "year",
    key: "年度",
    en: "year",
    required: true,
    note: {
      zh: "报告年度：统计期限为该年1月1日至12月31日。",
      en: "The reporting year: statistics cover 1 January to 31 December of that year.",
    },
    aliases: ["年份"],
  },
  {
    id: "publishedOn",
    key: "发布日期",
    en: "published on",
    required: false,
    note: {
      zh: "发布日期（YYYY-MM-DD）。条例第四十九条：部门于1月31日前、地方人民政府于3月31日前公布。",
      en: "Publication date (YYYY-MM-DD). 条例 Art. 49: departments publish by 31 January, local governments by 31 March.",
    },
  },
  {
    id: "title",
    key: "标题",
    en: "title",
    required: false,
    note: {
      zh: "报告标题；省略时为「{机关}{年度}年政府信息公开工作年度报告」。",
      en: "The report's title; defaults to “{agency}{year}年政府信息公开工作年度报告”.",
    },
  },
];

export const SECTIONS: readonly SectionDef[] = [
  {
    id: "overview",
    key: "总体情况",
    ordinal: "一",
    heading: "总体情况",
    en: "Overview",
    kind: "text",
    article: "条例第五十条",
    note: {
      zh: "概述本年度贯彻落实条例的情况，应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面。",
      en: "How the agency implemented the 条例 this year, covering proactive disclosure, disclosure on request, information management, platforms, and oversight.",
    },
  },
  {
    id: "proactive",
    key: "主动公开",
    ordinal: "二",
    heading: "主动公开政府信息情况",
    en: "Proactive disclosure",
    kind: "table2",
    article: "条例第五十条第（一）项、第二十条",
    note: {
      zh: "按表格填报条例第二十条第（一）（五）（六）（八）项的统计数据（2019 试行格式另有第（九）项政府集中采购）。",
      en: "The statistics of 条例 Art. 20 items (1), (5), (6) and (8), as a table (the 2019 trial form adds item (9), government procurement).",
    },
  },
  {
    id: "requests",
    key: "依申请公开",
    ordinal: "三",
    heading: "收到和处理政府信息公开申请情况",
    en: "Requests received and handled",
    kind: "table3",
    article: "条例第五十条第（二）项",
    note: {
      zh: "按申请人类型统计本年新收、上年结转、办理结果和结转下年度的申请件数。",
      en: "Applications received, carried in, concluded by outcome, and carried forward, by type of applicant.",
    },
  },
  {
    id: "litigation",
    key: "复议诉讼",
    ordinal: "四",
    heading: "政府信息公开行政复议、行政诉讼情况",
    en: "Administrative review and litigation",
    kind: "table4",
    article: "条例第五十条第（三）项",
    note: {
      zh: "因政府信息公开工作被申请行政复议、提起行政诉讼的案件数及结果。",
      en: "Administrative reviews and lawsuits over the agency's disclosure work, by result.",
    },
    aliases: ["行政复议行政诉讼"],
  },
  {
    id: "problems",
    key: "存在问题及改进",
    ordinal: "五",
    heading: "存在的主要问题及改进情况",
    en: "Main problems and improvements",
    kind: "text",
    article: "条例第五十条第（四）项",
    note: {
      zh: "本年度存在的主要问题，以及上年度报告所列问题的改进情况。",
      en: "This year's main problems, and how the problems named in last year's report were remedied.",
    },
    aliases: ["存在的主要问题及改进情况", "问题及改进"],
  },
  {
    id: "other",
    key: "其他事项",
    ordinal: "六",
    heading: "其他需要报告的事项",
    en: "Other matters",
    kind: "text",
    article: "条例第五十条第（五）项",
    note: {
      zh: "其他需要报告的事项，包括信息处理费收取情况（国办函〔2020〕109号）：发出收费通知的件数和金额、实际收取的金额，或写明未收取。",
      en: "Other matters, including the information-processing fee (国办函〔2020〕109号): fee notices issued and amounts actually collected, or a statement that none was charged.",
    },
    aliases: ["其他需要报告的事项"],
  },
];

export const OVERVIEW_TOPICS: readonly TopicDef[] = [
  {
    id: "intro",
    key: "概述",
    label: "概述",
    en: "introduction",
    note: { zh: "总体情况的导语（可选）。", en: "An introductory paragraph (optional)." },
  },
  { id: "proactive", key: "主动公开", label: "（一）主动公开", en: "proactive disclosure" },
  { id: "onRequest", key: "依申请公开", label: "（二）依申请公开", en: "disclosure on request" },
  { id: "management", key: "政府信息管理", label: "（三）政府信息管理", en: "information management" },
  {
    id: "platform",
    key: "平台建设",
    label: "（四）政府信息公开平台建设",
    en: "disclosure platforms",
    aliases: ["政府信息公开平台建设"],
  },
  {
    id: "oversight",
    key: "监督保障",
    label: "（五）监督保障",
    en: "oversight",
    note: {
      zh: "各级人民政府还应报告工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项）。",
      en: "People's governments also report on assessment, public evaluation and accountability (条例 Art. 50(4)).",
    },
  },
];

/** The seven applicant columns of table 三. */
export const TABLE3_COLUMNS: readonly ColumnDef[] = [
  { id: "naturalPerson", key: "自然人", label: "自然人", en: "natural persons", kind: "count", unit: "件" },
  { id: "business", key: "商业企业", label: "商业企业", en: "businesses", kind: "count", unit: "件" },
  { id: "research", key: "科研机构", label: "科研机构", en: "research institutions", kind: "count", unit: "件" },
  {
    id: "publicInterest",
    key: "社会公益组织",
    label: "社会公益组织",
    en: "public-interest organisations",
    kind: "count",
    unit: "件",
  },
  {
    id: "legalService",
    key: "法律服务机构",
    label: "法律服务机构",
    en: "legal-service organisations",
    kind: "count",
    unit: "件",
  },
  { id: "otherOrganisation", key: "其他", label: "其他", en: "other organisations", kind: "count", unit: "件" },
  { id: "total", key: "总计", label: "总计", en: "total", kind: "count", unit: "件" },
];

const row = (
  role: "new" | "carriedIn" | "result" | "total" | "carriedOut",
  id: string,
  key: string,
  label: string,
  en: string,
  article?: string,
  aliases?: readonly string[],
): Table3Node => ({
  type: "row",
  role,
  id,
  key,
  label,
  en,
  ...(article ? { article } : {}),
  ...(aliases ? { aliases } : {}),
});

/** 不予公开 … 不予处理: identical in both forms. */
export const TABLE3_REFUSAL_GROUPS: readonly Table3Node[] = [
  {
    type: "group",
    id: "withheld",
    key: "不予公开",
    label: "（三）不予公开",
    en: "withheld",
    children: [
      row("result", "stateSecret", "属于国家秘密", "1.属于国家秘密", "state secret", "条例第十四条"),
      row(
        "result",
        "prohibitedByLaw",
        "其他法律行政法规禁止公开",
        "2.其他法律行政法规禁止公开",
        "prohibited by other laws or regulations",
        "条例第十四条",
      ),
      row(
        "result",
        "threeSecurities",
        "危及三安全一稳定",
        "3.危及“三安全一稳定”",
        "endangers national, public or economic security or social stability",
        "条例第十四条",
        ["危及“三安全一稳定”", '危及"三安全一稳定"'],
      ),
      row(
        "result",
        "thirdParty",
        "保护第三方合法权益",
        "4.保护第三方合法权益",
        "protects third-party rights",
        "条例第十五条",
      ),
      row(
        "result",
        "internalAffairs",
        "属于三类内部事务信息",
        "5.属于三类内部事务信息",
        "internal affairs (three kinds)",
        "条例第十六条第一款",
      ),
      row(
        "result",
        "processInformation",
        "属于四类过程性信息",
        "6.属于四类过程性信息",
        "process information (four kinds)",
        "条例第十六条第二款",
      ),
      row(
        "result",
        "enforcementFile",
        "属于行政执法案卷",
        "7.属于行政执法案卷",
        "administrative enforcement files",
        "条例第十六条第二款",
      ),
      row(
        "result",
        "queryMatter",
        "属于行政查询事项",
        "8.属于行政查询事项",
        "matters of administrative query",
        "条例第三十六条第（七）项",
      ),
    ],
  },
  {
    type: "group",
    id: "unavailable",
    key: "无法提供",
    label: "（四）无法提供",
    en: "cannot be provided",
    children: [
      row(
        "result",
        "notHeld",
        "本机关不掌握相关政府信息",
        "1.本机关不掌握相关政府信息",
        "not held by this agency",
        "条例第三十六条第（四）（五）项",
      ),
      row(
        "result",
        "needsCreation",
        "没有现成信息需要另行制作",
        "2.没有现成信息需要另行制作",
        "would have to be created",
        "条例第三十八条",
      ),
      row(
        "result",
        "stillUnclear",
        "补正后申请内容仍不明确",
        "3.补正后申请内容仍不明确",
        "still unclear after correction",
        "条例第三十条",
      ),
    ],
  },
  {
    type: "group",
    id: "notProcessed",
    key: "不予处理",
    label: "（五）不予处理",
    en: "not processed",
    children: [
      row(
        "result",
        "petition",
        "信访举报投诉类申请",
        "1.信访举报投诉类申请",
        "petitions, reports and complaints",
        "条例第三十九条",
      ),
      row("result", "repeated", "重复申请", "2.重复申请", "repeated applications", "条例第三十六条第（六）项"),
      row(
        "result",
        "publication",
        "要求提供公开出版物",
        "3.要求提供公开出版物",
        "requests for published material",
        "条例第三十九条",
      ),
      row(
        "result",
        "massRepeated",
        "无正当理由大量反复申请",
        "4.无正当理由大量反复申请",
        "mass repeated applications without good reason",
        "条例第三十五条",
      ),
      row(
        "result",
        "confirmation",
        "要求行政机关确认或重新出具已获取信息",
        "5.要求行政机关确认或重新出具已获取信息",
        "requests to confirm or reissue information already obtained",
      ),
    ],
  },
];

export const table3Row = row;

export const TABLE3_HEAD_ROWS: readonly Table3Node[] = [
  row(
    "new",
    "new",
    "本年新收",
    "一、本年新收政府信息公开申请数量",
    "new applications received this year",
    "条例第五十条第（二）项",
  ),
  row(
    "carriedIn",
    "carriedIn",
    "上年结转",
    "二、上年结转政府信息公开申请数量",
    "applications carried over from last year",
  ),
];

export const TABLE3_GRANT_ROWS: readonly Table3Node[] = [
  row("result", "granted", "予以公开", "（一）予以公开", "disclosed", "条例第三十六条第（一）项"),
  row(
    "result",
    "partlyGranted",
    "部分公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "partly disclosed",
    "条例第三十七条",
  ),
];

export const TABLE3_TOTAL_ROW: Table3Node = row("total", "total", "总计", "（七）总计", "total concluded");

export const TABLE3_TAIL_ROW: Table3Node = row(
  "carriedOut",
  "carriedOut",
  "结转下年度",
  "四、结转下年度继续办理",
  "carried forward to next year",
  undefined,
  ["结转下年度继续办理"],
);

export const TABLE3_RELATION_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const t4col = (id: string, key: string, label: string, en: string): ColumnDef => ({
  id,
  key,
  label,
  en,
  kind: "count",
  unit: "件",
});

export const TABLE4: Table4Def = {
  key: "复议诉讼",
  reviewHeader: "行政复议",
  litigationHeader: "行政诉讼",
  columns: [
    t4col("upheld", "结果维持", "结果维持", "upheld"),
    t4col("corrected", "结果纠正", "结果纠正", "corrected"),
    t4col("otherResult", "其他结果", "其他结果", "other result"),
    t4col("pending", "尚未审结", "尚未审结", "pending"),
    t4col("total", "总计", "总计", "total"),
  ],
  rows: [
    {
      id: "review",
      key: "行政复议",
      label: "行政复议",
      en: "administrative review",
      article: "条例第五十条第（三）项",
    },
    {
      id: "litigationDirect",
      key: "未经复议直接起诉",
      label: "未经复议直接起诉",
      en: "lawsuits without prior review",
      article: "条例第五十条第（三）项",
    },
    {
      id: "litigationAfterReview",
      key: "复议后起诉",
      label: "复议后起诉",
      en: "lawsuits after review",
      article: "条例第五十条第（三）项",
    },
  ],
};

export const NOTES_KEY = "说明";

/**
 * Table 三 of either form. The two forms differ only in （六）其他处理: a single row in 2019, a
 * group of three rows in 2021 (FORMAT §6.3).
 */
export function table3Def(otherHandling: Table3Node): Table3Def {
  return {
    key: "依申请公开",
    relationNote: TABLE3_RELATION_NOTE,
    applicantHeader: "申请人情况",
    organisationHeader: "法人或其他组织",
    columns: TABLE3_COLUMNS,
    rows: [
      ...TABLE3_HEAD_ROWS,
      {
        type: "group",
        id: "results",
        key: "办理结果",
        label: "三、本年度办理结果",
        en: "results this year",
        aliases: ["本年度办理结果"],
        children: [...TABLE3_GRANT_ROWS, ...TABLE3_REFUSAL_GROUPS, otherHandling, TABLE3_TOTAL_ROW],
      },
      TABLE3_TAIL_ROW,
    ],
  };
}
