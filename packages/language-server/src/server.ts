import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { DEFAULT_LIMITS } from "@nianbao/core";
import { t } from "./messages/index.js";
import { createCache } from "./service/cache.js";
import { codeActions } from "./service/code-actions.js";
import { completion } from "./service/completion.js";
import { diagnostics, findingsFor, type PreviousYear } from "./service/diagnostics.js";
import { analyze, type AnalyzedDocument } from "./service/document.js";
import { hover } from "./service/hover.js";
import { inlayHints } from "./service/inlay-hints.js";
import { matchesPatterns, resolveSettings, type Settings } from "./service/settings.js";
import { documentSymbols, foldingRanges } from "./service/symbols.js";
import { dependentsOf, findReport, indexReport, type WorkspaceIndex } from "./service/workspace.js";

/** Folders never searched for reports. */
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", ".turbo"]);
/** Most files one workspace scan looks at, so a home directory opened by mistake cannot stall the server. */
const MAX_SCANNED_FILES = 50_000;

/**
 * Starts the language server on a connection (stdio, node-ipc or socket from argv by default;
 * tests pass one made from streams). The only file that knows the LSP connection.
 */
/** Sends whatever the process prints to the client's log: over stdio, stdout carries only the protocol. */
export function redirectConsole(connection: Connection): void {
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(" "));
  console.info = console.log;
  console.debug = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(" "));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(" "));
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const cache = createCache();
  const analyzed = new Map<string, AnalyzedDocument>();
  const index: WorkspaceIndex = new Map();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: Settings = resolveSettings({});
  let initOptions: unknown = {};
  let editorLocale: string | undefined;
  let folders: string[] = [];
  let canConfigure = false;
  let canWatch = false;
  let canProgress = false;
  let canFolders = false;

  const guard = <A extends unknown[], R>(method: string, fallback: R, fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (err) {
        connection.console.error(t("server.handlerFailed", settings.locale, { method, detail: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
        return fallback;
      }
    };

  const current = (uri: string): AnalyzedDocument | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const hit = analyzed.get(uri);
    if (hit && hit.version === doc.version) return hit;
    const fresh = analyze(uri, doc.version, doc.getText(), settings);
    analyzed.set(uri, fresh);
    const read = fresh.parsed.read;
    index.set(uri, { uri, agency: agencyOf(read.report.agency), year: read.report.year, read });
    return fresh;
  };
  const agencyOf = (a: string | null) => (a ? a.normalize("NFKC").replace(/\s+/g, "") || null : null);

  const previousOf = (doc: AnalyzedDocument): PreviousYear | null => {
    const r = doc.parsed.report;
    const prev = findReport(index, agencyOf(r.agency), r.year === null ? null : r.year - 1, doc.uri);
    return prev ? { uri: prev.uri, read: prev.read } : null;
  };

  const validate = guard("validate", undefined, (uri: string) => {
    const doc = current(uri);
    if (!doc) return;
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics(doc, settings, previousOf(doc)) });
  });

  const schedule = (uri: string) => {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      validate(uri);
      revalidateDependents(uri);
    }, settings.debounceMs));
  };

  const revalidateDependents = (uri: string) => {
    const entry = index.get(uri);
    if (!entry) return;
    for (const dep of dependentsOf(index, entry.agency, entry.year)) if (documents.get(dep) && dep !== uri) validate(dep);
  };

  const isReport = (uri: string) => {
    if (!uri.startsWith("file:")) return matchesPatterns(uri.split("/").pop() ?? "", settings.filePatterns.map((p) => p.replace(/^\*\*\//, "")));
    const path = fileURLToPath(uri);
    const folder = folders.find((f) => path.startsWith(f));
    return matchesPatterns(folder ? relative(folder, path) : path.split(/[\\/]/).pop()!, settings.filePatterns);
  };

  const indexFile = async (path: string) => {
    const uri = pathToFileURL(path).href;
    if (documents.get(uri)) return;
    const info = await stat(path);
    if (!info.isFile() || info.size > DEFAULT_LIMITS.maxLength * 3) return;
    index.set(uri, indexReport(uri, await readFile(path, "utf8")));
  };

  /** Finds every report file of the workspace folders, indexing as it goes, with progress. */
  const scanWorkspace = async () => {
    const progress = canProgress ? await connection.window.createWorkDoneProgress() : null;
    progress?.begin(t("progress.scan", settings.locale), 0, undefined, false);
    const files: string[] = [];
    const walk = async (dir: string, root: string) => {
      if (files.length >= MAX_SCANNED_FILES) return;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(p, root);
        } else if (e.isFile() && matchesPatterns(relative(root, p), settings.filePatterns)) files.push(p);
        if (files.length >= MAX_SCANNED_FILES) return;
      }
    };
    for (const f of folders) await walk(f, f);
    for (let i = 0; i < files.length; i++) {
      try {
        await indexFile(files[i]!);
      } catch {
        // An unreadable file is simply not indexed.
      }
      if (i % 20 === 19) {
        progress?.report(Math.round(((i + 1) / files.length) * 100), t("progress.scanned", settings.locale, { count: i + 1 }));
        // Yield so edits of open documents are served between batches.
        await new Promise((r) => setImmediate(r));
      }
    }
    progress?.done();
    for (const d of documents.all()) validate(d.uri);
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
    analyzed.clear();
    for (const d of documents.all()) validate(d.uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canConfigure = !!caps.workspace?.configuration;
    canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canProgress = !!caps.window?.workDoneProgress;
    canFolders = !!caps.workspace?.workspaceFolders;
    editorLocale = params.locale;
    initOptions = params.initializationOptions ?? {};
    const opts = initOptions as Record<string, unknown>;
    settings = resolveSettings(opts.nianbao ?? opts, editorLocale);
    if (opts.nianbao) initOptions = opts.nianbao;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []).filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [":", " "], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.Source}.recomputeTotals`] },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "nianbao-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(async () => {
    if (canConfigure) await connection.client.register(DidChangeConfigurationNotification.type, { section: "nianbao" });
    if (canWatch) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: settings.filePatterns.map((globPattern) => ({ globPattern })) });
    await refreshSettings();
    if (canFolders)
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const add = e.added.map((f) => f.uri).filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
        folders = folders.filter((f) => !e.removed.some((r) => r.uri.startsWith("file:") && fileURLToPath(r.uri) === f)).concat(add);
        void scanWorkspace().catch((err) => connection.console.error(String(err)));
      });
    void scanWorkspace().catch((err) => connection.console.error(String(err)));
  });

  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (documents.get(change.uri) || !change.uri.startsWith("file:")) continue;
      const before = index.get(change.uri);
      if (change.type === FileChangeType.Deleted) index.delete(change.uri);
      else {
        try {
          await indexFile(fileURLToPath(change.uri));
        } catch {
          index.delete(change.uri);
        }
      }
      const after = index.get(change.uri);
      for (const e of [before, after]) if (e) for (const dep of dependentsOf(index, e.agency, e.year)) if (documents.get(dep)) validate(dep);
    }
  });

  documents.onDidChangeContent((e) => {
    if (isReport(e.document.uri)) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    analyzed.delete(e.document.uri);
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const cancelled = (token: CancellationToken) => token.isCancellationRequested;
  connection.onCompletion(guard("completion", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    return doc ? completion(doc, p.position, settings, cache) : null;
  }));
  connection.onHover(guard("hover", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    return doc ? hover(doc, p.position, settings) : null;
  }));
  connection.onCodeAction(guard("codeAction", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    if (!doc) return null;
    const prev = previousOf(doc);
    return codeActions(doc, p.range, findingsFor(doc, settings, prev), settings, cache, prev);
  }));
  connection.languages.inlayHint.on(guard("inlayHint", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    return doc ? inlayHints(doc, p.range, settings, findingsFor(doc, settings, previousOf(doc))) : null;
  }));
  connection.onDocumentSymbol(guard("documentSymbol", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    return doc ? documentSymbols(doc, settings) : null;
  }));
  connection.onFoldingRanges(guard("foldingRange", null, (p, token) => {
    const doc = cancelled(token) ? null : current(p.textDocument.uri);
    return doc ? foldingRanges(doc) : null;
  }));

  documents.listen(connection);
  connection.listen();
  return connection;
}
