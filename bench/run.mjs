#!/usr/bin/env node
// The cost of checking a report, against the floor of parsing its YAML.
//
// In one run, over every examples/*.nianbao.yaml: bare `yaml` parseDocument of each text, and
// parseReport (read + every document rule) of the same text, interleaved round by round so both
// see the same machine state. Prints throughput, per-report medians, a breakdown (reading vs
// rules, the costliest rules) and the summary line
//   ratio parse+validate / bare parse: N.NN
// Target: ≤ 2. Writes the numbers to bench/results/ (git-ignored).
//
// Usage: node bench/run.mjs [--seconds S] [--warmup S] [--json PATH]
// Needs the built packages (`npm run bench` builds first).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { checkRead, parseReport, readReport, RULES } from "@nianbao/core";
import { parseDocument } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg("seconds", process.env.BENCH_SECONDS ?? 6));
const warmupSeconds = Number(arg("warmup", 1.5));
const jsonPath = arg("json", join(root, "bench", "results", "latest.json"));
// A fixed date keeps timeliness rules deterministic from run to run.
const OPTIONS = { today: "2024-06-01" };

const examplesDir = join(root, "examples");
const files = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .sort();
if (!files.length) {
  console.error(`no examples/*.nianbao.yaml under ${examplesDir}`);
  process.exit(1);
}
const texts = files.map((f) => ({ name: f, text: readFileSync(join(examplesDir, f), "utf8") }));

// Results feed this sink so no engine can drop the work as dead code.
let sink = 0;
const methods = {
  bare: (text) => {
    sink += parseDocument(text).errors.length;
  },
  parseReport: (text) => {
    sink += parseReport(text, OPTIONS).findings.length;
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** One round: every text once with each method, the order of methods alternating. */
function round(samples, flip) {
  const order = flip ? ["parseReport", "bare"] : ["bare", "parseReport"];
  for (const name of order) {
    const fn = methods[name];
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      fn(texts[i].text);
      const dt = performance.now() - t0;
      if (samples) samples[name][i].push(dt);
    }
  }
}

const warmupEnd = performance.now() + warmupSeconds * 1000;
for (let r = 0; performance.now() < warmupEnd; r++) round(null, r % 2 === 1);

const samples = { bare: texts.map(() => []), parseReport: texts.map(() => []) };
const end = performance.now() + seconds * 1000;
let rounds = 0;
while (performance.now() < end || rounds < 20) round(samples, rounds++ % 2 === 1);

const summary = (name) => {
  const all = samples[name].flat();
  const total = all.reduce((a, b) => a + b, 0);
  return {
    reports: all.length,
    reportsPerSecond: (all.length / total) * 1000,
    medianMs: median(all),
    p90Ms: quantile(all, 0.9),
    totalMs: total,
  };
};
const bare = summary("bare");
const full = summary("parseReport");
const ratio = full.totalMs / bare.totalMs;
const perFile = texts.map((t, i) => ({
  file: t.name,
  bytes: Buffer.byteLength(t.text),
  bareMedianMs: median(samples.bare[i]),
  parseReportMedianMs: median(samples.parseReport[i]),
  ratio: median(samples.parseReport[i]) / median(samples.bare[i]),
}));

// Where parseReport spends its time: reading (walk + source map + observations) vs the rules.
function timeIt(fn, minMs = 300) {
  const times = [];
  const stop = performance.now() + minMs;
  while (performance.now() < stop || times.length < 5) {
    const t0 = performance.now();
    for (const t of texts) fn(t.text);
    times.push((performance.now() - t0) / texts.length);
  }
  return median(times);
}
const reads = new Map(texts.map((t) => [t.text, readReport(t.text)]));
const breakdown = {
  bareMs: timeIt(methods.bare),
  // The same check with yaml's own parser instead of the lean one (read/lean), for comparison.
  parseReportFullYamlMs: timeIt((text) => (sink += checkRead(readReport(text, { lean: false }), OPTIONS).length)),
  readReportMs: timeIt((text) => (sink += readReport(text).observations.length)),
  allRulesMs: timeIt((text) => (sink += checkRead(reads.get(text), OPTIONS).length)),
};
const documentRules = RULES.filter((r) => r.kind === "document");
const rules = documentRules
  .map((rule) => ({
    code: rule.code,
    ms: timeIt((text) => (sink += checkRead(reads.get(text), OPTIONS, [rule]).length), 40),
  }))
  .sort((a, b) => b.ms - a.ms);

const ms = (x) => `${x.toFixed(3)} ms`;
const line = (label, s) =>
  `${label.padEnd(28)} ${s.reportsPerSecond.toFixed(0).padStart(8)} reports/s   median ${ms(s.medianMs)}   p90 ${ms(s.p90Ms)}`;
console.log(
  `nianbao bench: ${texts.length} example report(s), ${rounds} rounds, ${bare.reports} samples per method, node ${process.version}`,
);
console.log(line("bare yaml parseDocument", bare));
console.log(line("parseReport (read + rules)", full));
console.log("");
for (const f of perFile)
  console.log(
    `  ${f.file.padEnd(48)} ${String(f.bytes).padStart(6)} B   bare ${ms(f.bareMedianMs)}   parseReport ${ms(f.parseReportMedianMs)}   ×${f.ratio.toFixed(2)}`,
  );
console.log("");
console.log(
  `per report: bare parse ${ms(breakdown.bareMs)}, readReport ${ms(breakdown.readReportMs)}, ${documentRules.length} document rules ${ms(breakdown.allRulesMs)}`,
);
console.log(
  `costliest rules: ${rules
    .slice(0, 8)
    .map((r) => `${r.code} ${ms(r.ms)}`)
    .join(", ")}`,
);
console.log("");
console.log(`ratio parse+validate / bare parse: ${ratio.toFixed(2)}${ratio > 2 ? "   (above the 2× target)" : ""}`);
console.log(
  `ratio parse+validate with yaml's own parser (lean path off) / bare parse: ${(breakdown.parseReportFullYamlMs / breakdown.bareMs).toFixed(2)}`,
);

mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      files: texts.length,
      rounds,
      bare,
      parseReport: full,
      ratio,
      perFile,
      breakdown,
      rules,
      sink,
    },
    null,
    2,
  ) + "\n",
);
