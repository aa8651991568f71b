import {
  CATALOGUES,
  describePath,
  printedLabel,
  readReport,
  ruleByCode,
  type Locale,
  type ReadResult,
  type TextEncoding,
} from "@nianbao/core";
import { agencyKey } from "../../check/pairing.js";
import { UNREADABLE, type CheckedFinding, type CheckedReport } from "../../check/run.js";
import { auditWord, auditWords } from "../../messages/audit.js";
import { chartFigures, chartSpecs } from "./charts.js";
import type { AuditData, AuditFinding, AuditReport, AuditRule } from "./data.js";
import { TemplateStore } from "./tables.js";

/** A checked report's text, read again for its tables; null when it cannot be read now. */
export type LoadReport = (file: string) => Promise<{ readonly text: string; readonly encoding?: TextEncoding } | null>;

/**
 * The page's data: every checked report with its findings exactly as the other formats give them,
 * its tables (read again from its file: checking keeps only findings, so a run of thousands stays
 * small), its figures for the charts, and the reference of each rule that fired.
 */
export async function auditData(
  reports: readonly CheckedReport[],
  load: LoadReport,
  locale: Locale,
): Promise<AuditData> {
  const store = new TemplateStore();
  const index = new Map(reports.map((r, i) => [r.file, i]));
  const out: AuditReport[] = [];
  for (const r of reports) {
    const input = r.findings.some((f) => f.code === UNREADABLE) ? null : await load(r.file);
    const read = input ? readReport(input.text, input.encoding ? { encoding: input.encoding } : {}) : null;
    out.push({
      f: r.file,
      a: r.agency,
      k: r.agency ? agencyKey(r.agency) : "",
      y: r.year,
      fm: read ? read.report.format : null,
      pr: r.previousFile === null ? -1 : (index.get(r.previousFile) ?? -1),
      fs: r.findings.map((f) => finding(f, read, locale)),
      tb: read ? store.tablesOf(read.report) : [],
      st: read ? chartFigures(read.report) : [],
    });
  }
  return {
    locale,
    words: auditWords(locale),
    rules: rulesOf(reports, locale),
    templates: store.templates,
    charts: chartSpecs(locale),
    reports: out,
  };
}

function finding(f: CheckedFinding, read: ReadResult | null, locale: Locale): AuditFinding {
  const paths = f.paths ?? [];
  const target = read && paths[0] ? describePath(read.form, paths[0]) : null;
  const label = target ? printedLabel(target) : null;
  return {
    c: f.code,
    s: f.severity,
    m: f.message,
    l: f.location.range.start.line,
    ch: f.location.range.start.character,
    p: paths,
    ...(label ? { lb: locale === "en" ? label.en : label.zh } : {}),
  };
}

function rulesOf(reports: readonly CheckedReport[], locale: Locale): Record<string, AuditRule> {
  const codes = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const words = CATALOGUES[locale];
  return Object.fromEntries(
    codes.map((code): [string, AuditRule] => {
      const rule = ruleByCode(code);
      // FILE-UNREADABLE is the CLI's own: nothing was checked, so no rule of core stands behind it.
      if (!rule)
        return [
          code,
          { severity: "error", title: auditWord("audit.rule.unreadable", {}, locale), summary: "", crossYear: false },
        ];
      return [
        code,
        {
          severity: rule.severity,
          title: words[`rule.${code}.title`] ?? "",
          summary: words[`rule.${code}.summary`] ?? "",
          crossYear: rule.kind === "cross-year" || rule.kind === "unpaired",
        },
      ];
    }),
  );
}
