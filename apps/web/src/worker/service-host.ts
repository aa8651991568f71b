/**
 * The language service as the page's worker hosts it: @nianbao/language-server's
 * createLanguageService, the same service the stdio server and the VS Code web extension host,
 * over a workspace made of the reports kept in the browser (last year's report is found among
 * them). Besides the service: core's tables with the diagnostics marked, as the VS Code preview
 * draws them, and core's work for the page's commands.
 */
import {
  describePath,
  formatForYear,
  nextYearFrom,
  pathAtOffset,
  quotePreviousProblems,
  readReport,
  renderReportHtml,
  renderReportPage,
  reportTemplate,
  reportTitle,
  unreadableParts,
  writeReportYaml,
  type Locale,
  type ReadResult,
  type RenderMark,
} from "@nianbao/core";
import {
  createInMemoryWorkspace,
  createLanguageService,
  type CancellationToken,
  type InMemoryWorkspace,
  type Logger,
  type NianbaoLanguageService,
  type ReportWorkspace,
} from "@nianbao/language-server";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { Diagnostic, Range } from "vscode-languageserver-types";
import type { Published, Requests, StoredFile, Tools } from "../protocol.js";

/** The one folder the stored reports live in: pairing looks for last year's report beside this year's. */
export const REPORTS_FOLDER = "browser:/reports/";

const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "info" } as const;

export class ServiceHost {
  private readonly documents = new Map<string, TextDocument>();
  private readonly files: InMemoryWorkspace;
  private readonly service: NianbaoLanguageService;
  private locale: Locale;
  /** The read of the version last published, for clicks on its tables. */
  private lastRead = new Map<string, { version: number; read: ReadResult }>();

  constructor(locale: Locale, logger: Logger) {
    this.locale = locale;
    this.files = createInMemoryWorkspace({ folders: [REPORTS_FOLDER] });
    const workspace: ReportWorkspace = { ...this.files, getOpenDocument: (uri) => this.documents.get(uri) };
    this.service = createLanguageService({ workspace, locale, settings: { locale }, logger });
  }

  /** Open documents whose diagnostics may have changed because another report did. */
  onDiagnosticsChanged(listener: (uris: readonly string[]) => void): void {
    this.service.onDiagnosticsChanged(listener);
  }

  configure(locale: Locale): void {
    this.locale = locale;
    this.service.configure({ locale });
  }

  /** The reports kept in the browser become the workspace's files, as if written to disk. */
  async setWorkspace(stored: readonly StoredFile[]): Promise<void> {
    const now = new Map(stored.map((f) => [f.uri, f.text]));
    const before = await this.files.listReportFiles(this.service.settings.filePatterns, {
      isCancellationRequested: false,
    });
    for (const uri of before) if (!now.has(uri)) this.files.deleteFile(uri);
    for (const [uri, text] of now) if ((await this.files.readFile(uri)) !== text) this.files.writeFile(uri, text);
    await this.service.indexWorkspace();
  }

  open(uri: string, version: number, text: string): void {
    this.documents.set(uri, TextDocument.create(uri, "nianbao", version, text));
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const doc = this.documents.get(uri);
    if (doc) this.documents.set(uri, TextDocument.update(doc, changes, version));
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    this.lastRead.delete(uri);
    await this.service.documentClosed(uri);
  }

  openUris(): string[] {
    return [...this.documents.keys()];
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** The diagnostics of the current version and the tables with them marked; null when the version moved on meanwhile. */
  async publish(uri: string, token: CancellationToken): Promise<Omit<Published, "took"> | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const diagnostics = await this.service.diagnostics(doc, token);
    if (!diagnostics || this.documents.get(uri) !== doc) return null;
    const read = readReport(doc.getText());
    this.lastRead.set(uri, { version: doc.version, read });
    const html = renderReportHtml(read.report, {
      marks: marksOf(diagnostics, read),
      source: { sourceMap: read.sourceMap, lineIndex: read.lineIndex },
      unreadable: unreadableParts(read),
    });
    return { uri, version: doc.version, diagnostics, html, title: reportTitle(read.report) };
  }

  async request<M extends keyof Requests>(
    method: M,
    params: Requests[M]["params"],
    token: CancellationToken,
  ): Promise<Requests[M]["result"]> {
    const doc = this.documents.get(params.uri);
    if (!doc) return null;
    const p = params as never as Requests[keyof Requests]["params"] & Record<string, never>;
    switch (method) {
      case "completion":
        return this.service.completion(doc, p.position, token);
      case "hover":
        return this.service.hover(doc, p.position, token);
      case "codeActions":
        return this.service.codeActions(doc, p.range, token);
      case "inlayHints":
        return this.service.inlayHints(doc, p.range, token);
      case "locate":
        return this.locate(doc, p.path);
    }
    return null;
  }

  /**
   * Where a click on a path puts the cursor: a cell's or a field's value as written; a row's, group's
   * or section's key (its label), as the VS Code preview does.
   */
  private locate(doc: TextDocument, path: string): Range | null {
    const last = this.lastRead.get(doc.uri);
    const read = last && last.version === doc.version ? last.read : readReport(doc.getText());
    const entry = read.sourceMap.get(path);
    if (!entry) return null;
    const kind = describePath(read.form, path)?.kind;
    const r = kind === "cell" || kind === "meta" ? (entry.value ?? entry.key) : (entry.key ?? entry.value);
    return r ? { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } : null;
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
      const last = readReport(p.text);
      const { report, findings } = nextYearFrom(last, this.locale);
      const errors = findings.filter((f) => f.severity === "error");
      // A carried figure that could not be read would be a guess: nothing is made, as `nianbao new --from`.
      if (errors.length) return { ok: false, count: errors.length, first: errors[0]!.message };
      const yaml = writeReportYaml(report, { header: [reportTitle(report), p.header] });
      return { ok: true, text: quotePreviousProblems(yaml, report, last.report, p.problemsHeading), year: report.year };
    },
    exportHtml: (p) => {
      const read = readReport(p.text);
      return {
        html: renderReportPage(read.report, { unreadable: unreadableParts(read) }),
        title: reportTitle(read.report),
      };
    },
  };
}

/**
 * The service's diagnostics as marks on the tables: the model paths it attached (`data.paths`), else
 * the innermost cell or key at the diagnostic's start, so the tables show what the editor shows.
 */
export function marksOf(diagnostics: readonly Diagnostic[], read: ReadResult): RenderMark[] {
  const marks: RenderMark[] = [];
  for (const d of diagnostics) {
    const data = d.data as { paths?: unknown } | undefined;
    let paths = Array.isArray(data?.paths) ? data.paths.filter((p): p is string => typeof p === "string" && !!p) : [];
    if (!paths.length) {
      const at = pathAtOffset(read.sourceMap, read.lineIndex.offset(d.range.start));
      paths = at ? [at] : [];
    }
    const message = typeof d.message === "string" ? d.message : d.message.value;
    if (paths.length) marks.push({ code: String(d.code ?? ""), severity: SEVERITY[d.severity ?? 1], message, paths });
  }
  return marks;
}
