#!/usr/bin/env node
// What the audit sheets cost: `nianbao check FOLDER` with --format json, csv and xlsx over the same
// real-size corpus (copies of examples/, bench/real-corpus.mjs; default 2,000 reports), spawned as
// users run it. The sheets read every report again for its tables and build a row of ~230 cells
// per report; this prints each format's wall time, peak RSS of the process tree and output size,
// the median of three runs taken in turn, and the sheets' cost over json.
// Writes the numbers to bench/results/sheets.json (git-ignored).
//
// Usage: node bench/sheets.mjs [--reports N] [--keep]
// Needs the built packages (`npm run bench` builds first).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCheck } from "./measure.mjs";
import { writeRealCorpus } from "./real-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const COUNT = Number(arg("reports", process.env.BENCH_SHEET_REPORTS ?? 2_000));
const KEEP = process.argv.includes("--keep");
const RUNS = 3;

// The corpus is drawn with a seeded generator (mulberry32), as bench/batch.mjs draws its own.
let seed = 20260106;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dir = mkdtempSync(join(tmpdir(), "nianbao-sheets-bench-"));
const corpus = join(dir, "reports");
const out = join(dir, "out");
mkdirSync(out);
const written = writeRealCorpus(join(root, "examples"), corpus, COUNT, random);

const FORMATS = {
  json: () => [],
  csv: () => ["--format", "csv", "-o", join(out, "audit.csv"), "--force"],
  xlsx: () => ["--format", "xlsx", "-o", join(out, "audit.xlsx"), "--force"],
};
const sizeOf = { json: null, csv: join(out, "audit.csv"), xlsx: join(out, "audit.xlsx") };
const loadBefore = loadavg()[0];
const runs = Object.fromEntries(Object.keys(FORMATS).map((f) => [f, []]));
for (let r = 0; r < RUNS; r++)
  for (const [format, extra] of Object.entries(FORMATS))
    runs[format].push(await runCheck(corpus, written.reports, extra()));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = Object.fromEntries(
  Object.entries(runs).map(([format, rs]) => [
    format,
    {
      seconds: median(rs.map((x) => x.seconds)),
      peakRssMb: median(rs.map((x) => x.peakRssMb ?? 0)),
      bytes: sizeOf[format] ? statSync(sizeOf[format]).size : null,
      runs: rs.map((x) => x.seconds),
    },
  ]),
);
if (!KEEP) rmSync(dir, { recursive: true, force: true });

console.log(
  `nianbao sheets bench: ${written.reports.toLocaleString("en-US")} copies of the reports in examples/; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after${KEEP ? `; kept in ${dir}` : ""}`,
);
for (const [format, m] of Object.entries(result)) {
  const extra = format === "json" ? "" : `   +${(m.seconds - result.json.seconds).toFixed(2)} s over json`;
  const size = m.bytes === null ? "" : `   ${(m.bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `check --format ${format.padEnd(4)} ${m.seconds.toFixed(2).padStart(6)} s   peak RSS ${Math.round(m.peakRssMb)} MB${size}${extra}   median of ${RUNS}`,
  );
}
const jsonPath = join(root, "bench", "results", "sheets.json");
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  JSON.stringify({ date: new Date().toISOString(), reports: written.reports, loadBefore, ...result }, null, 2) + "\n",
);
