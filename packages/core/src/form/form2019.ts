import { META_FIELDS, NOTES_KEY, OVERVIEW_TOPICS, SECTIONS, TABLE4, table3Def, table3Row } from "./common.js";
import type { ColumnDef, FormDef, Table2BlockDef } from "./types.js";

const count = (id: string, key: string, label: string, en: string, aliases?: readonly string[]): ColumnDef => ({
  id,
  key,
  label,
  en,
  kind: "count",
  unit: "件",
  ...(aliases ? { aliases } : {}),
});
const itemColumns: readonly ColumnDef[] = [
  count("previousItems", "上一年项目数量", "上一年项目数量", "items last year"),
  {
    id: "change",
    key: "本年增减",
    label: "本年增/减",
    en: "change this year",
    kind: "delta",
    unit: "",
    aliases: ["本年增/减"],
  },
  count("decisions", "处理决定数量", "处理决定数量", "decisions"),
];

/** Table 二 of the trial form of 国办公开办函〔2019〕60号. */
export const TABLE2_BLOCKS_2019: readonly Table2BlockDef[] = [
  {
    id: "article20Item1",
    key: "第二十条第（一）项",
    label: "第二十条第（一）项",
    caption: "第二十条第（一）项",
    header: "信息内容",
    en: "Art. 20(1): regulations and normative documents",
    article: "条例第二十条第（一）项",
    columns: [
      count("newlyMade", "本年新制作", "本年新制作数量", "newly made this year", ["本年新制作数量"]),
      count("newlyPublished", "本年新公开", "本年新公开数量", "newly published this year", ["本年新公开数量"]),
      count("publishedTotal", "对外公开总数", "对外公开总数量", "published in total", ["对外公开总数量"]),
    ],
    rows: [
      { id: "regulations", key: "规章", label: "规章", en: "rules (规章)", article: "条例第二十条第（一）项" },
      {
        id: "normativeDocuments",
        key: "规范性文件",
        label: "规范性文件",
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
    en: "Art. 20(5): licensing and other services",
    article: "条例第二十条第（五）项",
    columns: itemColumns,
    rows: [
      {
        id: "licensing",
        key: "行政许可",
        label: "行政许可",
        en: "administrative licensing",
        article: "条例第二十条第（五）项",
      },
      {
        id: "otherServices",
        key: "其他对外管理服务事项",
        label: "其他对外管理服务事项",
        en: "other external management services",
        article: "条例第二十条第（五）项",
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
    columns: itemColumns,
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
    columns: [itemColumns[0]!, itemColumns[1]!],
    rows: [
      {
        id: "fees",
        key: "行政事业性收费",
        label: "行政事业性收费",
        en: "administrative fees",
        article: "条例第二十条第（八）项",
      },
    ],
  },
  {
    id: "article20Item9",
    key: "第二十条第（九）项",
    label: "第二十条第（九）项",
    caption: "第二十条第（九）项",
    header: "信息内容",
    en: "Art. 20(9): government procurement",
    article: "条例第二十条第（九）项",
    columns: [
      count("procurementItems", "采购项目数量", "采购项目数量", "procurement items"),
      {
        id: "procurementAmount",
        key: "采购总金额",
        label: "采购总金额",
        en: "procurement amount",
        kind: "amount",
        unit: "",
      },
    ],
    rows: [
      {
        id: "procurement",
        key: "政府集中采购",
        label: "政府集中采购",
        en: "centralised government procurement",
        article: "条例第二十条第（九）项",
      },
    ],
  },
];

export const FORM_2019: FormDef = {
  year: 2019,
  source: "国办公开办函〔2019〕60号",
  title: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  meta: META_FIELDS,
  sections: SECTIONS,
  overviewTopics: OVERVIEW_TOPICS,
  table2: { key: "主动公开", blocks: TABLE2_BLOCKS_2019 },
  table3: table3Def(table3Row("result", "otherHandling", "其他处理", "（六）其他处理", "other handling")),
  table4: TABLE4,
  notesKey: NOTES_KEY,
};
