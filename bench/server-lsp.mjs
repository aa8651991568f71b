// A minimal LSP client for the language-server benchmark: spawns a server over stdio, answers the
// requests servers make of their client, and waits for diagnostics by document and version.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from "vscode-languageserver-protocol/node";

export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const median = (xs) => quantile(xs, 0.5);

/** Memory of a process from /proc (Linux): current and peak resident set, in MiB. */
export function memoryMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

/**
 * Spawns `cmd` and initializes it. `settings` answers workspace/configuration by section;
 * `rootUri` opens a workspace folder. Resolves once `initialized` is sent, with the time it took.
 */
export async function startLsp({ cmd, settings = {}, rootUri = null, progress = false }) {
  const t0 = performance.now();
  const proc = spawn(cmd[0], cmd.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  /** The versions each document has been diagnosed at, and who waits for which. */
  const diagnosed = new Map();
  const waiters = [];
  const progressEvents = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const seen = diagnosed.get(p.uri) ?? { version: -1, count: 0, at: 0 };
    diagnosed.set(p.uri, {
      version: p.version ?? seen.version + 1,
      count: p.diagnostics.length,
      at: performance.now(),
    });
    for (const w of [...waiters])
      if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version >= w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
  });
  conn.onNotification("$/progress", (p) =>
    progressEvents.push({ at: performance.now(), kind: p.value.kind, percentage: p.value.percentage }),
  );
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => settings[i.section] ?? settings.yaml ?? {}));
  conn.onRequest(RegistrationRequest.type, () => null);
  conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: "bench" }] : null,
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      window: { workDoneProgress: progress },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
      },
    },
    locale: "zh-cn",
  });
  await conn.sendNotification(InitializedNotification.type, {});
  await conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
  return {
    proc,
    conn,
    startedAt: t0,
    progressEvents,
    /** Resolves with the first diagnostics of `uri` at `version` or later (any version when omitted). */
    diagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    memory: () => memoryMiB(proc.pid),
    async stop() {
      await conn.sendRequest(ShutdownRequest.type).catch(() => {});
      await conn.sendNotification(ExitNotification.type).catch(() => {});
      conn.dispose();
      proc.kill();
    },
  };
}
