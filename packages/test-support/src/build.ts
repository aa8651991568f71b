import {
  FORMS,
  parseReport,
  type CheckOptions,
  type Finding,
  type FormatYear,
  type ParsedReport,
  type Table3Node,
} from "@nianbao/core";

/** A cell as a test writes it: a number, or raw YAML text such as `"/"` or `'１２'`. */
export type TestCell = number | string;

export interface TestReport {
  format?: FormatYear | null;
  agency?: string | null;
  year?: number | null;
  publishedOn?: string | null;
  title?: string;
  /** 总体情况 as one text or as topics keyed by their YAML key (概述, 主动公开, …). */
  overview?: string | Record<string, string>;
  /** Table 二 by YAML row key: a number/text for one-column rows, or column key → cell. */
  t2?: Record<string, TestCell | Record<string, TestCell>>;
  /** Table 三 rows by leaf YAML key (e.g. 本年新收, 属于国家秘密, 总计), 7 cells each. */
  t3?: Record<string, TestCell[]>;
  /** Table 四 rows by YAML key (行政复议 …), 5 cells each. */
  t4?: Record<string, TestCell[]>;
  problems?: string;
  other?: string;
  notes?: { rule?: string; text: string; table?: string }[];
  /** Lines appended verbatim at the end. */
  extra?: string;
}

const DEFAULT_OVERVIEW = {
  主动公开: "本年通过政府网站主动公开政府信息。",
  依申请公开: "本年依法办理政府信息公开申请。",
  政府信息管理: "严格落实信息发布审核制度。",
  平台建设: "及时更新政府信息公开专栏。",
  监督保障: "加强对政府信息公开工作的监督检查。",
};

const cell = (c: TestCell): string => (typeof c === "number" ? String(c) : c);
const row = (cells: readonly TestCell[]): string => `[${cells.map(cell).join(", ")}]`;
const quote = (s: string): string => JSON.stringify(s);

/**
 * Writes a complete `*.nianbao.yaml` text, every cell 0 unless given. Keys come from the form, so
 * tests never re-type a label.
 */
export function buildYaml(spec: TestReport = {}): string {
  const format = spec.format === undefined ? 2021 : spec.format;
  const form = FORMS[format ?? 2021];
  const out: string[] = [];
  if (format !== null) out.push(`格式: ${format}`);
  if (spec.agency !== null) out.push(`机关: ${quote(spec.agency ?? "测试市测试局")}`);
  if (spec.year !== null) out.push(`年度: ${spec.year ?? 2023}`);
  if (spec.publishedOn) out.push(`发布日期: ${spec.publishedOn}`);
  if (spec.title) out.push(`标题: ${quote(spec.title)}`);
  out.push("", "总体情况:");
  const ov = spec.overview ?? DEFAULT_OVERVIEW;
  if (typeof ov === "string") out[out.length - 1] = `总体情况: ${quote(ov)}`;
  else for (const [k, v] of Object.entries(ov)) out.push(`  ${k}: ${quote(v)}`);

  out.push("", `${form.table2.key}:`);
  for (const block of form.table2.blocks)
    for (const r of block.rows) {
      const given = spec.t2?.[r.key];
      if (block.columns.length === 1) out.push(`  ${r.key}: ${cell(typeof given === "object" ? 0 : (given ?? 0))}`);
      else {
        const g = typeof given === "object" ? given : {};
        out.push(`  ${r.key}: { ${block.columns.map((c) => `${c.key}: ${cell(g[c.key] ?? 0)}`).join(", ")} }`);
      }
    }

  const width = form.table3.columns.length;
  out.push("", `${form.table3.key}:`);
  const walk = (nodes: readonly Table3Node[], indent: string) => {
    for (const n of nodes) {
      if (n.type === "group") {
        out.push(`${indent}${n.key}:`);
        walk(n.children, indent + "  ");
      } else out.push(`${indent}${n.key}: ${row(spec.t3?.[n.key] ?? new Array(width).fill(0))}`);
    }
  };
  walk(form.table3.rows, "  ");

  out.push("", `${form.table4.key}:`);
  for (const r of form.table4.rows)
    out.push(`  ${r.key}: ${row(spec.t4?.[r.key] ?? new Array(form.table4.columns.length).fill(0))}`);

  out.push(
    "",
    `存在问题及改进: ${quote(spec.problems ?? "一是公开内容还不够丰富；二是解读形式较为单一。针对上年问题，已加强培训并丰富了解读形式。")}`,
  );
  out.push(`其他事项: ${quote(spec.other ?? "本年度未收取信息处理费。")}`);
  if (spec.notes?.length) {
    out.push("说明:");
    for (const n of spec.notes) {
      out.push(`  - 内容: ${quote(n.text)}`);
      if (n.rule) out.push(`    规则: ${n.rule}`);
      if (n.table) out.push(`    表: ${n.table}`);
    }
  }
  if (spec.extra) out.push(spec.extra);
  return out.join("\n") + "\n";
}

export function check(text: string, options?: CheckOptions): ParsedReport {
  return parseReport(text, options);
}

/** The findings of one rule. */
export function findingsOf(text: string, code: string, options?: CheckOptions): Finding[] {
  return parseReport(text, options).findings.filter((f) => f.code === code);
}

/** The source text a finding points at. */
export function textAt(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}

/** The 1-based line of an offset, for readable assertions. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
