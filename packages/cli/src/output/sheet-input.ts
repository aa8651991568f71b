import { resolve } from "node:path";
import { readReport, type Report } from "@nianbao/core";
import type { LoadedInput } from "../check/batch.js";
import { readReportFile } from "../check/discover.js";
import { UNREADABLE, type CheckedReport } from "../check/run.js";
import { CliError } from "../errors.js";

/**
 * Each checked report's tables, read again from its file for the audit sheets (the check itself
 * keeps only findings, so that a province's batch stays small in memory); the report on standard
 * input is taken from the text already read. A file that could not be read has null.
 */
export async function reportTables(
  reports: readonly CheckedReport[],
  cwd: string,
  stdin?: LoadedInput,
): Promise<Map<string, Report | null>> {
  const out = new Map<string, Report | null>();
  // One at a time, as the check reads them: thousands of files would exceed the open handles.
  for (const r of reports) {
    if (r.findings.some((f) => f.code === UNREADABLE)) {
      out.set(r.file, null);
      continue;
    }
    try {
      const input =
        r.file === "-" && stdin && !("error" in stdin) ? stdin : await readReportFile(resolve(cwd, r.file), r.file);
      out.set(r.file, readReport(input.text, input.encoding ? { encoding: input.encoding } : {}).report);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      out.set(r.file, null);
    }
  }
  return out;
}
