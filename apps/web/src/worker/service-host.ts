/**
 * The language service as the page's worker hosts it: the open report (as edited), the other
 * reports kept in the browser (the workspace its previous year is found in), and one method per
 * request. Everything is computed by @nianbao/language-server, as in the stdio server.
 */
import {
  describePath,
  formatForYear,
  nextYearFrom,
  readReport,
  renderReportHtml,
  renderReportPage,
  reportTemplate,
  reportTitle,
  unreadableParts,
  writeReportYaml,
  type Locale,
} from "@nianbao/core";
import {
  analyze,
  cachedFindings,
  codeActions,
  completion,
  createCache,
  findPrevious,
  hover,
  indexReport,
  inlayHints,
  LspLines,
  resolveSettings,
  summaryOf,
  toDiagnostic,
  withinLimits,
  type AnalyzedDocument,
  type PreviousYear,
  type ServiceCache,
  type Settings,
  type WorkspaceIndex,
} from "@nianbao/language-server";
import type { LikelyPrevious } from "@nianbao/core";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { Range } from "vscode-languageserver-types";
import type { Published, Requests, StoredFile, Tools } from "../protocol.js";

export class ServiceHost {
  private settings: Settings;
  private readonly cache: ServiceCache = createCache();
  private readonly documents = new Map<string, TextDocument>();
  private readonly analyzed = new Map<string, AnalyzedDocument>();
  private stored: readonly StoredFile[] = [];
  private index: WorkspaceIndex = new Map();

  constructor(locale: Locale) {
    this.settings = resolveSettings({ locale });
  }

  configure(locale: Locale): void {
    this.settings = resolveSettings({ locale });
    this.analyzed.clear();
  }

  /** The reports kept in the browser: the open one's previous year is looked for among them. */
  setWorkspace(files: readonly StoredFile[]): void {
    this.stored = files;
    this.index = new Map(files.map((f) => [f.uri, indexReport(f.uri, f.text)]));
  }

  open(uri: string, version: number, text: string): void {
    this.documents.set(uri, TextDocument.create(uri, "nianbao", version, text));
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const doc = this.documents.get(uri);
    if (doc) this.documents.set(uri, TextDocument.update(doc, changes, version));
  }

  close(uri: string): void {
    this.documents.delete(uri);
    this.analyzed.delete(uri);
  }

  version(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }

  private current(uri: string): AnalyzedDocument | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const hit = this.analyzed.get(uri);
    if (hit && hit.version === doc.version) return hit;
    const fresh = analyze(uri, doc.version, doc.getText(), this.settings);
    this.analyzed.set(uri, fresh);
    return fresh;
  }

  private previousOf(doc: AnalyzedDocument): { previous: PreviousYear | null; likely: LikelyPrevious | null } {
    const index: WorkspaceIndex = new Map(this.index);
    index.set(doc.uri, summaryOf(doc.uri, doc.parsed.read));
    const { previous, likely } = findPrevious(index, index.get(doc.uri)!);
    const named = likely ? { name: likely.uri.split("/").pop()!, agency: likely.agency, year: likely.year } : null;
    const file = previous ? this.stored.find((f) => f.uri === previous.uri) : undefined;
    if (!file) return { previous: null, likely: named };
    const read = readReport(file.text);
    return { previous: { uri: file.uri, read, lines: new LspLines(read.text) }, likely: null };
  }

  private findings(doc: AnalyzedDocument) {
    const { previous, likely } = this.previousOf(doc);
    return { previous, findings: cachedFindings(this.cache, doc, this.settings, previous, likely) };
  }

  /** The diagnostics of the current version and the tables with them marked. */
  publish(uri: string): Omit<Published, "took"> | null {
    const doc = this.current(uri);
    if (!doc) return null;
    if (!withinLimits(doc)) return { uri, version: doc.version, diagnostics: [], html: "", title: "" };
    const { previous, findings } = this.findings(doc);
    const read = doc.parsed.read;
    const marks = findings
      .filter((f) => f.paths.length > 0)
      .map((f) => ({ code: f.code, severity: f.severity, message: f.message, paths: f.paths }));
    const html = renderReportHtml(read.report, {
      marks,
      source: { sourceMap: read.sourceMap, lineIndex: read.lineIndex },
      unreadable: unreadableParts(read),
    });
    return {
      uri,
      version: doc.version,
      diagnostics: findings.map((f) => toDiagnostic(doc, f, previous)),
      html,
      title: reportTitle(read.report),
    };
  }

  request<M extends keyof Requests>(method: M, params: Requests[M]["params"]): Requests[M]["result"] {
    const doc = this.current(params.uri);
    if (!doc || !withinLimits(doc)) return null;
    return this.handlers[method](doc, params as never) as Requests[M]["result"];
  }

  /** Core's work for the page's commands (new report, next year, export): no open document needed. */
  tool<M extends keyof Tools>(method: M, params: Tools[M]["params"]): Tools[M]["result"] {
    return this.tools[method](params as never) as Tools[M]["result"];
  }

  private readonly tools: { [M in keyof Tools]: (p: Tools[M]["params"]) => Tools[M]["result"] } = {
    newReport: (p) => {
      const report = reportTemplate({
        format: p.year !== null ? formatForYear(p.year) : 2021,
        ...(p.agency ? { agency: p.agency } : {}),
        ...(p.year !== null ? { year: p.year } : {}),
      });
      return writeReportYaml(report, { header: [reportTitle(report), p.header] });
    },
    nextYear: (p) => {
      const { report, findings } = nextYearFrom(readReport(p.text), this.settings.locale);
      const errors = findings.filter((f) => f.severity === "error");
      // A carried figure that could not be read would be a guess: nothing is made, as `nianbao new --from`.
      if (errors.length) return { ok: false, count: errors.length, first: errors[0]!.message };
      return {
        ok: true,
        text: writeReportYaml(report, { header: [reportTitle(report), p.header] }),
        year: report.year,
      };
    },
    exportHtml: (p) => {
      const read = readReport(p.text);
      return {
        html: renderReportPage(read.report, { unreadable: unreadableParts(read) }),
        title: reportTitle(read.report),
      };
    },
  };

  private readonly handlers: {
    [M in keyof Requests]: (doc: AnalyzedDocument, p: Requests[M]["params"]) => Requests[M]["result"];
  } = {
    completion: (doc, p) => completion(doc, p.position, this.settings, this.cache),
    hover: (doc, p) => hover(doc, p.position, this.settings),
    codeActions: (doc, p) => {
      const { previous, findings } = this.findings(doc);
      return codeActions(doc, p.range, findings, this.settings, this.cache, previous);
    },
    inlayHints: (doc, p) => inlayHints(doc, p.range, this.settings, this.findings(doc).findings),
    locate: (doc, p) => locate(doc, p.path),
  };
}

/**
 * Where a click on a path puts the cursor: a cell's or a field's value as written; a row's, group's
 * or section's key (its label), as the VS Code preview does.
 */
function locate(doc: AnalyzedDocument, path: string): Range | null {
  const read = doc.parsed.read;
  const entry = read.sourceMap.get(path);
  if (!entry) return null;
  const kind = describePath(read.form, path)?.kind;
  const r = kind === "cell" || kind === "meta" ? (entry.value ?? entry.key) : (entry.key ?? entry.value);
  return r ? { start: doc.lines.position(r.start), end: doc.lines.position(r.end) } : null;
}
