/**
 * The built page in headless Chromium from file://, with every request that is not a file of the
 * page (or a blob the page made) recorded and refused: the page must never reach a network.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "@nianbao/test-support/chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";

export { CHROMIUM, chromiumAvailable as available } from "@nianbao/test-support/chromium";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
export const PAGE_URL = pathToFileURL(join(DIST, "index.html")).href;
export const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("../../../../artifacts/screenshots/", import.meta.url));

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made that is not one of its own files or blobs. */
  readonly outside: string[];
  /** Errors thrown in the page or its workers. */
  readonly errors: string[];
}

const own = (url: string) => url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:");

export async function openPage(): Promise<Session> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`${DIST}index.html is missing: run npm run build first`);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (own(url)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (r) => {
    if (!own(r.url()) && !outside.includes(r.url())) outside.push(r.url());
  });
  context.on("weberror", (e) => errors.push(e.error().message));
  const page = await context.newPage();
  page.on("worker", (w) => w.on("console", () => undefined));
  await page.goto(PAGE_URL);
  await page.locator("body[data-state=ready]").waitFor({ timeout: 60_000 });
  return { browser, context, page, outside, errors };
}

/** The CLI as users run it (`nianbao …`), from its built bundle. */
export function nianbao(
  args: readonly string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string } {
  // The package's entry is dist/index.js; its command is bundle/bin.js beside dist/.
  const bin = join(dirname(createRequire(import.meta.url).resolve("@nianbao/cli")), "..", "bundle", "bin.js");
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempFolder = () => mkdtempSync(join(tmpdir(), "nianbao-web-"));
export const readText = (path: string) => readFileSync(path, "utf8");

/**
 * The editor's whole text, from CodeMirror's view (its DOM holds only the visible lines), found as
 * EditorView.findFromDOM finds it in the pinned @codemirror/view.
 */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
    const el = document.querySelector(".cm-content") as (HTMLElement & { cmTile?: Tile }) | null;
    return el?.cmTile?.root?.view?.state.doc.toString() ?? "";
  });
}
