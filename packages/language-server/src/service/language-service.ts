import { t } from "../messages/index.js";
import type {
  CancellationToken,
  FileChange,
  LanguageServiceInit,
  Logger,
  NianbaoLanguageService,
  ReportDocument,
} from "./api.js";
import { createCache } from "./cache.js";
import { codeActions } from "./code-actions.js";
import { completion } from "./completion.js";
import { cachedFindings, diagnostics } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";
import { formatting } from "./formatting.js";
import { hover } from "./hover.js";
import { indexFiles } from "./indexing.js";
import { inlayHints } from "./inlay-hints.js";
import { withinLimits } from "./limits.js";
import { onTypeFormatting } from "./on-type-formatting.js";
import { Reports } from "./reports.js";
import { matchesPatterns, resolveSettings } from "./settings.js";
import { documentSymbols, foldingRanges } from "./symbols.js";

const NOT_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });
const SILENT: Logger = { error: () => {}, warn: () => {}, info: () => {} };

/** A folder URI with its trailing slash, so `…/a` does not claim `…/ab/x.nianbao.yaml`. */
const asFolder = (uri: string) => (uri.endsWith("/") ? uri : `${uri}/`);
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The language service (docs/api.md): every editor feature for `*.nianbao.yaml`, its I/O passed in
 * through `workspace`, so that the stdio server, a web worker and tests host the same code. It
 * imports nothing from Node.
 */
export function createLanguageService(init: LanguageServiceInit): NianbaoLanguageService {
  const { workspace } = init;
  const logger = init.logger ?? SILENT;
  const editorLocale = init.locale ?? null;
  let settings = resolveSettings(init.settings ?? {}, editorLocale);
  const cache = createCache();
  const listeners = new Set<(uris: readonly string[]) => void>();
  let scanGeneration = 0;
  /** Diagnostics under way: the background indexing waits for them. */
  let checking = 0;

  const fail = (method: string, err: unknown) =>
    logger.error(
      t("server.handlerFailed", settings.locale, {
        method,
        detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
    );
  const notify = (uris: readonly string[]) => {
    for (const listener of listeners)
      try {
        listener(uris);
      } catch (err) {
        fail("onDiagnosticsChanged", err);
      }
  };
  const reports = new Reports(workspace, () => settings, notify);

  const isReport = (uri: string): boolean => {
    const folder = workspace
      .folders()
      .map(asFolder)
      .find((f) => uri.startsWith(f));
    if (folder) return matchesPatterns(decode(uri.slice(folder.length)), settings.filePatterns);
    // Outside every folder (an untitled document, a file opened alone) only the name can match.
    const name = decode(uri.slice(uri.lastIndexOf("/") + 1));
    return matchesPatterns(
      name,
      settings.filePatterns.map((p) => p.replace(/^\*\*\//u, "")),
    );
  };

  /** The analysis of a document a request is about, when the request is still wanted and the document within limits. */
  const usable = (doc: ReportDocument, token: CancellationToken): AnalyzedDocument | null => {
    if (token.isCancellationRequested) return null;
    const analysed = reports.analysisOf(doc);
    return withinLimits(analysed) ? analysed : null;
  };

  const filesChanged = async (changes: readonly FileChange[]) => {
    const recheck = new Set<string>();
    for (const change of changes) {
      // An open document's editor copy is what counts: its file on disk is read when it closes.
      if (workspace.getOpenDocument(change.uri)) continue;
      try {
        const gone = change.type === "deleted" || !isReport(change.uri);
        for (const uri of await reports.refreshFile(change.uri, gone)) recheck.add(uri);
      } catch (err) {
        fail("didChangeWatchedFiles", err);
      }
    }
    if (recheck.size) notify([...recheck]);
  };
  const watching = workspace.onDidChangeFiles((changes) => void filesChanged(changes));

  return {
    get settings() {
      return settings;
    },
    configure(raw) {
      settings = resolveSettings(raw, editorLocale);
      reports.forgetAnalyses();
    },
    isReport,
    costOf: (uri) => reports.costOf(uri),

    async diagnostics(doc, token = NOT_CANCELLED) {
      if (token.isCancellationRequested) return null;
      checking++;
      try {
        const got = await reports.withPrevious(doc);
        if (token.isCancellationRequested) return null;
        return diagnostics(got.doc, settings, got.previous, cache, got.likely);
      } finally {
        checking--;
      }
    },
    completion(doc, position, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? completion(analysed, position, settings, cache) : null;
    },
    hover(doc, position, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? hover(analysed, position, settings) : null;
    },
    async codeActions(doc, range, token = NOT_CANCELLED) {
      if (!usable(doc, token)) return null;
      const got = await reports.withPrevious(doc);
      if (token.isCancellationRequested) return null;
      const findings = cachedFindings(cache, got.doc, settings, got.previous, got.likely);
      return codeActions(got.doc, range, findings, settings, cache, got.previous);
    },
    async inlayHints(doc, range, token = NOT_CANCELLED) {
      if (!usable(doc, token)) return null;
      const got = await reports.withPrevious(doc);
      if (token.isCancellationRequested) return null;
      return inlayHints(got.doc, range, settings, cachedFindings(cache, got.doc, settings, got.previous, got.likely));
    },
    documentSymbols(doc, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? documentSymbols(analysed, settings) : null;
    },
    foldingRanges(doc, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? foldingRanges(analysed) : null;
    },
    formatting(doc, range, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? formatting(analysed, range) : null;
    },
    onTypeFormatting(doc, position, ch, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? onTypeFormatting(analysed, position, ch) : null;
    },

    async indexWorkspace(options = {}) {
      const generation = ++scanGeneration;
      const token = options.token ?? NOT_CANCELLED;
      const superseded = {
        get isCancellationRequested() {
          return generation !== scanGeneration || token.isCancellationRequested;
        },
      };
      const files = await workspace.listReportFiles(settings.filePatterns, superseded);
      await indexFiles(files, (uri) => reports.indexFile(uri), {
        cancelled: () => superseded.isCancellationRequested,
        busy: () => checking > 0 || (options.busy?.() ?? false),
        progress: (done, total) => options.progress?.(done, total),
      });
      return !superseded.isCancellationRequested;
    },
    async documentClosed(uri) {
      reports.closed(uri);
      const recheck = await reports.refreshFile(uri, !isReport(uri));
      if (recheck.length) notify(recheck);
    },
    onDiagnosticsChanged(listener) {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    dispose() {
      // A superseded generation stops any indexing under way.
      scanGeneration++;
      listeners.clear();
      watching.dispose();
    },
  };
}
