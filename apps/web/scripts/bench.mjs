// Measures the built page (run `npm run build` first): the size of each file of dist/ (raw and
// gzip), the time from navigation to the first diagnostics shown, the time from a keystroke to the
// diagnostics of that version, and the time to import a PDF, in headless Chromium from file://.
// Prints a table and one JSON line. `npx turbo run bench --filter=@nianbao/web`.
/* global document -- read inside the page (waitForFunction) */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const EDITS = Number(process.env.EDITS ?? 20);

const sizes = readdirSync(dist)
  .filter((f) => statSync(join(dist, f)).isFile())
  .map((f) => {
    const bytes = readFileSync(join(dist, f));
    return { file: f, kb: Math.round(bytes.length / 1024), gzipKb: Math.round(gzipSync(bytes).length / 1024) };
  });

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const first = [];
const edits = [];
const imports = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dist, "index.html")).href);
    await page.locator("body[data-first-diagnostics-ms]").waitFor({ timeout: 60_000 });
    first.push(Number(await page.locator("body").getAttribute("data-first-diagnostics-ms")));
    if (run === 0) {
      // Keystroke to diagnostics on a real report: the version shown catches up with the version typed.
      const chooser = page.waitForEvent("filechooser");
      await page.locator("#open").click();
      await (await chooser).setFiles(join(examples, "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml"));
      // Its own findings, not the new report's the page started with.
      await page.locator('#findings .nb-finding[data-code="T4-ROWSUM"]').first().waitFor();
      await page.locator(".cm-line", { hasText: "行政复议:" }).first().click();
      await page.keyboard.press("End");
      for (let i = 0; i < EDITS; i++) {
        const target = Number(await page.locator("body").getAttribute("data-version")) + 1;
        const started = performance.now();
        // A space typed, then taken back: the report ends as it began.
        await page.keyboard.press(i % 2 ? "Backspace" : "Space");
        await page.waitForFunction((v) => Number(document.body.dataset.version) >= v, target);
        edits.push(performance.now() - started);
      }
      const started = performance.now();
      const pdf = page.waitForEvent("filechooser");
      await page.locator("#open").click();
      await (await pdf).setFiles(join(examples, "sources", "jiangsu-huaian-hongzequ-gov-2024.pdf"));
      await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes(".pdf（pdf）"));
      imports.push(performance.now() - started);
    }
    await context.close();
  }
} finally {
  await browser.close();
}

const result = {
  sizes,
  firstDiagnosticsMs: { median: pct(first, 50), max: Math.max(...first), runs: first.length },
  keystrokeToDiagnosticsMs: { p50: Math.round(pct(edits, 50)), p95: Math.round(pct(edits, 95)), edits: edits.length },
  pdfImportMs: Math.round(imports[0] ?? 0),
};
for (const s of sizes)
  console.log(`${s.file.padEnd(20)} ${String(s.kb).padStart(6)} KB  gzip ${String(s.gzipKb).padStart(5)} KB`);
console.log(
  `first diagnostics (from navigation): median ${result.firstDiagnosticsMs.median} ms, max ${result.firstDiagnosticsMs.max} ms (${RUNS} loads)`,
);
console.log(
  `keystroke to diagnostics: p50 ${result.keystrokeToDiagnosticsMs.p50} ms, p95 ${result.keystrokeToDiagnosticsMs.p95} ms (${edits.length} edits)`,
);
console.log(`PDF import (洪泽区 2024, 5 pages): ${result.pdfImportMs} ms`);
console.log(JSON.stringify(result));
