import {
  agencyIdentity,
  compareIdentities,
  pairPreviousYears,
  readReport,
  type AgencyIdentity,
  type ReadResult,
} from "@nianbao/core";

/**
 * What the workspace keeps of a report file: only what pairs it with another year's. A whole read
 * (text, source map, model) costs some 100 kB per report, so a workspace of thousands keeps these
 * summaries and re-reads a file only when an open document is checked against it.
 */
export interface IndexedReport {
  readonly uri: string;
  /** 机关 as written; core's pairing compares the identities (docs/guide.md). */
  readonly agency: string | null;
  readonly year: number | null;
  /** The identity of `agency`, made once per summary rather than once per check. */
  readonly identity: AgencyIdentity | null;
}

/**
 * The report files of the workspace, keyed by URI, so a report can be checked against the same
 * agency's previous year. Owned by the server; the functions here only read and return.
 */
export type WorkspaceIndex = Map<string, IndexedReport>;

export function summaryOf(uri: string, read: ReadResult): IndexedReport {
  return { uri, agency: read.report.agency, year: read.report.year, identity: agencyIdentity(read.report.agency) };
}

export function indexReport(uri: string, text: string): IndexedReport {
  return summaryOf(uri, readReport(text));
}

/** The folder of a URI, where a likely previous year is looked for, as the CLI does with paths. */
export function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf("/") + 1);
}

/** Last year's report of a report, or a likely one pairing did not accept (XY-UNPAIRED names it). */
export interface PreviousInIndex {
  readonly previous: IndexedReport | null;
  readonly likely: IndexedReport | null;
}

/**
 * Pairs `report` with the workspace's report of the year before by core's pairPreviousYears, in
 * URI order: the CLI pairs sorted paths with the same function, so editor and CLI agree. Only the
 * reports that can change the answer are handed over: of the year before, those whose identity
 * matches this one's or that share its folder; of this year, those whose identity matches one of
 * them (they may take it as their previous year), and all their own candidates of the year before.
 */
export function findPrevious(index: WorkspaceIndex, report: IndexedReport): PreviousInIndex {
  const none = { previous: null, likely: null };
  const id = report.identity;
  if (report.year === null || !id) return none;
  const year = report.year;
  const all = [...index.values()].filter((r) => r.uri !== report.uri && r.identity !== null);
  const before = all.filter((r) => r.year === year - 1);
  const related = (a: IndexedReport, b: IndexedReport) => compareIdentities(a.identity!, b.identity!) !== null;
  const folder = folderOf(report.uri);
  const candidates = before.filter((r) => related(r, report) || folderOf(r.uri) === folder);
  if (candidates.length === 0) return none;
  const rivals = all.filter((r) => r.year === year && candidates.some((c) => related(c, r)));
  const theirs = before.filter((r) => !candidates.includes(r) && rivals.some((c) => related(c, r)));
  const entries = [report, ...candidates, ...rivals, ...theirs].sort((a, b) =>
    a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0,
  );
  const match = pairPreviousYears(entries.map((r) => ({ agency: r.agency, year: r.year, folder: folderOf(r.uri) })))[
    entries.indexOf(report)
  ]!;
  return {
    previous: match.previous === undefined ? null : entries[match.previous]!,
    likely: match.likely === undefined ? null : entries[match.likely]!,
  };
}

/**
 * URIs of the reports that may be paired with `report` as their previous year, or point at it as a
 * likely one: those to re-check when it changes. Errs on the side of re-checking too many.
 */
export function dependentsOf(index: WorkspaceIndex, report: IndexedReport): string[] {
  const id = report.identity;
  if (!id || report.year === null) return [];
  return [...index.values()]
    .filter(
      (r) =>
        r.year === report.year! + 1 &&
        r.identity !== null &&
        (compareIdentities(id, r.identity) !== null || folderOf(r.uri) === folderOf(report.uri)),
    )
    .map((r) => r.uri);
}
