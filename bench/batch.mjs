#!/usr/bin/env node
// A province's reports in seconds: `nianbao check` over a large batch, against the floor of
// parsing the same YAML on one core.
//
// Generates N reports (default 10,000) into a temporary folder: sizes like the real ones (3–16 kB,
// prose drawn from the sentences of examples/, enumerations numbered in order), tables that are
// random but consistent, a few percent with an injected error (a wrong total, a mistyped key, a
// text or negative number in a count, a missing row, a YAML syntax error), and two consecutive
// years for part of the agencies.
// Then, in the same run:
//   1. single-core readReport with the lean parser and with yaml's parser (the lean path's gain);
//   2. three times each, alternating: bare `yaml` parseDocument over the same files on one core, in
//      a process of its own (bench/bare-parse.mjs), and `nianbao check <dir> --format json >
//      /dev/null` spawned as users run it with the default threads: wall time → reports/s, peak
//      RSS of the process tree (/proc); the medians are compared;
//   3. the check once more with --jobs 1;
//   4. step 2 again on the real-size corpus (default 2,000 reports): copies of the published reports
//      of examples/, each a distinct agency, with consecutive-year pairs (bench/real-corpus.mjs).
//      Real reports carry more prose per table than generated ones, so their ratio to the bare
//      parse is lower; both corpora are printed.
// Prints one summary line per target (≥ 1,000 reports/s; ≥ 2.5 × the bare-parse rate) for both
// corpora and writes the numbers to bench/results/batch.json (git-ignored).
//
// Usage: node bench/batch.mjs [--reports N] [--real N] [--keep] [--json PATH]
// Needs the built packages (`npm run bench` builds first).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { cellFromText, emptyReport, FORMS, readReport, table3Leaves, writeReportYaml } from "@nianbao/core";
import { bareParse, runCheck } from "./measure.mjs";
import { writeRealCorpus } from "./real-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const COUNT = Number(arg("reports", process.env.BENCH_REPORTS ?? 10_000));
const REAL_COUNT = Number(arg("real", process.env.BENCH_REAL_REPORTS ?? 2_000));
const KEEP = process.argv.includes("--keep");
const jsonPath = arg("json", join(root, "bench", "results", "batch.json"));
const TARGET_RATE = 1000;
const TARGET_RATIO = 2.5;

// ---- a deterministic generator ----

let seed = 20240601;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];
/** Mostly zeros and small counts, now and then a large one, as in published tables. */
const count = () => {
  const r = random();
  return r < 0.55 ? 0 : r < 0.9 ? int(12) : r < 0.98 ? int(300) : int(5000);
};

const form = FORMS[2021];
const leaves = table3Leaves(form);
const results = leaves.filter((l) => l.row.role === "result").map((l) => l.row.id);
const roleId = (role) => leaves.find((l) => l.row.role === role).row.id;
const bytes = (s) => Buffer.byteLength(s);

/** Sentences of the real reports' prose without figures (figures would not match generated tables). */
const examplesDir = join(root, "examples");
const sentences = [];
for (const f of readdirSync(examplesDir).filter((n) => n.endsWith(".nianbao.yaml"))) {
  const r = readReport(readFileSync(join(examplesDir, f), "utf8")).report;
  const prose = [...Object.values(r.overview.topics), r.overview.text, r.problems, r.other].filter(Boolean).join("\n");
  for (const s of prose.split(/(?<=[。；！？])|\n+/u))
    if (s.length >= 12 && !/[0-9０-９]/u.test(s)) sentences.push(s.trim());
}
if (sentences.length < 50) throw new Error(`too few sentences in examples/ (${sentences.length})`);

/**
 * Sentences drawn at random, up to `budget` bytes. Their 一是/二是/三是 enumerators are numbered
 * anew in order, as an author writes them: sentences drawn from different lists would otherwise
 * give every report a couple of broken sequences (NAR-DUP-ORDINALS), which none of the real
 * reports in examples/ has.
 */
function prose(budget) {
  let out = "";
  while (bytes(out) < budget) out += pick(sentences);
  let n = 0;
  return out.replace(ORDINAL, (_, before) => `${before}${NUMERALS[n++ % NUMERALS.length]}是`);
}
const ORDINAL = /(^|[\s。；;，,：:、！!？?（(）)“"])[一二三四五六七八九十]{1,3}是/gu;
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

const cells = (values) => values.map((v) => cellFromText(String(v)));
const withTotal = (six) => [...six, six.reduce((a, b) => a + b, 0)];

/** One agency's report for a year, continuing `previous` (its carried-over requests and stock). */
function generate(agency, year, previous) {
  const report = emptyReport(form);
  Object.assign(report, {
    format: 2021,
    formatDeclared: true,
    agency,
    year,
    publishedOn: `${year + 1}-01-${String(10 + int(19)).padStart(2, "0")}`,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    present: { overview: true, proactive: true, requests: true, litigation: true, problems: true, other: true },
  });
  // Table 三: results by applicant, totals computed; carried in from last year's carried out.
  const six = () => Array.from({ length: 6 }, () => (random() < 0.6 ? 0 : count()));
  const concluded = [0, 0, 0, 0, 0, 0];
  for (const id of results) {
    const row = random() < 0.45 ? six() : [0, 0, 0, 0, 0, 0];
    row.forEach((v, c) => (concluded[c] += v));
    report.requests[id] = cells(withTotal(row));
  }
  const carriedIn = previous ? previous.carriedOut : [int(3), 0, 0, 0, int(2), 0];
  const carriedOut = [int(4), int(2), 0, 0, 0, int(2)];
  // Carried-in requests are concluded this year or carried forward again.
  carriedIn.forEach((v, c) => {
    if (concluded[c] + carriedOut[c] < v) {
      const row = report.requests.granted.map((cell) => cell.value);
      row[c] += v - concluded[c] - carriedOut[c];
      concluded[c] = v - carriedOut[c];
      row[6] = row.slice(0, 6).reduce((a, b) => a + b, 0);
      report.requests.granted = cells(row);
    }
  });
  report.requests[roleId("new")] = cells(withTotal(concluded.map((v, c) => v + carriedOut[c] - carriedIn[c])));
  report.requests[roleId("carriedIn")] = cells(withTotal(carriedIn));
  report.requests[roleId("total")] = cells(withTotal(concluded));
  report.requests[roleId("carriedOut")] = cells(withTotal(carriedOut));
  // Table 四: four results and their total per row.
  for (const row of form.table4.rows)
    report.litigation[row.id] = cells(withTotal(Array.from({ length: 4 }, () => (random() < 0.7 ? 0 : int(20)))));
  // Table 二: stock carried from last year, plus what was made and repealed.
  const stock = {};
  for (const block of form.table2.blocks)
    for (const row of block.rows) {
      const out = {};
      for (const col of block.columns) {
        if (col.id === "valid") continue;
        // One-column rows count cases in the thousands (行政许可 447228); the fee is in 万元.
        out[col.id] =
          col.kind === "amount"
            ? cellFromText((int(100000) / 10).toString())
            : cellFromText(String(count() * (block.columns.length === 1 ? 37 : 1)));
      }
      if (block.columns.some((c) => c.id === "valid")) {
        const made = out.made?.value ?? 0;
        const repealed = out.repealed?.value ?? 0;
        const before = previous ? previous.stock[row.id] : made + repealed + int(60);
        const valid = Math.max(0, before + made - repealed);
        out.valid = cellFromText(String(valid));
        stock[row.id] = valid;
      }
      report.proactive[row.id] = out;
    }
  // Prose: the overview topics, 五 and 六, up to a size like the real reports'.
  const target = 3000 + int(13_000);
  const tablesBytes = 2600;
  const budget = Math.max(600, target - tablesBytes);
  const topics = {};
  const share = [0.12, 0.16, 0.2, 0.14, 0.12, 0.12];
  form.overviewTopics.forEach((t, i) => (topics[t.id] = prose(budget * (share[i] ?? 0.1))));
  const t = (id) => report.requests[roleId(id)][6].value;
  topics.requests =
    `本年度共新收政府信息公开申请 ${t("new")} 件，上年结转 ${t("carriedIn")} 件，办结 ${t("total")} 件，结转下年度 ${t("carriedOut")} 件。` +
    (topics.requests ?? "");
  report.overview = { text: null, topics };
  report.problems = prose(budget * 0.1);
  report.other = `本年度收取信息处理费 0 元。${prose(budget * 0.04)}`;
  return {
    text: writeReportYaml(report, { header: [`${agency} ${year} 年政府信息公开工作年度报告（生成的测试数据）`] }),
    carriedOut,
    stock,
  };
}

/** Injected errors, each a few lines of text changed as an author would get it wrong. */
const ERRORS = [
  ["wrong total", (t) => t.replace(/(予以公开: \[(?:\d+, ){6})(\d+)\]/u, (_, head, n) => `${head}${Number(n) + 1}]`)],
  [
    "table 四 total",
    (t) => t.replace(/(行政复议: \[(?:\d+, ){4})(\d+)\]/u, (_, head, n) => `${head}${Number(n) + 2}]`),
  ],
  ["mistyped key", (t) => t.replace("属于国家秘密:", "属于国家秘蜜:")],
  ["text in a count", (t) => t.replace(/(重复申请: \[)\d+/u, "$1两件")],
  ["negative count", (t) => t.replace(/(本年新收: \[)(\d+)/u, "$1-$2")],
  ["missing row", (t) => t.replace(/\n +逾期未缴费: .*\n/u, "\n")],
  ["YAML syntax error", (t) => t.replace(/(结转下年度: \[.*)\]/u, "$1")],
];

// ---- generate ----

const dir = mkdtempSync(join(tmpdir(), "nianbao-batch-"));
const t0 = performance.now();
const texts = [];
let paired = 0;
let injected = 0;
let minBytes = Infinity;
let maxBytes = 0;
for (let a = 0; texts.length < COUNT; a++) {
  const agency = `${pick(["江苏省", "浙江省", "安徽省"])}${pick(["某", "甲", "乙", "丙"])}市${pick(["人民政府办公室", "发展和改革委员会", "教育局", "公安局", "财政局", "生态环境局", "卫生健康委员会", "交通运输局"])}第${a + 1}分局`;
  const twoYears = random() < 0.3 && texts.length + 2 <= COUNT;
  let previous = null;
  for (const year of twoYears ? [2023, 2024] : [2023 + int(2)]) {
    const g = generate(agency, year, previous);
    previous = g;
    let text = g.text;
    if (random() < 0.03) {
      const [, inject] = pick(ERRORS);
      text = inject(text);
      injected++;
    }
    const sub = join(dir, `区${String(a % 97).padStart(2, "0")}`, `机关${String(a).padStart(5, "0")}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${year}.nianbao.yaml`), text);
    texts.push(text);
    const b = bytes(text);
    minBytes = Math.min(minBytes, b);
    maxBytes = Math.max(maxBytes, b);
  }
  if (twoYears) paired++;
}
const generateSeconds = (performance.now() - t0) / 1000;
const totalBytes = texts.reduce((s, t) => s + bytes(t), 0);

// ---- single core: readReport both ways (the lean path's gain) ----

let sink = 0;
/** Reports per second of `fn` over all texts, after a warm-up on a few hundred. */
function rate(fn, list = texts) {
  for (let i = 0; i < Math.min(300, list.length); i++) fn(list[i]);
  const start = performance.now();
  for (const t of list) fn(t);
  return list.length / ((performance.now() - start) / 1000);
}
const loadBefore = loadavg()[0];
const sample = texts.filter((_, i) => i % 5 === 0);
const leanReadRate = rate((t) => (sink += readReport(t).observations.length), sample);
const fullReadRate = rate((t) => (sink += readReport(t, { lean: false }).observations.length), sample);
texts.length = 0;

// ---- the real-size corpus: copies of examples/ (bench/real-corpus.mjs) ----

const realDir = mkdtempSync(join(tmpdir(), "nianbao-batch-real-"));
const realStart = performance.now();
const real = writeRealCorpus(examplesDir, realDir, REAL_COUNT, random);
const realSeconds = (performance.now() - realStart) / 1000;

// Shared machines are noisy: each measure is taken RUNS times, alternating, and the medians compared.
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const threads = availableParallelism();
/** Bare parse and check of one corpus, alternating; the medians and their ratio. */
async function measureCorpus(folder, count) {
  const bareRuns = [];
  const parallelRuns = [];
  for (let r = 0; r < RUNS; r++) {
    bareRuns.push(await bareParse(folder));
    parallelRuns.push(await runCheck(folder, count, []));
  }
  const bareRate = median(bareRuns.map((b) => b.reportsPerSecond));
  const parallel = parallelRuns.find((p) => p.reportsPerSecond === median(parallelRuns.map((q) => q.reportsPerSecond)));
  return {
    bareRate,
    bareCpuMs: median(bareRuns.map((b) => b.cpuMsPerReport)),
    bareRuns,
    parallel,
    parallelRuns,
    ratio: parallel.reportsPerSecond / bareRate,
  };
}
const generated = await measureCorpus(dir, COUNT);
const single = await runCheck(dir, COUNT, ["--jobs", "1"]);
const realSize = await measureCorpus(realDir, real.reports);
if (!KEEP) for (const d of [dir, realDir]) rmSync(d, { recursive: true, force: true });
const { bareRate, bareCpuMs, bareRuns, parallel, parallelRuns, ratio } = generated;

// ---- report ----

const n0 = (x) => Math.round(x).toLocaleString("en-US");
const mb = (x) => (x === null ? "n/a" : `${Math.round(x)} MB`);
console.log(
  `nianbao batch bench: ${n0(COUNT)} generated reports (${(minBytes / 1024).toFixed(1)}–${(maxBytes / 1024).toFixed(1)} kB, ${(totalBytes / COUNT / 1024).toFixed(1)} kB on average), ${n0(injected)} with an injected error, ${n0(paired)} agencies with two consecutive years; ${threads} processor(s), node ${process.version}; generated in ${generateSeconds.toFixed(1)} s${KEEP ? ` in ${dir}` : ""}`,
);
console.log(
  `bare yaml parseDocument, 1 core:            ${n0(bareRate).padStart(7)} reports/s   median of ${RUNS} (${bareRuns.map((b) => n0(b.reportsPerSecond)).join(", ")})`,
);
console.log(
  `readReport, 1 core: lean ${n0(leanReadRate)} reports/s, full parser ${n0(fullReadRate)} reports/s (lean path ×${(leanReadRate / fullReadRate).toFixed(1)})`,
);
const cpuPer = (run, count = COUNT) =>
  run.cpuSeconds === null ? "n/a" : `${((run.cpuSeconds * 1000) / count).toFixed(2)} ms CPU/report`;
console.log(
  `nianbao check --format json (${threads} threads): ${n0(parallel.reportsPerSecond).padStart(7)} reports/s   ${parallel.seconds.toFixed(2)} s   peak RSS ${mb(parallel.peakRssMb)}   ${cpuPer(parallel)}   median of ${RUNS} (${parallelRuns.map((p) => n0(p.reportsPerSecond)).join(", ")})`,
);
console.log(
  `nianbao check --format json --jobs 1:        ${n0(single.reportsPerSecond).padStart(7)} reports/s   ${single.seconds.toFixed(2)} s   peak RSS ${mb(single.peakRssMb)}   ${cpuPer(single)}`,
);
console.log(
  `CPU per report: bare parse ${bareCpuMs.toFixed(2)} ms; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (other work on the machine lowers every rate)`,
);
console.log("");
console.log(
  `real-size corpus: ${n0(real.reports)} copies of the ${real.originals} reports in examples/ (${(real.minBytes / 1024).toFixed(1)}–${(real.maxBytes / 1024).toFixed(1)} kB, ${(real.totalBytes / real.reports / 1024).toFixed(1)} kB on average), each a distinct agency, years shifted, ${n0(real.pairs)} consecutive-year pairs; written in ${realSeconds.toFixed(1)} s${KEEP ? ` in ${realDir}` : ""}`,
);
console.log(
  `bare yaml parseDocument, 1 core:            ${n0(realSize.bareRate).padStart(7)} reports/s   median of ${RUNS} (${realSize.bareRuns.map((b) => n0(b.reportsPerSecond)).join(", ")})`,
);
console.log(
  `nianbao check --format json (${threads} threads): ${n0(realSize.parallel.reportsPerSecond).padStart(7)} reports/s   ${realSize.parallel.seconds.toFixed(2)} s   peak RSS ${mb(realSize.parallel.peakRssMb)}   ${cpuPer(realSize.parallel, real.reports)}   median of ${RUNS} (${realSize.parallelRuns.map((p) => n0(p.reportsPerSecond)).join(", ")})`,
);
console.log(`CPU per report: bare parse ${realSize.bareCpuMs.toFixed(2)} ms`);
console.log("");
console.log(
  `target throughput ≥ ${n0(TARGET_RATE)} reports/s: generated ${n0(parallel.reportsPerSecond)} — ${parallel.reportsPerSecond >= TARGET_RATE ? "met" : "NOT met"}; real-size ${n0(realSize.parallel.reportsPerSecond)} — ${realSize.parallel.reportsPerSecond >= TARGET_RATE ? "met" : "NOT met"}`,
);
console.log(
  `target check / bare parse ≥ ${TARGET_RATIO}: generated ${ratio.toFixed(2)} — ${ratio >= TARGET_RATIO ? "met" : "NOT met"}; real-size ${realSize.ratio.toFixed(2)} — ${realSize.ratio >= TARGET_RATIO ? "met" : "NOT met"}`,
);
console.log(
  `peak RSS (${threads} threads): generated ${mb(parallel.peakRssMb)}, real-size ${mb(realSize.parallel.peakRssMb)}`,
);

mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(
  jsonPath,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      threads,
      loadBefore,
      reports: COUNT,
      bytes: { min: minBytes, max: maxBytes, total: totalBytes },
      injected,
      pairedAgencies: paired,
      bareRate,
      bareCpuMs,
      bareRuns,
      leanReadRate,
      fullReadRate,
      parallel,
      parallelRuns,
      single,
      ratio,
      real: { ...real, ...realSize },
      sink,
    },
    null,
    2,
  ) + "\n",
);
