import { readReport, type ReadResult } from "@nianbao/core";
import { agencyKey } from "./document.js";

/**
 * What the workspace keeps of a report file: only what pairs it with another year's. A whole read
 * (text, source map, model) costs some 100 kB per report, so a workspace of thousands keeps these
 * summaries and re-reads a file only when an open document is checked against it.
 */
export interface IndexedReport {
  readonly uri: string;
  readonly agency: string | null;
  readonly year: number | null;
}

/**
 * The report files of the workspace, keyed by URI, so a report can be checked against the same
 * agency's previous year. Owned by the server; the functions here only read and return.
 */
export type WorkspaceIndex = Map<string, IndexedReport>;

export function summaryOf(uri: string, read: ReadResult): IndexedReport {
  return { uri, agency: agencyKey(read.report.agency), year: read.report.year };
}

export function indexReport(uri: string, text: string): IndexedReport {
  return summaryOf(uri, readReport(text));
}

/** The report of the same agency for `year`, if the workspace has exactly one candidate or an open one. */
export function findReport(index: WorkspaceIndex, agency: string | null, year: number | null, except?: string): IndexedReport | null {
  if (!agency || year === null) return null;
  let hit: IndexedReport | null = null;
  for (const r of index.values()) {
    if (r.uri === except || r.agency !== agency || r.year !== year) continue;
    // Several files for one agency and year: prefer a stable choice (the first URI in order).
    if (!hit || r.uri < hit.uri) hit = r;
  }
  return hit;
}

/** URIs of the reports whose previous year is (agency, year): those to re-check when it changes. */
export function dependentsOf(index: WorkspaceIndex, agency: string | null, year: number | null): string[] {
  if (!agency || year === null) return [];
  return [...index.values()].filter((r) => r.agency === agency && r.year === year + 1).map((r) => r.uri);
}
