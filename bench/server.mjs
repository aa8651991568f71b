// Language-server benchmark: nianbao-language-server against yaml-language-server validating the
// same report with the JSON Schema exported by core, in the same run on the same machine.
// Figures: spawn → first diagnostics, edit → diagnostics p50/p95 over 200 edits, completion and
// hover p50/p95, peak memory (VmHWM). Run after `npm run build` (npm run bench does both).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidChangeConfigurationNotification,
  CompletionRequest,
  HoverRequest,
  ConfigurationRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  ShutdownRequest,
  ExitNotification,
} from "vscode-languageserver-protocol/node";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const examplePath = process.env.BENCH_FILE ?? `${root}examples/jiangsu-suqian-city-2024.nianbao.yaml`;
const schemaUri = pathToFileURL(`${root}schemas/nianbao-2021.schema.json`).href;
const baseText = readFileSync(examplePath, "utf8");

const servers = [
  { name: "nianbao-language-server", cmd: [process.execPath, `${root}packages/language-server/dist/bin.cjs`, "--stdio"], text: baseText },
  {
    name: "yaml-language-server",
    cmd: [process.execPath, require.resolve("yaml-language-server/bin/yaml-language-server"), "--stdio"],
    // The modeline makes yaml-language-server validate against core's schema whatever its settings.
    text: `# yaml-language-server: $schema=${schemaUri}\n${baseText}`,
  },
];

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

function peakRssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function measure(server) {
  const uri = pathToFileURL(`${root}bench/results/bench.nianbao.yaml`).href;
  const yamlSettings = { yaml: { validate: true, hover: true, completion: true, schemas: { [schemaUri]: ["*.nianbao.yaml"] } }, nianbao: {} };
  const t0 = performance.now();
  const proc = spawn(server.cmd[0], server.cmd.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  let waiter = null;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== uri || !waiter) return;
    if (waiter.version !== undefined && p.version !== undefined && p.version !== waiter.version) return;
    const w = waiter;
    waiter = null;
    w.resolve(p);
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => yamlSettings[i.section] ?? yamlSettings.yaml));
  conn.onRequest(RegistrationRequest.type, () => null);
  conn.onRequest(WorkDoneProgressCreateRequest.type, () => null);
  conn.listen();
  const next = (version) => new Promise((resolve) => (waiter = { version, resolve }));

  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true } } } },
    locale: "zh-cn",
  });
  await conn.sendNotification(InitializedNotification.type, {});
  await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: yamlSettings });
  const first = next(1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version: 1, text: server.text } });
  const firstDiagnostics = await first;
  const spawnToFirst = performance.now() - t0;

  // Edits: rewrite one number cell (行政许可) each time, as an author typing in the table would.
  const lines = server.text.split("\n");
  const editLine = lines.findIndex((l) => /^\s+行政许可:/.test(l));
  const editTimes = [];
  let text = server.text;
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const newLine = lines[editLine].replace(/行政许可:\s*[^#\s]+/, `行政许可: ${1000 + i}`);
    lines[editLine] = newLine;
    text = lines.join("\n");
    const got = next(version);
    const s = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 10_000 } }, text: newLine }],
    });
    await got;
    editTimes.push(performance.now() - s);
  }
  const position = { line: editLine, character: 3 };
  const completionTimes = [];
  const hoverTimes = [];
  let completionItems = 0;
  let hoverOk = false;
  for (let i = 0; i < REQUESTS; i++) {
    let s = performance.now();
    const c = await conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    completionTimes.push(performance.now() - s);
    completionItems = Array.isArray(c) ? c.length : (c?.items?.length ?? 0);
    s = performance.now();
    const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hoverTimes.push(performance.now() - s);
    hoverOk = !!h;
  }
  const peak = peakRssMiB(proc.pid);
  await conn.sendRequest(ShutdownRequest.type).catch(() => {});
  await conn.sendNotification(ExitNotification.type).catch(() => {});
  conn.dispose();
  proc.kill();
  return {
    server: server.name,
    firstDiagnostics: firstDiagnostics.diagnostics.length,
    spawnToFirstMs: spawnToFirst,
    editP50Ms: quantile(editTimes, 0.5),
    editP95Ms: quantile(editTimes, 0.95),
    completionP50Ms: quantile(completionTimes, 0.5),
    completionP95Ms: quantile(completionTimes, 0.95),
    completionItems,
    hoverP50Ms: quantile(hoverTimes, 0.5),
    hoverP95Ms: quantile(hoverTimes, 0.95),
    hoverAnswered: hoverOk,
    peakRssMiB: peak,
  };
}

mkdirSync(`${root}bench/results`, { recursive: true });
const results = [];
for (const s of servers) results.push(await measure(s));
const [ours, theirs] = results;
console.log(`\nLanguage servers on ${examplePath.replace(root, "")} (${baseText.length} chars), ${EDITS} edits, ${REQUESTS} requests each`);
const rows = [
  ["spawn → first diagnostics", "spawnToFirstMs"],
  ["edit → diagnostics p50", "editP50Ms"],
  ["edit → diagnostics p95", "editP95Ms"],
  ["completion p50", "completionP50Ms"],
  ["completion p95", "completionP95Ms"],
  ["hover p50", "hoverP50Ms"],
  ["hover p95", "hoverP95Ms"],
];
console.log(`${"".padEnd(28)}${ours.server.padEnd(28)}${theirs.server.padEnd(28)}ratio`);
for (const [label, key] of rows) console.log(`${label.padEnd(28)}${ms(ours[key]).padEnd(28)}${ms(theirs[key]).padEnd(28)}${(ours[key] / theirs[key]).toFixed(2)}`);
console.log(`${"peak RSS".padEnd(28)}${`${ours.peakRssMiB.toFixed(1)} MiB`.padEnd(28)}${`${theirs.peakRssMiB.toFixed(1)} MiB`.padEnd(28)}${(ours.peakRssMiB / theirs.peakRssMiB).toFixed(2)}`);
console.log(`${"first diagnostics (count)".padEnd(28)}${String(ours.firstDiagnostics).padEnd(28)}${String(theirs.firstDiagnostics).padEnd(28)}`);
console.log(`ratio edit→diagnostics p95 nianbao / yaml-language-server: ${(ours.editP95Ms / theirs.editP95Ms).toFixed(3)}`);
writeFileSync(`${root}bench/results/server.json`, JSON.stringify(results, null, 2));
