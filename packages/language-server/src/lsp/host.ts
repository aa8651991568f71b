import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { t } from "../messages/index.js";
import type { FileChange, NianbaoLanguageService } from "../service/api.js";
import { COMPLETION_TRIGGER_CHARACTERS } from "../service/completion.js";
import { createLanguageService } from "../service/language-service.js";
import { createGuards } from "./guards.js";
import { createLspWorkspace, type FileAccess } from "./lsp-workspace.js";
import { serveRequests } from "./requests.js";

/** A check slower than this delays the next one (see delayOf). A report is checked in about 5 ms. */
const SLOW_CHECK_MS = 50;
const MAX_ADAPTIVE_DELAY_MS = 1_000;

const CHANGE_TYPES: Record<number, FileChange["type"]> = {
  [FileChangeType.Created]: "created",
  [FileChangeType.Changed]: "changed",
  [FileChangeType.Deleted]: "deleted",
};

/**
 * Runs `run` right after the messages already received: Node's setImmediate; a web worker has
 * none, and a zero timeout is the nearest it offers. Returns the function that cancels it.
 */
function soon(run: () => void): () => void {
  if (typeof setImmediate === "function") {
    const immediate = setImmediate(run);
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/**
 * Serves the language service over an LSP connection: documents, settings, folders, file watching,
 * progress and the timing of checks. Platform-neutral: the stdio server (server.ts) passes a Node
 * connection and the disk, a web worker its browser connection and a FileAccess of its own.
 */
export function startLanguageServer(connection: Connection, files: FileAccess): Connection {
  const documents = new TextDocuments(TextDocument);
  const workspace = createLspWorkspace(documents, files);
  /** Made at `initialize`, when the editor's locale and settings are known. */
  let service: NianbaoLanguageService | null = null;
  /** The pending check of each document, as the function that cancels it. */
  const timers = new Map<string, () => void>();
  let initOptions: unknown = {};
  let canConfigure = false;
  let canWatch = false;
  let canProgress = false;
  let canRefreshHints = false;
  let canFolders = false;
  /**
   * Resolves once the client's settings are read: a document opened before must not be shown
   * with the defaults' severities and language, then again with the user's.
   */
  let settingsKnown!: () => void;
  const settingsRead = new Promise<void>((resolve) => (settingsKnown = resolve));

  const locale = () => service?.settings.locale ?? "zh-CN";
  const guards = createGuards(connection, locale);
  const { logFailure, guard, guardAsync, logger } = guards;

  /** Checks an open document and publishes its diagnostics, unless it changed or closed meanwhile (its newer version has its own check). */
  const validate = (uri: string): void =>
    void guardAsync("validate", undefined, async () => {
      await settingsRead;
      const doc = documents.get(uri);
      if (!doc || !service) return;
      // TextDocuments updates its documents in place: the version checked is the one read now.
      const version = doc.version;
      const diagnostics = await service.diagnostics(doc);
      if (diagnostics && documents.get(uri)?.version === version)
        await connection.sendDiagnostics({ uri, version, diagnostics });
    })();

  const revalidate = (uris: readonly string[]) => {
    for (const uri of uris) validate(uri);
  };

  /**
   * A report is checked as soon as it changes, unless the user set a delay. A document whose
   * check is slow (a huge paste: the YAML parser alone may take a second) waits as long as its
   * last check took, so that typing in it coalesces instead of queueing a check per keystroke.
   */
  const delayOf = (uri: string) => {
    const cost = service?.costOf(uri) ?? 0;
    const debounce = service?.settings.debounceMs ?? 0;
    return Math.max(debounce, cost >= SLOW_CHECK_MS ? Math.min(cost, MAX_ADAPTIVE_DELAY_MS) : 0);
  };

  const schedule = (uri: string) => {
    timers.get(uri)?.();
    const run = () => {
      timers.delete(uri);
      validate(uri);
    };
    const delay = delayOf(uri);
    // Without a delay, right after the messages already received (a timer would add a millisecond).
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      timers.set(uri, () => clearTimeout(timer));
    } else timers.set(uri, soon(run));
  };

  const isReport = (uri: string) => service?.isReport(uri) ?? false;

  /** Finds every report file of the workspace folders and indexes it in the background, with progress. */
  const scanWorkspace = async () => {
    if (!service) return;
    const progress = canProgress ? await connection.window.createWorkDoneProgress() : null;
    progress?.begin(t("progress.scan", locale()), 0, undefined, false);
    let completed: boolean;
    try {
      completed = await service.indexWorkspace({
        busy: () => timers.size > 0,
        progress: (done, total) =>
          progress?.report(
            Math.round((done / Math.max(total, 1)) * 100),
            t("progress.scanned", locale(), { count: done }),
          ),
      });
    } finally {
      progress?.done();
    }
    if (completed) for (const d of documents.all()) if (isReport(d.uri)) validate(d.uri);
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
    service?.configure(fromClient && typeof fromClient === "object" ? { ...base, ...fromClient } : base);
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
    initOptions = params.initializationOptions ?? {};
    const opts = initOptions as Record<string, unknown>;
    if (opts.nianbao) initOptions = opts.nianbao;
    workspace.setFolders(
      (params.workspaceFolders ?? [])
        .map((f) => f.uri)
        .concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []),
    );
    service?.dispose();
    service = createLanguageService({ workspace, locale: params.locale, settings: initOptions, logger });
    service.onDiagnosticsChanged(revalidate);
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
        canWatch && service
          ? connection.client.register(DidChangeWatchedFilesNotification.type, {
              watchers: service.settings.filePatterns.map((globPattern) => ({ globPattern })),
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
          const removed = new Set(e.removed.map((f) => f.uri));
          workspace.setFolders(
            workspace
              .folders()
              .filter((f) => !removed.has(f))
              .concat(e.added.map((f) => f.uri)),
          );
          void scanWorkspace().catch((err) => logFailure("scan", err));
        });
      void scanWorkspace().catch((err) => logFailure("scan", err));
    }),
  );

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onDidChangeWatchedFiles(
    guard("didChangeWatchedFiles", undefined, (params) =>
      workspace.filesChanged(params.changes.map((c) => ({ uri: c.uri, type: CHANGE_TYPES[c.type] ?? "changed" }))),
    ),
  );

  documents.onDidChangeContent((e) => {
    if (isReport(e.document.uri)) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    timers.get(uri)?.();
    timers.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    // The editor may have discarded unsaved changes: what counts now is the file on disk.
    void service?.documentClosed(uri).catch((err) => logFailure("didClose", err));
  });

  serveRequests(connection, documents, () => service, guards);
  connection.onShutdown(() => service?.dispose());

  documents.listen(connection);
  connection.listen();
  return connection;
}
