// A synthetic workspace of report files for the language-server benchmark: `count` reports of
// `count / 2` agencies over two consecutive years, so every second file has a previous year to be
// checked against. Reports are written by core (reportTemplate + writeReportYaml) with random
// counts and prose taken from the real examples, so their size and shape match a published report.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReport, reportTemplate, writeReportYaml } from "@nianbao/core";

/** A small deterministic PRNG (mulberry32), so a run can be repeated file for file. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sentences of the examples' prose sections, to assemble texts of realistic length. */
function proseSentences(examplesDir) {
  const out = [];
  for (const f of readdirSync(examplesDir).filter((n) => n.endsWith(".nianbao.yaml"))) {
    const r = readReport(readFileSync(join(examplesDir, f), "utf8")).report;
    const texts = [r.overview.text, ...Object.values(r.overview.topics), r.problems, r.other].filter(Boolean);
    for (const t of texts)
      out.push(
        ...t
          .split(/(?<=。)/u)
          .map((s) => s.trim())
          .filter((s) => s.length > 8),
      );
  }
  return out;
}

const cell = (n) => ({ status: "number", value: n, exact: String(n), raw: null, note: null, normalized: null });

/** One report: random counts, totals left as they fall (the checker finds what it finds), prose of about 2,000 characters (about 8.7 kB in all, as a published report). */
export function syntheticReport(rand, sentences, agency, year) {
  const r = reportTemplate({ format: 2021, agency, year });
  const n = (max) => Math.floor(rand() * max);
  for (const row of Object.keys(r.proactive))
    for (const col of Object.keys(r.proactive[row])) r.proactive[row][col] = cell(n(200));
  for (const id of Object.keys(r.requests)) r.requests[id] = r.requests[id].map(() => cell(n(30)));
  for (const id of Object.keys(r.litigation)) r.litigation[id] = r.litigation[id].map(() => cell(n(10)));
  const text = (chars) => {
    let s = "";
    while (s.length < chars) s += sentences[n(sentences.length)];
    return s;
  };
  for (const id of Object.keys(r.overview.topics)) r.overview.topics[id] = text(330);
  r.problems = text(300);
  r.other = text(150);
  return writeReportYaml(r);
}

/** Writes `count` reports under `dir` (in sub-folders of 100, as a real archive would be laid out). Returns their paths. */
export function generateWorkspace(dir, count, { seed = 1, examplesDir } = {}) {
  const rand = prng(seed);
  const sentences = proseSentences(examplesDir);
  const paths = [];
  for (let i = 0; i < count; i++) {
    const agency = `测试市第${Math.floor(i / 2) + 1}局`;
    const year = 2023 + (i % 2);
    const sub = join(dir, `batch-${String(Math.floor(i / 100)).padStart(2, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `agency-${Math.floor(i / 2) + 1}-${year}.nianbao.yaml`);
    writeFileSync(path, syntheticReport(rand, sentences, agency, year));
    paths.push(path);
  }
  return paths;
}
