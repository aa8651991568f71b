import { CONFIG_INVALID } from "@nianbao/core";
import type { CheckedReport } from "../check/run.js";

/** The closing tally of a run, over the findings that are output. */
export interface Summary {
  readonly reportsChecked: number;
  readonly reportsWithErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Findings per rule code, codes in code-point order. */
  readonly byCode: Readonly<Record<string, number>>;
}

export function summarize(reports: readonly CheckedReport[]): Summary {
  const count = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  let reportsWithErrors = 0;
  let configs = 0;
  for (const r of reports) {
    // A broken nianbao.config.json is listed as a result of its own; its errors count, but it is no report.
    if (r.findings.some((f) => f.code === CONFIG_INVALID)) configs++;
    else if (r.findings.some((f) => f.severity === "error")) reportsWithErrors++;
    for (const f of r.findings) {
      count[f.severity]++;
      byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    }
  }
  const codes = [...byCode.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    reportsChecked: reports.length - configs,
    reportsWithErrors,
    errors: count.error,
    warnings: count.warning,
    infos: count.info,
    byCode: Object.fromEntries(codes.map((c) => [c, byCode.get(c)!])),
  };
}
