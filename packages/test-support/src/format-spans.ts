/**
 * The merged cells of the official tables as FORMAT §3 and §6 print them, typed from the document
 * (not derived from the form), so tests of every renderer check their layout against one oracle:
 * each header, caption or label that spans, as [text, rowSpan, colSpan], in printed order.
 */
export type Spans = [string, number, number][];

const TABLE3_HEADER: Spans = [
  ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
  ["申请人情况", 1, 7],
  ["自然人", 2, 1],
  ["法人或其他组织", 1, 5],
  ["总计", 2, 1],
];

/** FORMAT §3.2; the 2019 form (§6.3) differs only in （六）其他处理 and the rows 三、本年度办理结果 spans. */
const table3 = (results: number, otherHandling: [number, number]): Spans => [
  ...TABLE3_HEADER,
  ["一、本年新收政府信息公开申请数量", 1, 3],
  ["二、上年结转政府信息公开申请数量", 1, 3],
  ["三、本年度办理结果", results, 1],
  ["（一）予以公开", 1, 2],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2],
  ["（三）不予公开", 8, 1],
  ["（四）无法提供", 3, 1],
  ["（五）不予处理", 5, 1],
  ["（六）其他处理", ...otherHandling],
  ["（七）总计", 1, 2],
  ["四、结转下年度继续办理", 1, 3],
];

/** FORMAT §3.3, unchanged since 2019 (§6.4). */
const TABLE4: Spans = [
  ["行政复议", 1, 5],
  ["行政诉讼", 1, 10],
  ["结果维持", 2, 1],
  ["结果纠正", 2, 1],
  ["其他结果", 2, 1],
  ["尚未审结", 2, 1],
  ["总计", 2, 1],
  ["未经复议直接起诉", 1, 5],
  ["复议后起诉", 1, 5],
];

/** FORMAT §3.1. */
const TABLE2_2021: Spans = [
  ["第二十条第（一）项", 1, 4],
  ["第二十条第（五）项", 1, 4],
  ["本年处理决定数量", 1, 3],
  ["第二十条第（六）项", 1, 4],
  ["本年处理决定数量", 1, 3],
  ["第二十条第（八）项", 1, 4],
  ["本年收费金额（单位：万元）", 1, 3],
];

/** FORMAT §6.2 (5-column grid); （五）（六） have three value columns as （一） has, and widen the middle one the same way. */
const TABLE2_2019: Spans = [
  ["第二十条第（一）项", 1, 5],
  ["本年新公开数量", 1, 2],
  ["第二十条第（五）项", 1, 5],
  ["本年增/减", 1, 2],
  ["第二十条第（六）项", 1, 5],
  ["本年增/减", 1, 2],
  ["第二十条第（八）项", 1, 5],
  ["上一年项目数量", 1, 2],
  ["本年增/减", 1, 2],
  ["第二十条第（九）项", 1, 5],
  ["采购项目数量", 1, 2],
  ["采购总金额", 1, 2],
];

/** Keyed by the table's `data-table` (its model id). */
export const FORMAT_SPANS = {
  2021: { proactive: TABLE2_2021, requests: table3(22, [3, 1]), litigation: TABLE4 },
  2019: { proactive: TABLE2_2019, requests: table3(20, [1, 2]), litigation: TABLE4 },
} as const satisfies Record<2019 | 2021, Record<"proactive" | "requests" | "litigation", Spans>>;

/** Grid width of each table (FORMAT §3, §6.2): every row fills it exactly. */
export const FORMAT_GRID_WIDTHS = {
  2021: { proactive: 4, requests: 10, litigation: 15 },
  2019: { proactive: 5, requests: 10, litigation: 15 },
} as const;
