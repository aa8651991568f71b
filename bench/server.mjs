// Language-server benchmark: nianbao-language-server against yaml-language-server validating the
// same report with the JSON Schema exported by core, in the same run on the same machine, and
// against the floor of parsing the report's YAML (`yaml` parseDocument, same text, same run).
//
// Figures, for each server: spawn → first diagnostics; edit → diagnostics p50/p95 over 200 edits;
// completion and hover p50/p95; memory with one open document and with many (and how fast they
// are all diagnosed). For nianbao alone: a workspace of 2,000 generated reports indexed in the
// background (time, progress, memory) while the open document is edited (edit → diagnostics
// during indexing). Targets (issue 6) are printed beside each figure.
//
// Run after `npm run build` (npm run bench does both). Environment: BENCH_EDITS, BENCH_REQUESTS,
// BENCH_DOCS (open documents, default 1000), BENCH_WORKSPACE (reports, default 2000), BENCH_FILE.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseDocument } from "yaml";
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
} from "vscode-languageserver-protocol/node";
import { median, quantile, startLsp } from "./server-lsp.mjs";
import { generateWorkspace } from "./server-workspace.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const WORKSPACE = Number(process.env.BENCH_WORKSPACE ?? 2000);
const examplePath = process.env.BENCH_FILE ?? `${root}examples/jiangsu-suqian-city-2024.nianbao.yaml`;
const schemaUri = pathToFileURL(`${root}schemas/nianbao-2021.schema.json`).href;
const baseText = readFileSync(examplePath, "utf8");
const ourBin = `${root}packages/language-server/dist/bin.cjs`;

const servers = [
  { name: "nianbao-language-server", cmd: [process.execPath, ourBin, "--stdio"], text: baseText },
  {
    name: "yaml-language-server",
    cmd: [process.execPath, require.resolve("yaml-language-server/bin/yaml-language-server"), "--stdio"],
    // The modeline makes yaml-language-server validate against core's schema whatever its settings.
    text: `# yaml-language-server: $schema=${schemaUri}\n${baseText}`,
  },
];
const settings = {
  yaml: { validate: true, hover: true, completion: true, schemas: { [schemaUri]: ["*.nianbao.yaml"] } },
  nianbao: {},
};

const open = (lsp, uri, text, version = 1) =>
  lsp.conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version, text },
  });

/** Rewrites one number cell (行政许可) per edit, as an author typing in table 二 would; returns each edit's time to its diagnostics. */
async function editLoop(lsp, uri, text, count, { from = 2, pauseMs = 0, until = () => false } = {}) {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => /^\s+行政许可:/.test(l));
  const times = [];
  for (let i = 0; i < count && !until(); i++) {
    const version = from + i;
    lines[line] = lines[line].replace(/行政许可:\s*[^#\s,}]+/, `行政许可: ${1000 + version}`);
    const got = lsp.diagnostics(uri, version);
    const s = performance.now();
    await lsp.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [
        { range: { start: { line, character: 0 }, end: { line, character: 10_000 } }, text: lines[line] },
      ],
    });
    await got;
    times.push(performance.now() - s);
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  }
  return { times, line };
}

async function measure(server) {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
  const uri = pathToFileURL(join(dir, "bench.nianbao.yaml")).href;
  const lsp = await startLsp({ cmd: server.cmd, settings });
  const first = lsp.diagnostics(uri, 1);
  await open(lsp, uri, server.text);
  const firstDiagnostics = await first;
  const spawnToFirst = performance.now() - lsp.startedAt;
  const oneDocument = lsp.memory().rss;

  const { times: editTimes, line } = await editLoop(lsp, uri, server.text, EDITS);
  const position = { line, character: 3 };
  const completionTimes = [];
  const hoverTimes = [];
  let completionItems = 0;
  let hoverOk = false;
  for (let i = 0; i < REQUESTS; i++) {
    let s = performance.now();
    const c = await lsp.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    completionTimes.push(performance.now() - s);
    completionItems = Array.isArray(c) ? c.length : (c?.items?.length ?? 0);
    s = performance.now();
    const h = await lsp.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hoverTimes.push(performance.now() - s);
    hoverOk = !!h;
  }
  const afterRequests = lsp.memory();

  // Many open documents: how fast they are all diagnosed, and what each costs in memory.
  const s = performance.now();
  const all = [];
  for (let i = 0; i < DOCS; i++) {
    const u = pathToFileURL(join(dir, `open-${i}.nianbao.yaml`)).href;
    all.push(lsp.diagnostics(u, 1));
    await open(lsp, u, server.text);
  }
  await Promise.all(all);
  const manyMs = performance.now() - s;
  await new Promise((r) => setTimeout(r, 500));
  const many = lsp.memory();
  await lsp.stop();
  rmSync(dir, { recursive: true, force: true });
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
    rssOneDocumentMiB: oneDocument,
    peakRssMiB: afterRequests.peak,
    openDocuments: DOCS + 1,
    manyDiagnosedMs: manyMs,
    rssManyDocumentsMiB: many.rss,
    perDocumentMiB: (many.rss - oneDocument) / DOCS,
  };
}

/** nianbao only: a workspace of generated reports indexed in the background while one of them is edited. */
async function measureWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-ws-"));
  const t = performance.now();
  const paths = generateWorkspace(dir, WORKSPACE, { seed: 1, examplesDir: `${root}examples` });
  const generateMs = performance.now() - t;
  const lsp = await startLsp({ cmd: servers[0].cmd, settings, rootUri: pathToFileURL(dir).href, progress: true });
  const initializedAt = performance.now();
  // The second file: its agency's previous year is the first, found by the scan.
  const uri = pathToFileURL(paths[1]).href;
  const text = readFileSync(paths[1], "utf8");
  const first = lsp.diagnostics(uri, 1);
  await open(lsp, uri, text);
  await first;
  const ended = () => lsp.progressEvents.some((e) => e.kind === "end");
  const { times } = await editLoop(lsp, uri, text, 100_000, { pauseMs: 20, until: ended });
  while (!ended()) await new Promise((r) => setTimeout(r, 20));
  const end = lsp.progressEvents.find((e) => e.kind === "end").at;
  await new Promise((r) => setTimeout(r, 500));
  const after = lsp.memory();
  // After indexing: an edit is checked against last year's report found by the scan.
  const cross = lsp.diagnostics(uri, 1_000_000);
  await editLoop(lsp, uri, text, 1, { from: 1_000_000 });
  const crossYear = (await cross).diagnostics.filter((d) =>
    /^(XY|T2-STOCKFLOW|T2-REPEAL|T2-JUMP)/.test(String(d.code)),
  ).length;
  await lsp.stop();
  rmSync(dir, { recursive: true, force: true });
  return {
    reports: WORKSPACE,
    generateMs,
    indexMs: end - initializedAt,
    reportsPerSecond: WORKSPACE / ((end - initializedAt) / 1000),
    progressReports: lsp.progressEvents.filter((e) => e.kind === "report").length,
    editsDuringIndexing: times.length,
    editP50Ms: quantile(times, 0.5),
    editP95Ms: quantile(times, 0.95),
    peakRssMiB: after.peak,
    rssAfterMiB: after.rss,
    crossYearFindings: crossYear,
  };
}

/** The floor: `yaml` parseDocument of the same text, in this process, warmed up. */
function bareParseMs(text) {
  for (let i = 0; i < 200; i++) parseDocument(text);
  const xs = [];
  for (let i = 0; i < 400; i++) {
    const s = performance.now();
    parseDocument(text);
    xs.push(performance.now() - s);
  }
  return median(xs);
}

mkdirSync(`${root}bench/results`, { recursive: true });
const loadBefore = loadavg()[0];
const bare = bareParseMs(baseText);
const results = [];
for (const s of servers) results.push(await measure(s));
const workspace = await measureWorkspace();
const bareAfter = bareParseMs(baseText);
const parse = (bare + bareAfter) / 2;
const [ours, theirs] = results;

const ms = (x) => `${x.toFixed(2)} ms`;
const mib = (x) => `${x.toFixed(1)} MiB`;
const mark = (ok) => (ok ? "✓" : "✗");
// Latencies depend on what else the machine runs: the load average says how busy it was.
console.log(
  `\n${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
);
console.log(
  `Language servers on ${examplePath.replace(root, "")} (${baseText.length} chars, ${Buffer.byteLength(baseText)} bytes), ${EDITS} edits, ${REQUESTS} requests each`,
);
console.log(
  `bare yaml parseDocument of the same text: ${ms(parse)} (${Math.round(1000 / parse)} parses/s; ${ms(bare)} before, ${ms(bareAfter)} after the servers ran)\n`,
);
const col = (s, w = 26) => String(s).padEnd(w);
console.log(
  `${col("", 34)}${col(ours.server)}${col(theirs.server)}${col("ratio", 10)}${col("÷ bare parse", 14)}target`,
);
const rows = [
  ["spawn → first diagnostics", "spawnToFirstMs", ms, (v) => v < 250, "< 250 ms"],
  ["edit → diagnostics p50", "editP50Ms", ms, null, ""],
  ["edit → diagnostics p95", "editP95Ms", ms, (v) => v < 25, "< 25 ms"],
  ["completion p50", "completionP50Ms", ms, null, ""],
  ["completion p95", "completionP95Ms", ms, (v) => v < 5, "< 5 ms"],
  ["hover p50", "hoverP50Ms", ms, null, ""],
  ["hover p95", "hoverP95Ms", ms, (v) => v < 5, "< 5 ms"],
  ["memory, 1 open document (RSS)", "rssOneDocumentMiB", mib, null, ""],
  ["peak memory, 1 document (RSS)", "peakRssMiB", mib, null, ""],
  [`${DOCS + 1} documents diagnosed in`, "manyDiagnosedMs", ms, null, ""],
  [`memory, ${DOCS + 1} documents (RSS)`, "rssManyDocumentsMiB", mib, null, ""],
  ["memory per further document", "perDocumentMiB", (x) => `${x.toFixed(3)} MiB`, null, ""],
];
for (const [label, key, fmt, ok, target] of rows) {
  const perParse = key.endsWith("Ms") && !key.startsWith("many") ? `${(ours[key] / parse).toFixed(1)}×` : "";
  console.log(
    `${col(label, 34)}${col(fmt(ours[key]))}${col(fmt(theirs[key]))}${col((ours[key] / theirs[key]).toFixed(2), 10)}${col(perParse, 14)}${ok ? `${target} ${mark(ok(ours[key]))}` : ""}`,
  );
}
console.log(`${col("first diagnostics (count)", 34)}${col(ours.firstDiagnostics)}${col(theirs.firstDiagnostics)}`);

console.log(
  `\nWorkspace of ${workspace.reports} generated reports (nianbao-language-server; yaml-language-server indexes no workspace)`,
);
const w = [
  [
    "indexed in the background",
    `${(workspace.indexMs / 1000).toFixed(2)} s (${Math.round(workspace.reportsPerSecond)} reports/s; bare parse alone: ${Math.round(1000 / parse)}/s)`,
    "",
  ],
  ["progress reports sent", String(workspace.progressReports), `> 0 ${mark(workspace.progressReports > 0)}`],
  [
    `edit → diagnostics p50 while indexing (${workspace.editsDuringIndexing} edits)`,
    `${ms(workspace.editP50Ms)} (idle: ${ms(ours.editP50Ms)})`,
    "",
  ],
  [
    "edit → diagnostics p95 while indexing",
    `${ms(workspace.editP95Ms)} (idle: ${ms(ours.editP95Ms)}; ${(workspace.editP95Ms / ours.editP95Ms).toFixed(2)}×)`,
    `< 25 ms ${mark(workspace.editP95Ms < 25)}`,
  ],
  [
    "peak memory (RSS) with the workspace indexed",
    mib(workspace.peakRssMiB),
    `< 150 MiB ${mark(workspace.peakRssMiB < 150)}`,
  ],
  ["memory (RSS) after indexing", mib(workspace.rssAfterMiB), `< 150 MiB ${mark(workspace.rssAfterMiB < 150)}`],
  ["cross-year findings on the open report", String(workspace.crossYearFindings), ""],
];
for (const [label, value, target] of w) console.log(`${col(label, 60)}${col(value, 58)}${target}`);
console.log(
  `\nratio edit→diagnostics p95 nianbao / yaml-language-server: ${(ours.editP95Ms / theirs.editP95Ms).toFixed(3)}`,
);
console.log(`ratio edit→diagnostics p50 nianbao / bare parse: ${(ours.editP50Ms / parse).toFixed(2)}`);
writeFileSync(
  `${root}bench/results/server.json`,
  JSON.stringify(
    { cpus: cpus().length, loadAverage: [loadBefore, loadavg()[0]], bareParseMs: parse, servers: results, workspace },
    null,
    2,
  ),
);
