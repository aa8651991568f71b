// The language server of VS Code for the Web (apps/vscode/dist/browser/server.js) in a real web
// worker of headless Chromium, timed with the same report and the same edits as the stdio server in
// bench/server.mjs: worker start → initialize; open → first diagnostics; edit → diagnostics p50/p95
// over BENCH_EDITS edits (one table 二 cell rewritten per edit); hover p50/p95 over BENCH_REQUESTS.
// Times are taken inside the page (performance.now), so they leave out Playwright's own messaging.
//
// Run after `npm run build` (npm run bench does both). Environment: BENCH_EDITS, BENCH_REQUESTS,
// BENCH_FILE, CHROMIUM (default /usr/bin/chromium).
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("..", import.meta.url));
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const file = process.env.BENCH_FILE ?? `${root}examples/jiangsu-suqian-city-2024.nianbao.yaml`;
const bundle = `${root}apps/vscode/dist/browser/server.js`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  const page = await browser.newPage();
  const figures = await page.evaluate(
    async ({ code, text, edits, requests }) => {
      const uri = "vscode-remote://bench/reports/report.nianbao.yaml";
      const pending = new Map();
      const waiting = new Map();
      const t0 = performance.now();
      const worker = new globalThis.Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      worker.onmessage = ({ data: m }) => {
        if (m.method && m.id !== undefined)
          // The client's side of the server's requests: no settings, no other files.
          worker.postMessage({
            jsonrpc: "2.0",
            id: m.id,
            result: m.method === "nianbao/listReportFiles" ? { uris: [] } : null,
          });
        else if (m.method === "textDocument/publishDiagnostics") {
          const resolve = waiting.get(m.params.version);
          if (resolve) {
            waiting.delete(m.params.version);
            resolve();
          }
        } else if (m.id !== undefined) pending.get(m.id)?.(m.result);
      };
      let id = 0;
      const request = (method, params) =>
        new Promise((resolve) => {
          pending.set(++id, resolve);
          worker.postMessage({ jsonrpc: "2.0", id, method, params });
        });
      const notify = (method, params) => worker.postMessage({ jsonrpc: "2.0", method, params });
      const diagnosed = (version) => new Promise((resolve) => waiting.set(version, resolve));
      await request("initialize", {
        processId: null,
        rootUri: "vscode-remote://bench/reports",
        workspaceFolders: [{ uri: "vscode-remote://bench/reports", name: "reports" }],
        capabilities: {},
      });
      const initialized = performance.now() - t0;
      notify("initialized", {});
      const opened = performance.now();
      const first = diagnosed(1);
      notify("textDocument/didOpen", { textDocument: { uri, languageId: "nianbao", version: 1, text } });
      await first;
      const firstDiagnostics = performance.now() - opened;
      const lines = text.split("\n");
      const line = lines.findIndex((l) => /^\s+行政许可:/.test(l));
      const editTimes = [];
      for (let i = 0; i < edits; i++) {
        const version = 2 + i;
        lines[line] = lines[line].replace(/行政许可:\s*[^#\s,}]+/, `行政许可: ${1000 + version}`);
        const got = diagnosed(version);
        const s = performance.now();
        notify("textDocument/didChange", {
          textDocument: { uri, version },
          contentChanges: [
            { range: { start: { line, character: 0 }, end: { line, character: 10000 } }, text: lines[line] },
          ],
        });
        await got;
        editTimes.push(performance.now() - s);
      }
      const hoverTimes = [];
      for (let i = 0; i < requests; i++) {
        const s = performance.now();
        await request("textDocument/hover", { textDocument: { uri }, position: { line, character: 4 } });
        hoverTimes.push(performance.now() - s);
      }
      worker.terminate();
      return { initialized, firstDiagnostics, editTimes, hoverTimes };
    },
    { code: readFileSync(bundle, "utf8"), text: readFileSync(file, "utf8"), edits: EDITS, requests: REQUESTS },
  );
  const q = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))];
  };
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `web worker language server (${browser.version()}), ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  bundle                      ${(readFileSync(bundle).length / 1024).toFixed(0)} KiB`);
  console.log(`  worker start → initialize   ${ms(figures.initialized)}`);
  console.log(`  open → first diagnostics    ${ms(figures.firstDiagnostics)}`);
  console.log(
    `  edit → diagnostics          p50 ${ms(q(figures.editTimes, 0.5))}, p95 ${ms(q(figures.editTimes, 0.95))} (${EDITS} edits)`,
  );
  console.log(
    `  hover                       p50 ${ms(q(figures.hoverTimes, 0.5))}, p95 ${ms(q(figures.hoverTimes, 0.95))} (${REQUESTS} requests)`,
  );
} finally {
  await browser.close();
}
