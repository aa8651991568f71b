import type { LoadedConfig } from "@nianbao/core";
import type { Diagnostic } from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import type {
  CancellationToken,
  ConfigProblemsListener,
  FileChange,
  LanguageServiceInit,
  Logger,
  NianbaoLanguageService,
  ReportDocument,
} from "./api.js";
import { createCache } from "./cache.js";
import { ConfigFiles } from "./config-files.js";
import { codeActions } from "./code-actions.js";
import { completion } from "./completion.js";
import { cachedFindings, diagnostics, DIAGNOSTIC_SOURCE, toLspRange } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";
import { formatting } from "./formatting.js";
import { hover } from "./hover.js";
import { indexFiles } from "./indexing.js";
import { inlayHints } from "./inlay-hints.js";
import { LspLines } from "./lsp-lines.js";
import { withinLimits } from "./limits.js";
import { onTypeFormatting } from "./on-type-formatting.js";
import { Reports } from "./reports.js";
import { patternMatcher, resolveSettings, type Settings } from "./settings.js";
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
  const configs = new ConfigFiles((uri) => workspace.readFile(uri));
  /** A document's settings: the editor's over its nianbao.config.json's (docs/config.md). */
  const settingsFor = (uri: string) => configs.settingsFor(uri, settings);
  const reports = new Reports(workspace, settingsFor, notify);
  const configListeners = new Set<ConfigProblemsListener>();
  /** The read of each config file last published (its findings shown), so that correcting one clears them. */
  const shownConfigs = new Map<string, LoadedConfig>();

  /**
   * Tells the host the findings of each config file read since (CONFIG-INVALID), to show on it and,
   * the first time a config is broken, in a message; and that a corrected or deleted one has none.
   */
  const publishConfigs = (gone: readonly string[] = []) => {
    const send = (uri: string, problems: Diagnostic[], message: string | null) => {
      for (const listener of configListeners)
        try {
          listener(uri, problems, message);
        } catch (err) {
          fail("onConfigProblems", err);
        }
    };
    for (const uri of gone) {
      if (shownConfigs.get(uri)?.findings.length) send(uri, [], null);
      shownConfigs.delete(uri);
    }
    for (const [uri, config] of configs.loaded()) {
      const before = shownConfigs.get(uri);
      // Each read of a config is published once, not on every check of a report under it.
      if (before === config) continue;
      shownConfigs.set(uri, config);
      if (!config.findings.length && !before?.findings.length) continue;
      const lines = new LspLines(config.text);
      const problems = config.findings.map((f): Diagnostic => ({
        range: toLspRange(lines, f.range),
        severity: 1,
        code: f.code,
        source: DIAGNOSTIC_SOURCE,
        message: f.message,
      }));
      const broken = config.findings.length > 0 && !before?.findings.length;
      send(uri, problems, broken ? t("server.configInvalid", settings.locale, { path: config.path }) : null);
    }
  };

  /** The file patterns compiled once per settings: every edit asks whether its document is a report. */
  let matchers: { of: Settings; path: (p: string) => boolean; name: (n: string) => boolean } | null = null;
  const isReport = (uri: string): boolean => {
    if (matchers?.of !== settings)
      matchers = {
        of: settings,
        path: patternMatcher(settings.filePatterns),
        name: patternMatcher(settings.filePatterns.map((p) => p.replace(/^\*\*\//u, ""))),
      };
    const folder = workspace
      .folders()
      .map(asFolder)
      .find((f) => uri.startsWith(f));
    if (folder) return matchers.path(decode(uri.slice(folder.length)));
    // Outside every folder (an untitled document, a file opened alone) only the name can match.
    return matchers.name(decode(uri.slice(uri.lastIndexOf("/") + 1)));
  };

  /** Open documents analysed so far: what a config change must re-check. */
  const openReports = () => reports.openUris().filter((uri) => workspace.getOpenDocument(uri));

  /** The analysis of a document a request is about, when the request is still wanted and the document within limits. */
  const usable = (doc: ReportDocument, token: CancellationToken): AnalyzedDocument | null => {
    if (token.isCancellationRequested) return null;
    const analysed = reports.analysisOf(doc);
    return withinLimits(analysed) ? analysed : null;
  };

  const filesChanged = async (changes: readonly FileChange[]) => {
    const configChanges = changes.filter((c) => ConfigFiles.isConfig(c.uri));
    if (configChanges.length) {
      // A config changed, appeared or went: read them again and re-check every open report with them.
      configs.forget();
      reports.forgetAnalyses();
      publishConfigs(configChanges.filter((c) => c.type === "deleted").map((c) => c.uri));
      notify(openReports());
    }
    const recheck = new Set<string>();
    for (const change of changes) {
      if (ConfigFiles.isConfig(change.uri)) continue;
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
    onConfigProblems(listener) {
      configListeners.add(listener);
      return { dispose: () => void configListeners.delete(listener) };
    },
    isReport,
    costOf: (uri) => reports.costOf(uri),

    async diagnostics(doc, token = NOT_CANCELLED) {
      if (token.isCancellationRequested) return null;
      checking++;
      try {
        await configs.load(doc.uri, settings.locale);
        publishConfigs();
        const got = await reports.withPrevious(doc);
        if (token.isCancellationRequested) return null;
        return diagnostics(got.doc, settingsFor(doc.uri), got.previous, cache, got.likely);
      } finally {
        checking--;
      }
    },
    completion(doc, position, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? completion(analysed, position, settingsFor(doc.uri), cache) : null;
    },
    hover(doc, position, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? hover(analysed, position, settingsFor(doc.uri)) : null;
    },
    async codeActions(doc, range, token = NOT_CANCELLED) {
      if (!usable(doc, token)) return null;
      const got = await reports.withPrevious(doc);
      if (token.isCancellationRequested) return null;
      const own = settingsFor(doc.uri);
      const findings = cachedFindings(cache, got.doc, own, got.previous, got.likely);
      return codeActions(got.doc, range, findings, own, cache, got.previous);
    },
    async inlayHints(doc, range, token = NOT_CANCELLED) {
      if (!usable(doc, token)) return null;
      const got = await reports.withPrevious(doc);
      if (token.isCancellationRequested) return null;
      const own = settingsFor(doc.uri);
      return inlayHints(got.doc, range, own, cachedFindings(cache, got.doc, own, got.previous, got.likely));
    },
    documentSymbols(doc, token = NOT_CANCELLED) {
      const analysed = usable(doc, token);
      return analysed ? documentSymbols(analysed, settingsFor(doc.uri)) : null;
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
      const listed = await workspace.listReportFiles(settings.filePatterns, superseded);
      // The workspace is searched as `nianbao check` searches a folder: each config's include and exclude apply.
      const files: string[] = [];
      for (const uri of listed) {
        if (superseded.isCancellationRequested) break;
        await configs.load(uri, settings.locale);
        if (configs.includes(uri)) files.push(uri);
      }
      publishConfigs();
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
      configListeners.clear();
      watching.dispose();
    },
  };
}
