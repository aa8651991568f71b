import { cellFromText, type Cell, type Report } from "@nianbao/core";
import type { YearState } from "./jurisdiction-year.js";

/** A year's tables and what carries from them to next year. */
export type Tables = Pick<YearState, "report" | "carriedOut" | "stock">;

/**
 * The errors the generated jurisdiction injects, each as an author makes it, and the rule codes it
 * must produce in the report it is put in (exactly these, the report being clean otherwise).
 */
export type InjectionKind =
  | "row-total"
  | "table4-total"
  | "text-in-count"
  | "negative-count"
  | "placeholder"
  | "yaml-syntax"
  | "text-figure"
  | "carry-over"
  | "stock-flow"
  | "copied-text";

export interface Injection {
  readonly kind: InjectionKind;
  readonly codes: readonly string[];
  /** Only where the agency has a report for the year before (the cross-year rules). */
  readonly needsPrevious?: boolean;
  /** A change to the written text. */
  readonly text?: (text: string) => string;
  /** A change to the tables before the prose is written; what it returns carries over to next year. */
  readonly tables?: (tables: Tables) => Tables;
  /** A change to the finished report, before it is written. */
  readonly prose?: (state: YearState, previous: YearState | null) => YearState;
}

const bumped = (cell: Cell | undefined, by: number): Cell => cellFromText(String((cell?.value ?? 0) + by));

/** The same report with table 三 row `id`'s first column and total raised by `by`. */
function raise(report: Report, id: "carriedIn" | "granted" | "total", by: number): Report["requests"] {
  const row = report.requests[id]!;
  return { ...report.requests, [id]: row.map((c, i) => (i === 0 || i === 6 ? bumped(c, by) : c)) };
}

export const INJECTIONS: readonly Injection[] = [
  {
    kind: "row-total",
    codes: ["T3-RESULTS", "T3-ROWTOTAL"],
    // 予以公开's 总计 one more than its six columns (so also more than its share of （七）总计).
    text: (t) =>
      t.replace(/(予以公开: *\[ *(?:\d+, *){6})(\d+)\]/u, (_, head: string, n: string) => `${head}${Number(n) + 1}]`),
  },
  {
    kind: "table4-total",
    codes: ["T4-ROWSUM"],
    text: (t) =>
      t.replace(/(行政复议: *\[ *(?:\d+, *){4})(\d+)\]/u, (_, head: string, n: string) => `${head}${Number(n) + 2}]`),
  },
  {
    kind: "text-in-count",
    codes: ["VAL-NUMERIC"],
    text: (t) => t.replace(/(复议后起诉: *\[ *)\d+/u, "$1两件"),
  },
  {
    kind: "negative-count",
    codes: ["VAL-NONNEG"],
    text: (t) => t.replace(/(行政处罚: *)(\d+)/u, (_, head: string, n: string) => `${head}-${Number(n) || 1}`),
  },
  {
    kind: "placeholder",
    codes: ["VAL-BLANK"],
    // 行政强制 written '/' (the agency has no such power, the author thinks).
    text: (t) => t.replace(/(行政强制: *)\d+/u, '$1"/"'),
  },
  {
    kind: "yaml-syntax",
    codes: ["YAML-SYNTAX"],
    text: (t) => t.replace(/(结转下年度: *\[.*)\]/u, "$1"),
  },
  {
    kind: "text-figure",
    codes: ["TXT-APPS"],
    // The hundreds digit mistyped (a small change could match new + carried in, which the text may state).
    text: (t) =>
      t.replace(/(本年度共新收政府信息公开申请 )(\d+)/u, (_, head: string, n: string) => `${head}${Number(n) + 100}`),
  },
  {
    kind: "carry-over",
    codes: ["XY-CARRY"],
    needsPrevious: true,
    // 上年结转 one more than last year's 结转下年度, concluded this year: the year adds up, the carry does not.
    tables: (s) => {
      let report = { ...s.report, requests: raise(s.report, "carriedIn", 1) };
      report = { ...report, requests: raise(report, "granted", 1) };
      report = { ...report, requests: raise(report, "total", 1) };
      return { ...s, report };
    },
  },
  {
    kind: "stock-flow",
    codes: ["T2-STOCKFLOW"],
    needsPrevious: true,
    // 现行有效 of 行政规范性文件 seven more than last year's plus made minus repealed; next year goes on from it.
    tables: (s) => {
      const row = s.report.proactive.normativeDocuments!;
      const valid = bumped(row.valid, 7);
      const stock = new Map(s.stock).set("normativeDocuments", valid.value!);
      return {
        ...s,
        stock,
        report: { ...s.report, proactive: { ...s.report.proactive, normativeDocuments: { ...row, valid } } },
      };
    },
  },
  {
    kind: "copied-text",
    codes: ["XY-SIMILARITY"],
    needsPrevious: true,
    // 政府信息管理 and 平台建设 copied from last year's report, as 洪泽区 did in 2024.
    prose: (s, previous) => {
      const before = previous!.report.overview.topics;
      const topics = { ...s.report.overview.topics, management: before.management, platform: before.platform };
      return { ...s, report: { ...s.report, overview: { ...s.report.overview, topics } } };
    },
  },
];
