import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CONFIG_FILE_NAME, type LoadedConfig } from "@nianbao/core";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ConfigFiles } from "./config-files.js";
import { t } from "./messages/index.js";
import { Reports } from "./reports.js";
import { createCache } from "./service/cache.js";
import { codeActions } from "./service/code-actions.js";
import { completion, COMPLETION_TRIGGER_CHARACTERS } from "./service/completion.js";
import { cachedFindings, diagnostics, DIAGNOSTIC_SOURCE, toLspRange } from "./service/diagnostics.js";
import { LspLines } from "./service/lsp-lines.js";
import { formatting } from "./service/formatting.js";
import { hover } from "./service/hover.js";
import { inlayHints } from "./service/inlay-hints.js";
import { onTypeFormatting } from "./service/on-type-formatting.js";
import { withinLimits } from "./service/limits.js";
import { patternMatcher, resolveSettings, type Settings } from "./service/settings.js";
import { documentSymbols, foldingRanges } from "./service/symbols.js";
import { findReportFiles, indexFiles } from "./workspace-files.js";

/** A check slower than this delays the next one (see delayOf). A report is checked in about 5 ms. */
const SLOW_CHECK_MS = 50;
const MAX_ADAPTIVE_DELAY_MS = 1_000;

/** Sends whatever the process prints to the client's log: over stdio, stdout carries only the protocol. */
export function redirectConsole(connection: Connection): void {
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(" "));
  console.info = console.log;
  console.debug = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(" "));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(" "));
}

/**
 * Starts the language server on a connection (stdio, node-ipc or socket from argv by default;
 * tests pass one made from streams). The only file that knows the LSP connection.
 */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const cache = createCache();
  /** The pending check of each document, as the function that cancels it. */
  const timers = new Map<string, () => void>();
  let settings: Settings = resolveSettings({});
  const configs = new ConfigFiles();
  /** A document's settings: the editor's over its nianbao.config.json's (docs/config.md). */
  const settingsFor = (uri: string) => configs.settingsFor(uri, settings);
  const reports = new Reports(documents, settingsFor);
  /** The read of each config file last published (its findings shown), so that correcting one clears them. */
  const shownConfigs = new Map<string, LoadedConfig>();
  let initOptions: unknown = {};
  let editorLocale: string | undefined;
  let folders: string[] = [];
  let canConfigure = false;
  let canWatch = false;
  let canProgress = false;
  let canRefreshHints = false;
  let canFolders = false;
  let scanGeneration = 0;
  /**
   * Resolves once the client's settings are read: a document opened before must not be shown
   * with the defaults' severities and language, then again with the user's.
   */
  let settingsKnown!: () => void;
  const settingsRead = new Promise<void>((resolve) => (settingsKnown = resolve));

  const logFailure = (method: string, err: unknown) => {
    try {
      connection.console.error(
        t("server.handlerFailed", settings.locale, {
          method,
          detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
        }),
      );
    } catch {
      // The connection is gone (the client quit mid-scan): there is no one left to tell.
    }
  };
  const guard =
    <A extends unknown[], R>(method: string, fallback: R, fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (err) {
        logFailure(method, err);
        return fallback;
      }
    };
  const guardAsync =
    <A extends unknown[], R>(method: string, fallback: R, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (err) {
        logFailure(method, err);
        return fallback;
      }
    };

  /** Checks under way (the background indexing waits for them). */
  let checking = 0;
  /**
   * Checks an open document and publishes its diagnostics. After an edit (`edited`), the open
   * reports checked against it, as it was before and as it is now, are checked again too.
   */
  const validate = (uri: string, edited = false): void => {
    checking++;
    const before = reports.summary(uri);
    void guardAsync("validate", undefined, async () => {
      await settingsRead;
      const got = await reports.withPrevious(uri);
      if (!got) return;
      connection.sendDiagnostics({
        uri,
        version: got.doc.version,
        diagnostics: diagnostics(got.doc, settingsFor(uri), got.previous, cache, got.likely),
      });
      publishConfigs();
      if (edited) revalidate(reports.openDependents(before, reports.summary(uri)));
    })().finally(() => checking--);
  };

  const revalidate = (uris: readonly string[]) => {
    for (const uri of uris) validate(uri);
  };

  /**
   * A report is checked as soon as it changes, unless the user set a delay. A document whose
   * check is slow (a huge paste: the YAML parser alone may take a second) waits as long as its
   * last check took, so that typing in it coalesces instead of queueing a check per keystroke.
   */
  const delayOf = (uri: string) => {
    const cost = reports.costOf(uri);
    return Math.max(settings.debounceMs, cost >= SLOW_CHECK_MS ? Math.min(cost, MAX_ADAPTIVE_DELAY_MS) : 0);
  };

  const schedule = (uri: string) => {
    timers.get(uri)?.();
    const run = () => {
      timers.delete(uri);
      validate(uri, true);
    };
    const delay = delayOf(uri);
    // Without a delay, right after the messages already received (a timer would add a millisecond).
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      timers.set(uri, () => clearImmediate(immediate));
    }
  };

  /** The file patterns compiled once per settings (every edit asks whether its document is a report). */
  let matchers: { of: Settings; path: (p: string) => boolean; name: (n: string) => boolean } | null = null;
  const isReport = (uri: string) => {
    if (matchers?.of !== settings)
      matchers = {
        of: settings,
        path: patternMatcher(settings.filePatterns),
        name: patternMatcher(settings.filePatterns.map((p) => p.replace(/^\*\*\//, ""))),
      };
    if (!uri.startsWith("file:")) return matchers.name(uri.split("/").pop() ?? "");
    const path = fileURLToPath(uri);
    const folder = folders.find((f) => path.startsWith(f));
    return matchers.path(folder ? relative(folder, path) : path.split(/[\\/]/).pop()!);
  };

  /**
   * Shows the findings of each config file read so far on it (CONFIG-INVALID), and says once in a
   * message that a config is not applied; clears them once it is corrected.
   */
  const publishConfigs = () => {
    for (const [uri, config] of configs.loaded()) {
      const before = shownConfigs.get(uri);
      // Each read of a config is published once, not on every check of a report under it.
      if (before === config) continue;
      shownConfigs.set(uri, config);
      if (!config.findings.length && !before?.findings.length) continue;
      const lines = new LspLines(config.text);
      connection.sendDiagnostics({
        uri,
        diagnostics: config.findings.map((f) => ({
          range: toLspRange(lines, f.range),
          severity: DiagnosticSeverity.Error,
          code: f.code,
          source: DIAGNOSTIC_SOURCE,
          message: f.message,
        })),
      });
      if (config.findings.length && !before?.findings.length)
        // A notification, not a request: nothing waits for the user to dismiss it.
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: t("server.configInvalid", settings.locale, { path: config.path }),
        });
    }
  };

  /** A nianbao.config.json changed, appeared or went: read the configs again, re-check every open report. */
  const configChanged = (gone: readonly string[]) => {
    configs.forget();
    reports.forgetAnalyses();
    for (const uri of gone) {
      if (shownConfigs.get(uri)?.findings.length) connection.sendDiagnostics({ uri, diagnostics: [] });
      shownConfigs.delete(uri);
    }
    for (const d of documents.all()) if (isReport(d.uri)) validate(d.uri);
    void scanWorkspace().catch((err) => logFailure("scan", err));
  };

  /** The file changed, was closed or deleted: re-read it and re-check the open reports paired with it. */
  const refreshFile = async (uri: string, deleted = false) =>
    revalidate(await reports.refreshFile(uri, deleted || !uri.startsWith("file:") || !isReport(uri)));

  /** Finds every report file of the workspace folders and indexes it in the background, with progress. */
  const scanWorkspace = async () => {
    const generation = ++scanGeneration;
    const progress = canProgress ? await connection.window.createWorkDoneProgress() : null;
    progress?.begin(t("progress.scan", settings.locale), 0, undefined, false);
    try {
      // The workspace is searched as `nianbao check` searches a folder: each config's include and exclude apply.
      const files = await findReportFiles(
        folders,
        settings.filePatterns,
        undefined,
        (path) => configs.configAt(path, settings.locale)?.includes(path) ?? true,
      );
      publishConfigs();
      await indexFiles(files, (path) => reports.indexFile(pathToFileURL(path).href), {
        cancelled: () => generation !== scanGeneration,
        busy: () => timers.size > 0 || checking > 0,
        progress: (done, total) =>
          progress?.report(
            Math.round((done / Math.max(total, 1)) * 100),
            t("progress.scanned", settings.locale, { count: done }),
          ),
      });
    } finally {
      progress?.done();
    }
    if (generation === scanGeneration) for (const d of documents.all()) if (isReport(d.uri)) validate(d.uri);
  };

  const refreshSettings = async () => {
    let fromClient: unknown = undefined;
    if (canConfigure) {
      try {
        fromClient = await connection.workspace.getConfiguration("nianbao");
      } catch {
        fromClient = undefined;
      }
    }
    const base = initOptions && typeof initOptions === "object" ? initOptions : {};
    const merged = fromClient && typeof fromClient === "object" ? { ...base, ...fromClient } : base;
    settings = resolveSettings(merged, editorLocale);
    reports.forgetAnalyses();
    for (const d of documents.all()) if (isReport(d.uri)) validate(d.uri);
    // Editors keep the hints they have until asked to fetch them again: turning column labels off would leave them shown.
    if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canConfigure = !!caps.workspace?.configuration;
    canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canProgress = !!caps.window?.workDoneProgress;
    canRefreshHints = !!caps.workspace?.inlayHint?.refreshSupport;
    canFolders = !!caps.workspace?.workspaceFolders;
    editorLocale = params.locale;
    initOptions = params.initializationOptions ?? {};
    const opts = initOptions as Record<string, unknown>;
    settings = resolveSettings(opts.nianbao ?? opts, editorLocale);
    if (opts.nianbao) initOptions = opts.nianbao;
    folders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : [])
      .filter((u) => u.startsWith("file:"))
      .map((u) => fileURLToPath(u));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.Source}.recomputeTotals`] },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        // Enter inside a one-line text turns it into the block form (issue 11 §1).
        documentOnTypeFormattingProvider: { firstTriggerCharacter: "\n" },
        // Format Document / Format Selection: indentation and aligned rows (service/formatting.ts).
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "nianbao-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(
    guardAsync("initialized", undefined, async () => {
      const registered = Promise.all([
        canConfigure
          ? connection.client.register(DidChangeConfigurationNotification.type, { section: "nianbao" })
          : null,
        canWatch
          ? connection.client.register(DidChangeWatchedFilesNotification.type, {
              watchers: [...settings.filePatterns, `**/${CONFIG_FILE_NAME}`].map((globPattern) => ({ globPattern })),
            })
          : null,
      ]);
      try {
        await refreshSettings();
      } finally {
        settingsKnown();
      }
      await registered;
      if (canFolders)
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const add = e.added
            .map((f) => f.uri)
            .filter((u) => u.startsWith("file:"))
            .map((u) => fileURLToPath(u));
          folders = folders
            .filter((f) => !e.removed.some((r) => r.uri.startsWith("file:") && fileURLToPath(r.uri) === f))
            .concat(add);
          void scanWorkspace().catch((err) => logFailure("scan", err));
        });
      void scanWorkspace().catch((err) => logFailure("scan", err));
    }),
  );

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onDidChangeWatchedFiles(
    guardAsync("didChangeWatchedFiles", undefined, async (params) => {
      const configsChanged = params.changes.filter((c) => ConfigFiles.isConfig(c.uri));
      for (const change of params.changes) {
        if (documents.get(change.uri) || !change.uri.startsWith("file:") || ConfigFiles.isConfig(change.uri)) continue;
        await refreshFile(change.uri, change.type === FileChangeType.Deleted);
      }
      if (configsChanged.length)
        configChanged(configsChanged.filter((c) => c.type === FileChangeType.Deleted).map((c) => c.uri));
    }),
  );

  documents.onDidChangeContent((e) => {
    if (isReport(e.document.uri)) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    reports.closed(uri);
    timers.get(uri)?.();
    timers.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] });
    // The editor may have discarded unsaved changes: what counts now is the file on disk.
    void refreshFile(uri).catch((err) => logFailure("didClose", err));
  });

  const cancelled = (token: CancellationToken) => token.isCancellationRequested;
  /** The current version of a document a request is about, when the request is still wanted and the document within limits. */
  const requested = (uri: string, token: CancellationToken) => {
    const doc = cancelled(token) ? null : reports.current(uri);
    return doc && withinLimits(doc) ? doc : null;
  };
  connection.onCompletion(
    guard("completion", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? completion(doc, p.position, settingsFor(doc.uri), cache) : null;
    }),
  );
  connection.onHover(
    guard("hover", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? hover(doc, p.position, settingsFor(doc.uri)) : null;
    }),
  );
  connection.onCodeAction(
    guardAsync("codeAction", null, async (p, token) => {
      if (!requested(p.textDocument.uri, token)) return null;
      const got = await reports.withPrevious(p.textDocument.uri);
      if (!got || cancelled(token)) return null;
      const { doc, previous, likely } = got;
      const own = settingsFor(doc.uri);
      return codeActions(doc, p.range, cachedFindings(cache, doc, own, previous, likely), own, cache, previous);
    }),
  );
  connection.languages.inlayHint.on(
    guardAsync("inlayHint", null, async (p, token) => {
      if (!requested(p.textDocument.uri, token)) return null;
      const got = await reports.withPrevious(p.textDocument.uri);
      if (!got || cancelled(token)) return null;
      const own = settingsFor(got.doc.uri);
      return inlayHints(got.doc, p.range, own, cachedFindings(cache, got.doc, own, got.previous, got.likely));
    }),
  );
  connection.onDocumentSymbol(
    guard("documentSymbol", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? documentSymbols(doc, settingsFor(doc.uri)) : null;
    }),
  );
  connection.onFoldingRanges(
    guard("foldingRange", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? foldingRanges(doc) : null;
    }),
  );
  connection.onDocumentFormatting(
    guard("formatting", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? formatting(doc) : null;
    }),
  );
  connection.onDocumentRangeFormatting(
    guard("rangeFormatting", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? formatting(doc, p.range) : null;
    }),
  );

  connection.onDocumentOnTypeFormatting(
    guard("onTypeFormatting", null, (p, token) => {
      const doc = requested(p.textDocument.uri, token);
      return doc ? onTypeFormatting(doc, p.position, p.ch) : null;
    }),
  );

  documents.listen(connection);
  connection.listen();
  return connection;
}
