import { FORMS, readReport, table3Leaves, type FormatYear, type Range } from "@nianbao/core";
import type { TestReport } from "./build.js";

/**
 * Consistent tables 三 and 四 for tests: the caller gives the applicant cells of the result rows,
 * of 上年结转 and of 结转下年度; every total and 本年新收 are computed, so the table satisfies
 * S1, I1 and I2 by construction. Keys come from the form.
 */
export interface Table3Spec {
  /** Result rows by YAML key (予以公开, 属于国家秘密 …): the six applicant cells. */
  results?: Record<string, number[]>;
  carriedIn?: number[];
  carriedOut?: number[];
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const withTotal = (cells: readonly number[]) => [...cells, cells.reduce((s, v) => s + v, 0)];

export function consistentT3(spec: Table3Spec, format: FormatYear = 2021): Record<string, number[]> {
  const form = FORMS[format];
  const leaves = table3Leaves(form);
  const key = (role: string) => leaves.find((l) => l.row.role === role)!.row.key;
  const out: Record<string, number[]> = {};
  const concluded = zeros(6);
  for (const l of leaves.filter((x) => x.row.role === "result")) {
    const cells = spec.results?.[l.row.key] ?? zeros(6);
    cells.forEach((v, c) => (concluded[c]! += v));
    out[l.row.key] = withTotal(cells);
  }
  const carriedIn = spec.carriedIn ?? zeros(6);
  const carriedOut = spec.carriedOut ?? zeros(6);
  const fresh = concluded.map((v, c) => v + carriedOut[c]! - carriedIn[c]!);
  if (fresh.some((v) => v < 0)) throw new Error("carried-in applications exceed what was concluded or carried forward");
  out[key("new")] = withTotal(fresh);
  out[key("carriedIn")] = withTotal(carriedIn);
  out[key("total")] = withTotal(concluded);
  out[key("carriedOut")] = withTotal(carriedOut);
  return out;
}

/** A table 四 row with its total. */
export function t4Row(cells: readonly number[]): number[] {
  return withTotal(cells);
}

/** The source range of a model path's value, e.g. `requests.total.0`. */
export function cellRange(text: string, path: string): Range {
  const r = readReport(text).sourceMap.get(path)?.value;
  if (!r) throw new Error(`no value range for ${path}`);
  return r;
}

export type { TestReport };
