/** What pairing needs to know of a report. */
export interface YearOfAgency {
  readonly agency: string | null;
  readonly year: number | null;
}

/**
 * The agency name as pairing compares it: NFKC (full-width letters and digits, compatibility
 * ideographs) and no whitespace at all, since Chinese names are sometimes written spaced out.
 */
export function agencyKey(agency: string): string {
  return agency.normalize("NFKC").replace(/\s+/gu, "");
}

/**
 * For each report, the index of the same agency's report for the year before, or undefined.
 * When several files claim the same agency and year, the first (in input order) is used, so the
 * result is deterministic for sorted inputs.
 */
export function pairPreviousYear(reports: readonly YearOfAgency[]): (number | undefined)[] {
  const keyOf = (r: YearOfAgency, yearsBack: number): string | undefined => {
    const agency = r.agency === null ? "" : agencyKey(r.agency);
    return agency === "" || r.year === null ? undefined : `${r.year - yearsBack}\u0000${agency}`;
  };
  const byKey = new Map<string, number>();
  reports.forEach((r, i) => {
    const key = keyOf(r, 0);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, i);
  });
  return reports.map((r) => {
    const key = keyOf(r, 1);
    return key === undefined ? undefined : byKey.get(key);
  });
}
