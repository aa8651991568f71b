import { notAReport, readReport, type Locale, type ReadResult } from "@nianbao/core";
import { readReportFile } from "../check/discover.js";
import { ioError } from "../errors.js";
import { cliMessage } from "../messages/index.js";

const REASONS = {
  empty: "notReport.empty",
  "not-mapping": "notReport.notMapping",
  "no-section": "notReport.noSection",
  "too-large": "notReport.tooLarge",
} as const;

/**
 * Reads a report file that a command works from (`render`, `new --from`), in whatever encoding it
 * is saved. A file with nothing of a report in it (empty, over the limit, other YAML) would make a
 * blank report that looks like a result: it is an input error, `refusal` saying which command refused.
 */
export async function readReportInput(
  abs: string,
  shown: string,
  refusal: "error.renderNotReport" | "error.fromNotReport",
  locale: Locale,
): Promise<ReadResult> {
  const { text, encoding } = await readReportFile(abs, shown);
  const read = readReport(text, { encoding });
  const reason = notAReport(read);
  if (reason) throw ioError(refusal, { path: shown, reason: cliMessage(REASONS[reason], {}, locale) });
  return read;
}
