import { resolve } from "node:path";
import type { Locale } from "@nianbao/core";
import type { LoadedInput } from "../../check/batch.js";
import { readReportFile } from "../../check/discover.js";
import type { CheckedReport } from "../../check/run.js";
import { CliError } from "../../errors.js";
import { auditData } from "./collect.js";
import { auditPage } from "./page.js";

export interface AuditOptions {
  readonly cwd: string;
  readonly locale: Locale;
  readonly version: string;
  /** The report read from standard input (`check -`), which cannot be read again. */
  readonly stdin?: LoadedInput;
}

/** `check --format html`: the supervisor's page of the checked reports (docs/cli.md). */
export async function auditHtml(reports: readonly CheckedReport[], options: AuditOptions): Promise<string> {
  const data = await auditData(
    reports,
    async (file) => {
      if (file === "-") return options.stdin && "text" in options.stdin ? options.stdin : null;
      try {
        return await readReportFile(resolve(options.cwd, file), file);
      } catch (err) {
        // Gone or changed since it was checked: its findings stand, its tables are not shown.
        if (err instanceof CliError) return null;
        throw err;
      }
    },
    options.locale,
  );
  return auditPage(data, options.version);
}
