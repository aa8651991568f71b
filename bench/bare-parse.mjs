#!/usr/bin/env node
// The floor the batch bench compares `nianbao check` with: yaml's parseDocument over every report
// of a folder, on one core, in a process of its own (as the check runs in one), so that neither
// the bench's generated data nor its heap slows the reference down.
// Usage: node bench/bare-parse.mjs <folder>  → prints {"reports":N,"reportsPerSecond":R,"cpuMsPerReport":C}
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseDocument } from "yaml";

const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (e.name.endsWith(".nianbao.yaml")) files.push(path);
  }
};
walk(process.argv[2]);
const texts = files.map((f) => readFileSync(f, "utf8"));
let sink = 0;
for (let i = 0; i < Math.min(300, texts.length); i++) sink += parseDocument(texts[i]).errors.length;
const cpu = process.cpuUsage();
const start = performance.now();
for (const t of texts) sink += parseDocument(t).errors.length;
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    reports: texts.length,
    reportsPerSecond: texts.length / seconds,
    cpuMsPerReport: (used.user + used.system) / 1000 / texts.length,
    sink,
  }),
);
