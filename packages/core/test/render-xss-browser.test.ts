import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport, renderReportHtml, renderReportPage, REPORT_CSS, type ParsedReport } from "../src/index.js";
import { PAGE_TAGS, REPORT_TAGS } from "@nianbao/test-support/html-strict";
import { corpusReport, XSS_CORPUS } from "@nianbao/test-support/xss";
import { chromiumAvailable, launchChromium } from "@nianbao/test-support/chromium";

/**
 * Issue 6 in a real browser (headless Chromium): the whole XSS corpus in one report, shown as the
 * exported page (with its CSP, and without it, so that escaping alone is tested), and the way the
 * VS Code preview shows it (core's HTML assigned to innerHTML of the page's root). No script runs:
 * no dialog, no `window.__xss`, no console error, no request; no element or event attribute the
 * renderer did not write; every payload is there as visible text.
 */

/** Long enough for image errors, toggles and focus handlers to have fired had any been written. */
const SETTLE_MS = 500;

/** What the browser's parser does to text: a NUL is dropped (HTML §13.2.6.4.7). */
// eslint-disable-next-line no-control-regex -- the NUL is the character in question
const asParsed = (text: string) => text.replace(/\u0000/g, "");

interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
}

async function watched(browser: Browser): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { dialogs: [], errors: [], requests: [] };
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  page.on("request", (r) => watch.requests.push(r.url()));
  return { page, watch };
}

/** Everything in the page that escaping should have kept out, and every field whose text is not as written. */
async function inspect(page: Page, allowed: readonly string[], expected: readonly [string, string][]) {
  return page.evaluate(
    ({ allowed, expected }) => {
      const all = [...document.querySelectorAll("*")];
      const w = window as unknown as { __xss?: unknown };
      return {
        xss: w.__xss ?? null,
        foreign: [...new Set(all.map((e) => e.localName).filter((t) => !allowed.includes(t)))],
        events: all.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))),
        styleAttributes: all.filter((e) => e.hasAttribute("style")).length,
        styles: document.querySelectorAll("style").length,
        missing: expected.flatMap(([path, text]) => {
          const el = document.querySelector<HTMLElement>(`[data-path="${path}"]`);
          if (!el) return [`${path}: no element`];
          if (!el.checkVisibility()) return [`${path}: not visible`];
          return el.textContent === text ? [] : [`${path}: ${JSON.stringify((el.textContent ?? "").slice(0, 80))}`];
        }),
        paragraphs: [...document.querySelectorAll('[data-section="problems"] p')].map((p) => p.textContent),
      };
    },
    { allowed, expected },
  );
}

// Without Chromium a developer's run skips; CI installs it and must run these.
describe.skipIf(!chromiumAvailable && !process.env.CI)("the XSS corpus in headless Chromium", () => {
  let dir: string;
  let browser: Browser;
  let parsed: ParsedReport;
  let expected: [string, string][];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nianbao-xss-"));
    const { yaml, cells } = corpusReport(XSS_CORPUS);
    parsed = parseReport(yaml);
    // Each payload as a cell of table 三 and as a 注; the notes are printed "注：" + the text.
    expected = [
      ...[...cells].map(([path, text]): [string, string] => [path, asParsed(text)]),
      ...XSS_CORPUS.map((p, i): [string, string] => [`notes.${i}`, asParsed(`注：${p.trim()}`)]),
    ];
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function expectInert(
    page: Page,
    watch: Watch,
    allowed: readonly string[],
    styles: number,
    ownUrl: string | null,
  ) {
    await page.waitForTimeout(SETTLE_MS);
    const seen = await inspect(page, allowed, expected);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests.filter((u) => u !== ownUrl)).toEqual([]);
    expect(seen.xss).toBeNull();
    expect(seen.foreign).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(seen.styleAttributes).toBe(0);
    expect(seen.styles).toBe(styles);
    expect(seen.missing).toEqual([]);
    // 五 holds the corpus a payload a line: each is its own paragraph, as written.
    expect(seen.paragraphs).toEqual(XSS_CORPUS.map((p) => asParsed(p.trim())));
  }

  it.each([
    ["as exported, with its Content-Security-Policy", true],
    ["without the Content-Security-Policy: escaping alone", false],
  ])("the standalone page %s", async (_, withCsp) => {
    const html = renderReportPage(parsed.report, { marks: parsed.findings });
    const file = join(dir, withCsp ? "csp.html" : "plain.html");
    writeFileSync(file, withCsp ? html : html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, ""));
    const url = pathToFileURL(file).href;
    const { page, watch } = await watched(browser);
    await page.goto(url);
    await expectInert(page, watch, [...REPORT_TAGS, ...PAGE_TAGS], 1, url);
    expect(await page.title()).toContain(asParsed(XSS_CORPUS[0]!));
    await page.close();
  });

  it("the preview: core's HTML, with marks and lines, put into the page's root by innerHTML", async () => {
    const html = renderReportHtml(parsed.report, {
      marks: parsed.findings,
      source: { sourceMap: parsed.sourceMap, lineIndex: parsed.lineIndex },
    });
    const { page, watch } = await watched(browser);
    await page.setContent(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${REPORT_CSS}</style></head><body><main id="nb-root"></main></body></html>`,
    );
    // As apps/vscode's webview does with each update message.
    await page.evaluate((h) => {
      document.getElementById("nb-root")!.innerHTML = h;
    }, html);
    await expectInert(page, watch, [...REPORT_TAGS, ...PAGE_TAGS, "main"], 1, null);
    await page.close();
  });
});
