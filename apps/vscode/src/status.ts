import type { Translate } from "./l10n.js";
import { DIAGNOSTIC_SOURCE, type PlainDiagnostic } from "./preview/model.js";

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export function countFindings(diagnostics: readonly Pick<PlainDiagnostic, "source" | "severity">[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

/** The status-bar item: codicons and the two counts, and a tooltip saying what they are. */
export function statusItem(c: Counts, t: Translate): { text: string; tooltip: string } {
  const tooltip =
    c.errors === 0 && c.warnings === 0
      ? t("Nianbao: no errors or warnings in this report. Click to open the Problems view.")
      : t("Nianbao: {errors} errors, {warnings} warnings in this report. Click to open the Problems view.", {
          errors: c.errors,
          warnings: c.warnings,
        });
  return { text: `${t("Nianbao")} $(error) ${c.errors} $(warning) ${c.warnings}`, tooltip };
}
