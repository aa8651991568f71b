import type { Locale, Severity } from "@nianbao/core";
import type { CheckedReport, Location } from "../check/run.js";
import { cliMessage } from "../messages/index.js";
import { plain, type Paint, type Style } from "./colour.js";
import type { Summary } from "./summary.js";

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = { error: ["bold", "red"], warning: "yellow", info: "cyan" };

/** `file:line:col` with 1-based line and column (UTF-16 units), as compilers and editors print it. */
export const where = (l: Location): string => `${l.file}:${l.range.start.line + 1}:${l.range.start.character + 1}`;

/**
 * Compiler-style lines, `file:line:col  severity  CODE  message`, each related place indented
 * beneath its finding, then the summary unless it is left out. `paint` colours the severity, the
 * code, the related places and the summary's counts; the characters are the same either way.
 */
export function formatText(
  reports: readonly CheckedReport[],
  summary: Summary | null,
  locale: Locale,
  paint: Paint = plain,
): string {
  const lines: string[] = [];
  for (const report of reports)
    for (const f of report.findings) {
      const severity = paint(SEVERITY_STYLE[f.severity], cliMessage(`severity.${f.severity}`, {}, locale));
      lines.push(`${where(f.location)}  ${severity}  ${paint("dim", f.code)}  ${oneLine(f.message)}`);
      for (const r of f.related) lines.push(paint("dim", `    ${where(r.location)}  ${oneLine(r.message)}`));
    }
  if (summary) {
    if (lines.length) lines.push("");
    lines.push(
      cliMessage("summary.reports", { checked: summary.reportsChecked, withErrors: summary.reportsWithErrors }, locale),
    );
    const codes = Object.entries(summary.byCode);
    if (codes.length === 0) lines.push(paint("green", cliMessage("summary.clean", {}, locale)));
    else {
      const count = (n: number, style: Style) => (n > 0 ? paint(style, String(n)) : String(n));
      lines.push(
        cliMessage(
          "summary.findings",
          {
            errors: count(summary.errors, SEVERITY_STYLE.error),
            warnings: count(summary.warnings, SEVERITY_STYLE.warning),
            infos: count(summary.infos, SEVERITY_STYLE.info),
          },
          locale,
        ),
      );
      lines.push(cliMessage("summary.byCode", {}, locale));
      const width = Math.max(...codes.map(([c]) => c.length));
      for (const [code, n] of codes) lines.push(`  ${code.padEnd(width)}  ${n}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}

/** A message may quote multi-line text from the report; one finding stays one line. */
const oneLine = (s: string): string => s.replace(/\s*\r?\n\s*/g, " ");
