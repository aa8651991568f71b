import { dirname } from "node:path";
import { agencyIdentity, pairPreviousYears, type PreviousYearMatch } from "@nianbao/core";

/** What pairing needs to know of a report: its agency and year, and its file for the folder. */
export interface YearOfAgency {
  readonly agency: string | null;
  readonly year: number | null;
  /** The file as the output names it; a likely previous year is looked for in its folder. */
  readonly file?: string;
}

/** The agency name as pairing compares it: core's agency identity (docs/guide.md), or "" when blank. */
export function agencyKey(agency: string): string {
  return agencyIdentity(agency)?.key ?? "";
}

/**
 * For each report, the same agency's report for the year before, or a likely one that could not
 * be paired with certainty. Core decides (pairPreviousYears), so the CLI and the language server
 * pair alike; the CLI only says where each file is.
 */
export function pairPreviousYear(reports: readonly YearOfAgency[]): PreviousYearMatch[] {
  return pairPreviousYears(
    reports.map((r) => ({
      agency: r.agency,
      year: r.year,
      ...(r.file === undefined ? {} : { folder: dirname(r.file) }),
    })),
  );
}
