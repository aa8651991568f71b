#!/usr/bin/env node
// Runs an end-to-end scenario of the extension in code-server with headless Chromium. Each scenario
// is a module with writeWorkspace(ws, o) → files and scenario({ page, url, ws, files, shots, log }) →
// facts; apps/vscode/test/e2e*.test.ts call runE2E with one and assert on the facts it returns. Run
// directly, it plays the main scenario (scenario.mjs), reading its inputs from the environment:
//   CODE_SERVER  the code-server launcher        NODE24_BIN  folder of the Node 24 binary
//   VSIX         the packaged extension          OUT         where screenshots and facts.json go
//   CHROMIUM     the browser (default /usr/bin/chromium)
// and exits 1 on failure, leaving OUT/failure.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startCodeServer } from "./code-server.mjs";
import * as mainScenario from "./scenario.mjs";

/**
 * @param o.scenario the scenario module (default: the main one, scenario.mjs)
 * @param o.workspace what the scenario's writeWorkspace receives besides the folder
 * @param o.settings user settings on top of the quiet defaults (default: nianbao.locale zh-CN)
 * @param o.viewport the browser window (default 1400×900)
 * @param o.contextOptions more options of the browser context (e.g. clipboard permissions)
 */
export async function runE2E({
  codeServer,
  node24Bin,
  vsix,
  out,
  scenario = mainScenario,
  workspace = {},
  settings = { "nianbao.locale": "zh-CN" },
  viewport = { width: 1400, height: 900 },
  contextOptions = {},
  chromiumPath = "/usr/bin/chromium",
  log = (s) => console.log(`[e2e] ${s}`),
}) {
  mkdirSync(out, { recursive: true });
  rmSync(join(out, "failure.png"), { force: true });
  const dir = mkdtempSync(join(tmpdir(), "nianbao-vscode-e2e-"));
  const ws = join(dir, "workspace");
  mkdirSync(ws);
  const files = scenario.writeWorkspace(ws, workspace);
  const server = await startCodeServer({ codeServer, node24Bin, vsix, dir, workspace: ws, settings });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage({ ...contextOptions, viewport });
  let passed = false;
  try {
    const facts = await scenario.scenario({ page, url: server.url, ws, files, shots: out, log });
    writeFileSync(join(out, "facts.json"), JSON.stringify(facts, null, 2));
    passed = true;
    return facts;
  } catch (err) {
    await page.screenshot({ path: join(out, "failure.png") }).catch(() => {});
    throw new Error(`${err instanceof Error ? err.message : err}\n(code-server log and profile kept in ${dir})`, {
      cause: err,
    });
  } finally {
    await browser.close();
    await server.stop();
    if (passed) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { reportTemplate, writeReportYaml } = await import("@nianbao/core");
  const repo = new URL("../../", import.meta.url).pathname;
  const env = (name, fallback) =>
    process.env[name] ??
    fallback ??
    (() => {
      throw new Error(`set ${name}`);
    })();
  try {
    await runE2E({
      codeServer: env("CODE_SERVER"),
      node24Bin: env("NODE24_BIN"),
      vsix: env("VSIX", join(repo, "apps/vscode/nianbao-vscode.vsix")),
      out: env("OUT", join(repo, "artifacts/screenshots")),
      chromiumPath: env("CHROMIUM", "/usr/bin/chromium"),
      workspace: {
        hongzeSource: join(repo, "examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml"),
        buildHostile: ({ agency, other }) => writeReportYaml({ ...reportTemplate({ year: 2023, agency }), other }),
      },
    });
    console.log("[e2e] passed");
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exitCode = 1;
  }
}
