#!/usr/bin/env node
// The audit page at scale (issue 14): `nianbao check DIR --format html -o audit.html` over the
// generated jurisdiction of ~2,000 reports (packages/cli/test/support/jurisdiction.ts, the data
// the tests assert on) and over examples/; for each, the time to write the page, its size, and
// the time a real Chromium takes to open it from file:// — DOMContentLoaded, first contentful
// paint, and the overview and matrix drawn (the page's script done) — the median of RUNS loads,
// plus the time to open one report (rendered on demand).
//
// Usage: node bench/audit-html.mjs [--agencies N] [--runs N] [--keep]
// Needs the built packages (`npm run build`) and /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(root, "packages", "cli", "bundle", "bin.js");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const AGENCIES = Number(arg("agencies", 400));
const RUNS = Number(arg("runs", 5));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The test-support generator, bundled on the fly (it is TypeScript) with its own module URL kept. */
async function jurisdictionWriter() {
  const entry = join(root, "packages", "cli", "test", "support", "jurisdiction.ts");
  // Inside the repository (bench/results/ is git-ignored), so that its packages resolve as the tests'.
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  const out = join(root, "bench", "results", "jurisdiction.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    packages: "external",
    // Every module of the generator sits in test/support/ and finds examples/ from there.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(entry).href) },
    logLevel: "warning",
  });
  return (await import(pathToFileURL(out).href)).writeJurisdiction;
}

function writePage(dir, out) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, "check", ".", "--format", "html", "-o", out, "--force"], {
    cwd: dir,
    encoding: "utf8",
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status === null || r.status > 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return { seconds, bytes: statSync(out).size };
}

async function openTimes(browser, file) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]");
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        domContentLoaded: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        firstContentfulPaint: fcp?.startTime ?? null,
      };
    });
    // One report, rendered when opened: its tables, findings, last year and charts.
    const before = await page.evaluate(() => performance.now());
    await page.evaluate(() => (globalThis.location.hash = "#report-1"));
    await page.waitForSelector("#report[data-report='1']");
    const report = (await page.evaluate(() => performance.now())) - before;
    if (errors.length) throw new Error(errors.join("\n"));
    loads.push({ ...t, report });
    await page.close();
  }
  const pick = (k) => Math.round(median(loads.map((l) => l[k] ?? NaN)));
  return {
    domContentLoadedMs: pick("domContentLoaded"),
    firstContentfulPaintMs: pick("firstContentfulPaint"),
    loadMs: pick("load"),
    openReportMs: pick("report"),
  };
}

const work = mkdtempSync(join(tmpdir(), "nianbao-bench-audit-"));
const results = {};
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const writeJurisdiction = await jurisdictionWriter();
  const dir = join(work, "jurisdiction");
  mkdirSync(dir);
  const j = writeJurisdiction(dir, { agencies: AGENCIES });
  for (const [name, folder, count] of [
    ["examples", join(root, "examples"), null],
    ["jurisdiction", dir, j.files.length],
  ]) {
    const out = join(work, `${name}.html`);
    const written = writePage(folder, out);
    results[name] = {
      reports: count,
      writeSeconds: Number(written.seconds.toFixed(2)),
      bytes: written.bytes,
      ...(await openTimes(browser, out)),
    };
    console.log(name, JSON.stringify(results[name]));
  }
} finally {
  await browser.close();
  if (!process.argv.includes("--keep")) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "audit-html.json"), JSON.stringify(results, null, 2) + "\n");
