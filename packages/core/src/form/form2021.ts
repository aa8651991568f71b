import { META_FIELDS, NOTES_KEY, OVERVIEW_TOPICS, SECTIONS, TABLE4, table3Def, table3Row } from "./common.js";
import type { ColumnDef, FormDef, Table2BlockDef } from "./types.js";

const decisions: ColumnDef = {
  id: "decisions",
  key: "本年处理决定数量",
  label: "本年处理决定数量",
  en: "decisions this year",
  kind: "count",
  unit: "件",
};

/** Table 二 of 国办公开办函〔2021〕30号. */
export const TABLE2_BLOCKS_2021: readonly Table2BlockDef[] = [
  {
    id: "article20Item1",
    key: "第二十条第（一）项",
    label: "第二十条第（一）项",
    caption: "第二十条第（一）项",
    header: "信息内容",
    en: "Art. 20(1): regulations and normative documents",
    article: "条例第二十条第（一）项",
    columns: [
      {
        id: "made",
        key: "本年制发",
        label: "本年制发件数",
        en: "issued this year",
        kind: "count",
        unit: "件",
        aliases: ["本年制发件数"],
      },
      {
        id: "repealed",
        key: "本年废止",
        label: "本年废止件数",
        en: "repealed this year",
        kind: "count",
        unit: "件",
        aliases: ["本年废止件数"],
      },
      {
        id: "valid",
        key: "现行有效",
        label: "现行有效件数",
        en: "currently in force",
        kind: "count",
        unit: "件",
        aliases: ["现行有效件数"],
      },
    ],
    rows: [
      {
        id: "regulations",
        key: "规章",
        label: "规章",
        en: "rules (规章)",
        article: "条例第二十条第（一）项",
        note: {
          zh: "只有具有规章制定权的机关通常有非零数字。",
          en: "Normally non-zero only for agencies with rule-making power.",
        },
      },
      {
        id: "normativeDocuments",
        key: "行政规范性文件",
        label: "行政规范性文件",
        en: "normative documents",
        article: "条例第二十条第（一）项",
      },
    ],
  },
  {
    id: "article20Item5",
    key: "第二十条第（五）项",
    label: "第二十条第（五）项",
    caption: "第二十条第（五）项",
    header: "信息内容",
    en: "Art. 20(5): licensing",
    article: "条例第二十条第（五）项",
    columns: [decisions],
    rows: [
      {
        id: "licensing",
        key: "行政许可",
        label: "行政许可",
        en: "administrative licensing",
        article: "条例第二十条第（五）项",
        note: { zh: "本年作出的行政许可处理决定数量。", en: "Licensing decisions made this year." },
      },
    ],
  },
  {
    id: "article20Item6",
    key: "第二十条第（六）项",
    label: "第二十条第（六）项",
    caption: "第二十条第（六）项",
    header: "信息内容",
    en: "Art. 20(6): penalties and coercive measures",
    article: "条例第二十条第（六）项",
    columns: [decisions],
    rows: [
      {
        id: "penalty",
        key: "行政处罚",
        label: "行政处罚",
        en: "administrative penalties",
        article: "条例第二十条第（六）项",
      },
      {
        id: "coercion",
        key: "行政强制",
        label: "行政强制",
        en: "administrative coercion",
        article: "条例第二十条第（六）项",
      },
    ],
  },
  {
    id: "article20Item8",
    key: "第二十条第（八）项",
    label: "第二十条第（八）项",
    caption: "第二十条第（八）项",
    header: "信息内容",
    en: "Art. 20(8): administrative fees",
    article: "条例第二十条第（八）项",
    columns: [
      {
        id: "amount",
        key: "本年收费金额",
        label: "本年收费金额（单位：万元）",
        en: "amount collected this year (10,000 yuan)",
        kind: "amount",
        unit: "万元",
      },
    ],
    rows: [
      {
        id: "fees",
        key: "行政事业性收费",
        label: "行政事业性收费",
        en: "administrative fees",
        article: "条例第二十条第（八）项",
        note: {
          zh: "本年收取的行政事业性收费金额，单位万元，可有小数。与第六部分的信息处理费无关。",
          en: "Administrative fees collected this year, in 万元 (decimals allowed). Unrelated to the information-processing fee of section 六.",
        },
      },
    ],
  },
];

export const FORM_2021: FormDef = {
  year: 2021,
  source: "国办公开办函〔2021〕30号",
  title: "中华人民共和国政府信息公开工作年度报告格式",
  meta: META_FIELDS,
  sections: SECTIONS,
  overviewTopics: OVERVIEW_TOPICS,
  table2: { key: "主动公开", blocks: TABLE2_BLOCKS_2021 },
  table3: table3Def({
    type: "group",
    id: "otherHandling",
    key: "其他处理",
    label: "（六）其他处理",
    en: "other handling",
    children: [
      table3Row(
        "result",
        "noCorrection",
        "逾期不补正",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "applicant did not correct in time",
        "条例第三十条",
        ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
      ),
      table3Row(
        "result",
        "feeUnpaid",
        "逾期未缴费",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "applicant did not pay the fee in time",
        "国办函〔2020〕109号",
        ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
      ),
      table3Row("result", "otherReason", "其他", "3.其他", "other"),
    ],
  }),
  table4: TABLE4,
  notesKey: NOTES_KEY,
};
