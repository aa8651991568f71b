/**
 * Last year's report in the same run of a folder import: the ranked cuts of a glued row the import
 * could not read agree or not with it (ImportOptions.previous). The files are taken in name order,
 * so a report named by its year finds last year's already imported. Pairing is core's, as in check.
 */
import type { ImportResult, Report } from "@nianbao/core";
import { pairPreviousYear } from "../check/pairing.js";

/** Whether an import left a row unread with cuts to rank. */
export const hasCuts = (result: ImportResult): boolean => result.findings.some((f) => (f.cuts?.length ?? 0) > 0);

/** The same agency's report of the year before among those imported earlier, or null. */
export function previousAmong(done: readonly { readonly result: ImportResult }[], report: Report): Report | null {
  const entries = [
    ...done.map((d) => ({ agency: d.result.report.agency, year: d.result.report.year })),
    { agency: report.agency, year: report.year },
  ];
  const match = pairPreviousYear(entries).at(-1);
  return match?.previous === undefined ? null : done[match.previous]!.result.report;
}
