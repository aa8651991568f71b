import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, inject, it } from "vitest";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from "vscode-jsonrpc/node";
import { npmEnv, runOk } from "./support/packed.js";

/**
 * The language server as another editor (Neovim, Helix, Emacs…) starts it from a project that ran
 * `npm install @nianbao/language-server`: the `nianbao-language-server --stdio` bin, and the
 * package's `./server` entry for integrations that start it themselves. Each is spoken to over
 * LSP: initialize, open a report, receive its diagnostics, shut down.
 */

const { project, tarballs } = inject("packed");
const version = tarballs.find((t) => t.name === "@nianbao/language-server")!.version;
const installed = realpathSync(join(project, "node_modules", "@nianbao", "language-server"));
const reportUri = pathToFileURL(join(project, "report.nianbao.yaml")).href;
const reportText = readFileSync(join(project, "report.nianbao.yaml"), "utf8");

interface Diagnostic {
  code?: string | number;
  severity?: number;
  range: { start: { line: number; character: number } };
}

let server: ChildProcessWithoutNullStreams | undefined;
let connection: MessageConnection | undefined;
afterEach(() => {
  connection?.dispose();
  server?.kill();
  server = connection = undefined;
});

function start(
  command: string,
  args: readonly string[],
): { connection: MessageConnection; exited: Promise<number | null> } {
  server = spawn(command, [...args, "--stdio"], { cwd: project, env: npmEnv() });
  const exited = new Promise<number | null>((resolve) => server!.on("exit", (code) => resolve(code)));
  connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.listen();
  return { connection, exited };
}

/** initialize → didOpen → the report's diagnostics → shutdown → exit. */
async function session(command: string, args: readonly string[]) {
  const { connection, exited } = start(command, args);
  const diagnostics = new Promise<Diagnostic[]>((resolve) =>
    connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => {
      if (p.uri === reportUri) resolve(p.diagnostics);
    }),
  );
  // Requests the server may send during start-up (configuration, capability registration) get empty answers.
  connection.onRequest(() => null);
  const init = (await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(project).href,
    capabilities: {},
    workspaceFolders: null,
  })) as { capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } };
  await connection.sendNotification("initialized", {});
  await connection.sendNotification("textDocument/didOpen", {
    textDocument: { uri: reportUri, languageId: "nianbao", version: 1, text: reportText },
  });
  const found = await diagnostics;
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  return { init, found, exitCode: await exited };
}

function expectWorkingServer(result: Awaited<ReturnType<typeof session>>) {
  expect(result.init.capabilities).toMatchObject({
    hoverProvider: true,
    completionProvider: expect.any(Object),
    codeActionProvider: expect.anything(),
  });
  const rowsum = result.found.find((d) => d.code === "T4-ROWSUM");
  expect(rowsum).toMatchObject({ severity: 1 });
  expect(reportText.split("\n")[rowsum!.range.start.line]).toMatch(/^ {2}行政复议: \[1, 0, 0, 0, 0\]/u);
  expect(result.exitCode).toBe(0);
}

describe("nianbao-language-server in the installed project", () => {
  const bin = join(project, "node_modules", ".bin", "nianbao-language-server");

  it("is the installed package's bundled bin, printing the packed version", () => {
    expect(realpathSync(bin)).toBe(join(installed, "dist", "bin.cjs"));
    expect(runOk(bin, ["--version"], { cwd: project }).trim()).toBe(version);
  });

  it("answers initialize over --stdio and publishes the report's diagnostics", async () => {
    expectWorkingServer(await session(bin, []));
  }, 60_000);
});

describe("@nianbao/language-server/server in the installed project", () => {
  it("starts the same server from a program of the project's own", async () => {
    expectWorkingServer(await session(process.execPath, ["ls-server.mjs"]));
  }, 60_000);
});
