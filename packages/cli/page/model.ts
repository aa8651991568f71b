// What the views derive from the embedded data: counts per report, the years present, and the
// agencies with the report each submitted per year (or its absence).

import type { AuditData, AuditReport } from "../src/output/audit/data.js";

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countsOf(r: AuditReport): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of r.fs)
    if (f.s === "error") errors++;
    else if (f.s === "warning") warnings++;
    else infos++;
  return { errors, warnings, infos };
}

export interface AgencyRow {
  readonly name: string;
  /** Year → index of the agency's report for that year. */
  readonly reports: ReadonlyMap<number, number>;
  /** Year → the agency's other reports for that year (two files for one year), linked beside the first. */
  readonly others: ReadonlyMap<number, readonly number[]>;
  /** Years from the agency's first report on for which it has none: not submitted. */
  readonly missing: readonly number[];
  readonly errors: number;
  readonly warnings: number;
}

/** The years of the reports that state one, ascending. */
export function yearsOf(data: AuditData): number[] {
  return [...new Set(data.reports.flatMap((r) => (r.y === null ? [] : [r.y])))].sort((a, b) => a - b);
}

/**
 * One row per agency (as pairing identifies it; a report without an agency is its own row), for
 * the reports that state a year. An agency that reported in an earlier year and not in a later one
 * present in the folder has that year listed as not submitted.
 */
export function agencyRows(data: AuditData, years: readonly number[]): AgencyRow[] {
  const groups = new Map<string, number[]>();
  data.reports.forEach((r, i) => {
    if (r.y === null) return;
    const key = r.k ? `a:${r.k}` : `f:${r.f}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].map((indexes) => {
    const reports = new Map<number, number>();
    const others = new Map<number, number[]>();
    let errors = 0;
    let warnings = 0;
    for (const i of indexes) {
      const r = data.reports[i]!;
      // Two files for one agency and year: the cell counts the first and links the others beside it.
      if (!reports.has(r.y!)) reports.set(r.y!, i);
      else others.set(r.y!, [...(others.get(r.y!) ?? []), i]);
      const c = countsOf(r);
      errors += c.errors;
      warnings += c.warnings;
    }
    const first = Math.min(...reports.keys());
    const latest = data.reports[reports.get(Math.max(...reports.keys()))!]!;
    return {
      name: latest.a ?? latest.f,
      reports,
      others,
      missing: years.filter((y) => y > first && !reports.has(y)),
      errors,
      warnings,
    };
  });
}
