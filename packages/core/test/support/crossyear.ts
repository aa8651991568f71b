import { readFileSync } from "node:fs";
import {
  FORM_2019,
  FORM_2021,
  checkAgainstPreviousYear,
  readReport,
  table3Leaves,
  type CheckOptions,
  type Finding,
} from "../../src/index.js";
import { buildYaml, type TestReport } from "@nianbao/test-support/build";
import {
  loadTablesJson as loadSource,
  SOURCES_DIR,
  T3_ROWS,
  T4_ROWS,
} from "../../../../scripts/examples/tables-json.mjs";

/** The cross-year findings of one rule for `current` checked against `previous` (both YAML texts). */
export function crossFindings(current: string, previous: string, code: string, options?: CheckOptions): Finding[] {
  return checkAgainstPreviousYear(readReport(current), readReport(previous), options).filter((f) => f.code === code);
}

/** The same finding worded in both locales. */
export function bothLocales(current: string, previous: string, code: string): { zh: Finding[]; en: Finding[] } {
  return { zh: crossFindings(current, previous, code), en: crossFindings(current, previous, code, { locale: "en" }) };
}

/** Applies a finding's fix to the text. */
export function applyFix(text: string, finding: Finding): string {
  const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

/** The published sources of the examples, in the repository (examples/sources). */
const EXAMPLES = new URL(`file://${SOURCES_DIR}/`);

/** The `*.tables.json` of a real published report (examples/sources): decoded tables and expected findings. */
export interface TablesJson {
  agency: string;
  year: number;
  template: string;
  table2: {
    regulations: Record<"made" | "repealed" | "valid", number>;
    normative_documents: Record<"made" | "repealed" | "valid", number>;
    licensing_decisions: number;
    punishment_decisions: number;
    coercion_decisions: number;
    fees_10k_yuan: number;
  };
  table3: Record<string, number[]>;
  table4: Record<"review" | "litigation_direct" | "litigation_after_review", number[]>;
  expected_check_findings: { cross_year_failures_vs_previous_report: string[] | null };
}

export function loadTablesJson(name: string): TablesJson {
  return loadSource(name) as TablesJson;
}

/** tables.json names of table 二 → model row and column ids. */
const T2_SINGLE: Record<string, string> = {
  licensing_decisions: "licensing",
  punishment_decisions: "penalty",
  coercion_decisions: "coercion",
  fees_10k_yuan: "fees",
};

/**
 * Writes a real report's tables as a 2021-form `*.nianbao.yaml`, keys taken from the form. A report
 * that filled table 三 with the 2019 single （六）其他处理 row (洪泽区) keeps that row as written,
 * as its author would have typed it.
 */
export function yamlFromTablesJson(json: TablesJson, extra: TestReport = {}): string {
  const form = FORM_2021;
  const leafKey = (id: string) =>
    (table3Leaves(form).find((l) => l.row.id === id) ?? table3Leaves(FORM_2019).find((l) => l.row.id === id))!.row.key;
  const t3: Record<string, number[]> = {};
  for (const [name, cells] of Object.entries(json.table3)) {
    const id = T3_ROWS[name];
    if (!id) throw new Error(`unknown table 三 row in tables.json: ${name}`);
    t3[leafKey(id)] = cells;
  }
  const t4: Record<string, number[]> = {};
  for (const [name, cells] of Object.entries(json.table4))
    t4[form.table4.rows.find((r) => r.id === T4_ROWS[name])!.key] = cells;
  const rows = form.table2.blocks.flatMap((b) => b.rows.map((r) => ({ b, r })));
  const rowKey = (id: string) => rows.find((x) => x.r.id === id)!.r.key;
  const colKey = (id: string) => rows.flatMap((x) => x.b.columns).find((c) => c.id === id)!.key;
  const stock = (v: Record<"made" | "repealed" | "valid", number>) => ({
    [colKey("made")]: v.made,
    [colKey("repealed")]: v.repealed,
    [colKey("valid")]: v.valid,
  });
  const t2: Record<string, number | Record<string, number>> = {
    [rowKey("regulations")]: stock(json.table2.regulations),
    [rowKey("normativeDocuments")]: stock(json.table2.normative_documents),
  };
  for (const [name, id] of Object.entries(T2_SINGLE))
    t2[rowKey(id)] = json.table2[name as keyof TablesJson["table2"]] as number;
  let text = buildYaml({ agency: json.agency, year: json.year, t2, t3, ...extra });
  const single = json.table3.other_processing;
  if (single) {
    // Replace the three 2021 leaves of （六） by the single 2019 row, as the published table has it.
    const group = table3Leaves(form)
      .find((l) => l.row.id === "noCorrection")!
      .groups.at(-1)!;
    const block = new RegExp(`^(\\s*)${group.key}:\\n(?:\\1  .*\\n){${group.children.length}}`, "mu");
    if (!block.test(text)) throw new Error("the （六） group was not found in the built YAML");
    text = text.replace(block, (_m, indent: string) => `${indent}${group.key}: [${single.join(", ")}]\n`);
  }
  return text;
}

/** The text of a published report in examples/sources. */
export function loadExampleText(name: string): string {
  return readFileSync(new URL(`${name}.txt`, EXAMPLES), "utf8");
}

/**
 * The prose of a report laid out as pdftotext prints it (洪泽区): 一 split into its （一）…（五）
 * topics, 五 and 六; page numbers and line breaks removed.
 */
export function proseOf(text: string): Pick<TestReport, "overview" | "problems" | "other"> {
  const between = (from: string, to: string | null) => {
    const a = text.indexOf(from);
    const b = to === null ? text.length : text.indexOf(to, a);
    if (a < 0 || b < 0) throw new Error(`section ${from} not found`);
    return text
      .slice(a + from.length, b)
      .replace(/^\s*-\d+-\s*$/gmu, "")
      .replace(/\s+/gu, "");
  };
  const overviewKeys = ["概述", "主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障"];
  const overview: Record<string, string> = {};
  for (const part of between("一、总体情况", "二、主动公开政府信息情况").split(/(?=（[一二三四五]）)/u)) {
    const m = /^（([一二三四五])）/u.exec(part);
    overview[overviewKeys[m ? "一二三四五".indexOf(m[1]!) + 1 : 0]!] = part;
  }
  return {
    overview,
    problems: between("五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
    other: between("六、其他需要报告的事项", null),
  };
}
