import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";

/**
 * The audit page (`check --format html`) in headless Chromium, as the other browser tests run it:
 * the system Chromium driven by playwright-core, watched for console errors, uncaught exceptions,
 * CSP violations, dialogs and any request but the page's own file.
 */

export { CHROMIUM, chromiumAvailable, launchChromium } from "@nianbao/test-support/chromium";

export interface Watch {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly requests: string[];
  /** The CSP violations the page reported (securitypolicyviolation events), as "directive blocked-uri". */
  violations(): Promise<string[]>;
}

/** Opens a page file and waits until its script has drawn the overview and the matrix. */
export async function openAudit(
  browser: Browser,
  file: string,
  viewport = { width: 1400, height: 900 },
): Promise<{ page: Page; watch: Watch; url: string }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  // Injected by the DevTools protocol before the page's own scripts, outside its CSP.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { timeout: 60_000 });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, watch: { errors, dialogs, requests, violations }, url };
}

/** Opens one report (as a link of the matrix does) and waits for it to be drawn. */
export async function openReport(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => (location.hash = `#report-${i}`), index);
  await page.waitForSelector(`#report[data-report="${index}"]`);
}

/** The data the page embeds, read from its file as the page's script reads it. */
export function embeddedData(file: string): any {
  const html = readFileSync(file, "utf8");
  const m = /<script type="application\/json" id="nb-audit-data">([^]*?)<\/script>/.exec(html);
  if (!m) throw new Error("no data block");
  return JSON.parse(m[1]!);
}

/** Findings as `--format json` gives them, reduced to what the page shows, report by report. */
export function jsonFindings(json: any): [string, [string, string, string, number, number][]][] {
  return json.reports.map((r: any) => [
    r.file,
    r.findings.map((f: any) => [f.code, f.severity, f.message, f.range.start.line, f.range.start.character]),
  ]);
}

/** The same from the page's data. */
export function pageFindings(data: any): [string, [string, string, string, number, number][]][] {
  return data.reports.map((r: any) => [r.f, r.fs.map((f: any) => [f.c, f.s, f.m, f.l, f.ch])]);
}
