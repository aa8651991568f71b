import type { LikelyPrevious, ReadResult } from "@nianbao/core";
import type { ReportDocument, ReportWorkspace } from "./api.js";
import type { PreviousYear } from "./diagnostics.js";
import { analyze, type AnalyzedDocument } from "./document.js";
import { LspLines } from "./lsp-lines.js";
import { PreviousYears } from "./previous-years.js";
import type { Settings } from "./settings.js";
import {
  dependentsOf,
  findPrevious,
  folderOf,
  indexReport,
  summaryOf,
  type IndexedReport,
  type WorkspaceIndex,
} from "./workspace.js";

/**
 * What the service knows of the workspace's reports: the analysis of each open document (one per
 * version), a summary of every report file, and the whole reads of the closed files that open
 * documents are checked against. Owned by one service; no state outside it.
 */
export class Reports {
  private readonly analyzed = new Map<string, AnalyzedDocument>();
  /** The version last analysed of each open document, kept when the settings change (not an edit). */
  private readonly lastVersion = new Map<string, number>();
  /** Summaries of every report of the workspace, open or not. */
  private readonly index: WorkspaceIndex = new Map();
  private readonly previousYears: PreviousYears;
  /** For each open report, the closed file it is checked against: the reads previousYears keeps. */
  private readonly pairedWith = new Map<string, string>();
  private readonly previousLines = new WeakMap<ReadResult, LspLines>();
  /** How long the last check of each open document took, in milliseconds. */
  private readonly checkCost = new Map<string, number>();

  /**
   * `edited` hears of the open documents checked against a document that has just changed (as it
   * was before and as it is now): their cross-year findings may have changed with it.
   */
  constructor(
    private readonly workspace: Pick<ReportWorkspace, "getOpenDocument" | "readFile">,
    private readonly settings: () => Settings,
    private readonly edited: (dependents: string[]) => void = () => {},
  ) {
    this.previousYears = new PreviousYears((uri) => workspace.readFile(uri));
  }

  /** The analysis of a document's version (made now if the version is new). */
  analysisOf(doc: ReportDocument): AnalyzedDocument {
    const uri = doc.uri;
    const hit = this.analyzed.get(uri);
    if (hit && hit.version === doc.version) return hit;
    const started = performance.now();
    const fresh = analyze(uri, doc.version, doc.getText(), this.settings());
    this.checkCost.set(uri, performance.now() - started);
    this.analyzed.set(uri, fresh);
    const before = this.index.get(uri);
    this.index.set(uri, summaryOf(uri, fresh.parsed.read));
    if (this.lastVersion.get(uri) !== doc.version) {
      this.lastVersion.set(uri, doc.version);
      const dependents = this.openDependents(before, this.index.get(uri));
      // Told once the caller has its own answer: theirs are checked after it, as an editor shows them.
      if (dependents.length) queueMicrotask(() => this.edited(dependents));
    }
    return fresh;
  }

  /** The analysis of an open document's current version, or null when it is not open. */
  current(uri: string): AnalyzedDocument | null {
    const doc = this.workspace.getOpenDocument(uri);
    return doc ? this.analysisOf(doc) : null;
  }

  /** How long the last check of an open document took (0 before its first). */
  costOf(uri: string): number {
    return this.checkCost.get(uri) ?? 0;
  }

  /** Every analysis is stale (the settings changed). */
  forgetAnalyses(): void {
    this.analyzed.clear();
  }

  /** The document was closed: its analysis and its previous year's read are no longer needed. */
  closed(uri: string): void {
    this.analyzed.delete(uri);
    this.lastVersion.delete(uri);
    this.checkCost.delete(uri);
    this.pair(uri, null);
  }

  summary(uri: string): IndexedReport | undefined {
    return this.index.get(uri);
  }

  /** How many report files the workspace knows, and how many whole reads it holds (open documents and their previous years). */
  get sizes(): { indexed: number; analyzed: number; previousYears: number } {
    return { indexed: this.index.size, analyzed: this.analyzed.size, previousYears: this.previousYears.size };
  }

  private pair(uri: string, previous: string | null): void {
    if ((this.pairedWith.get(uri) ?? null) === previous) return;
    if (previous) this.pairedWith.set(uri, previous);
    else this.pairedWith.delete(uri);
    this.previousYears.retain(new Set(this.pairedWith.values()));
  }

  /**
   * Last year's report for a document: an open one as edited, else the file as read through the
   * workspace; or, when pairing did not accept one with certainty, the likely one (XY-UNPAIRED names it).
   */
  private async previousOf(
    doc: AnalyzedDocument,
  ): Promise<{ previous: PreviousYear | null; likely: LikelyPrevious | null }> {
    const { previous: hit, likely } = findPrevious(
      this.index,
      this.index.get(doc.uri) ?? summaryOf(doc.uri, doc.parsed.read),
    );
    const open = hit ? this.current(hit.uri) : null;
    this.pair(doc.uri, hit && !open ? hit.uri : null);
    const named = likely ? { name: uriName(likely.uri, doc.uri), agency: likely.agency, year: likely.year } : null;
    if (!hit) return { previous: null, likely: named };
    if (open) return { previous: { uri: hit.uri, read: open.parsed.read, lines: open.lines }, likely: null };
    const read = await this.previousYears.get(hit.uri);
    if (!read) return { previous: null, likely: null };
    let lines = this.previousLines.get(read);
    if (!lines) this.previousLines.set(read, (lines = new LspLines(read.text)));
    return { previous: { uri: hit.uri, read, lines }, likely: null };
  }

  /**
   * A document's analysis with its previous year (or a likely one). Reading last year's file may
   * take a moment, during which the document can change: the answer is for the version asked
   * about, and a host publishing it drops it when that version is no longer current.
   */
  async withPrevious(
    doc: ReportDocument,
  ): Promise<{ doc: AnalyzedDocument; previous: PreviousYear | null; likely: LikelyPrevious | null }> {
    const analysed = this.analysisOf(doc);
    const { previous, likely } = await this.previousOf(analysed);
    return { doc: analysed, previous, likely };
  }

  /** Open documents checked against the reports summarised by `entries` (their next years). */
  openDependents(...entries: (IndexedReport | undefined)[]): string[] {
    const out = new Set<string>();
    for (const e of entries)
      if (e)
        for (const dep of dependentsOf(this.index, e))
          if (dep !== e.uri && this.workspace.getOpenDocument(dep)) out.add(dep);
    return [...out];
  }

  /** Brings the summary of a closed file up to date with the workspace; forgets it when it is gone. */
  async indexFile(uri: string): Promise<void> {
    if (this.workspace.getOpenDocument(uri)) return;
    const text = await this.workspace.readFile(uri);
    // The editor may have opened it meanwhile: then the open document is what counts.
    if (this.workspace.getOpenDocument(uri)) return;
    if (text === null) this.index.delete(uri);
    else this.index.set(uri, indexReport(uri, text));
  }

  /**
   * The file changed, was closed or deleted (or is no report file): re-reads it. Returns the open
   * documents to check again, those paired with it before or after.
   */
  async refreshFile(uri: string, gone: boolean): Promise<string[]> {
    const before = this.index.get(uri);
    this.previousYears.invalidate(uri);
    if (gone) this.index.delete(uri);
    else await this.indexFile(uri);
    return this.openDependents(before, this.index.get(uri));
  }
}

/** How XY-UNPAIRED names a file: by its name when beside the document, else by its path. */
function uriName(uri: string, from: string): string {
  const name = uri.slice(folderOf(uri).length);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return decode(folderOf(uri) === folderOf(from) ? name : uri.replace(/^file:\/\//u, ""));
}
