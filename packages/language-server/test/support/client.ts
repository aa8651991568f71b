import { PassThrough } from "node:stream";
import { spawn, type ChildProcess } from "node:child_process";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  ConfigurationRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { startLanguageServer } from "../../src/lsp/host.js";
import type { FileAccess } from "../../src/lsp/lsp-workspace.js";
import { startServer } from "../../src/server.js";

export interface TestClient {
  readonly connection: ProtocolConnection;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  readonly configurationRequests: number;
  dispose(): void;
}

function wire(connection: ProtocolConnection, settings: Record<string, unknown>, onDispose: () => void): TestClient {
  const waiting: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  let configurationRequests = 0;
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    for (const w of [...waiting])
      if (w.uri === p.uri && w.accept(p)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(p);
      }
  });
  connection.onRequest(ConfigurationRequest.type, (p) => {
    configurationRequests++;
    return p.items.map(() => settings);
  });
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
  connection.listen();
  return {
    connection,
    get configurationRequests() {
      return configurationRequests;
    },
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
        waiting.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    dispose() {
      connection.dispose();
      onDispose();
    },
  };
}

/**
 * A server and a client joined by in-process streams: the stdio server (files on the disk), or the
 * platform-neutral host with the files `files` gives, as a web worker runs it.
 */
export function inProcess(settings: Record<string, unknown> = {}, files?: FileAccess): TestClient {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down));
  if (files) startLanguageServer(server, files);
  else startServer(server);
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  return wire(client, settings, () => server.dispose());
}

/** The bundled bin, spawned over stdio as an editor would. */
export function spawned(
  bin: string,
  settings: Record<string, unknown> = {},
): TestClient & { process: ChildProcess; stderr: () => string } {
  const p = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  p.stderr!.on("data", (d) => (err += d));
  const client = createProtocolConnection(new StreamMessageReader(p.stdout!), new StreamMessageWriter(p.stdin!));
  const c = wire(client, settings, () => p.kill());
  return Object.assign(c, { process: p, stderr: () => err });
}

export async function initialize(c: TestClient, rootUri: string | null, extra: Record<string, unknown> = {}) {
  const result = await c.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: "ws" }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
    locale: "zh-cn",
    ...extra,
  });
  await c.connection.sendNotification(InitializedNotification.type, {});
  return result;
}
