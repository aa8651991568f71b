import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_TAGS, REPORT_TAGS } from "@nianbao/test-support/html-strict";
import { corpusReport, hostileReport, XSS_CORPUS } from "@nianbao/test-support/xss";
import { chromiumAvailable, embeddedData, launchChromium, openAudit, openReport } from "./support/audit-page.js";
import { nianbao } from "./support/run.js";

/**
 * The XSS corpus (core's, as the preview and the exported page are tested with) through the audit
 * page: one report holding the whole corpus, and a report per payload with it in every text field
 * (机关 too, so it reaches the overview, the matrix and the report's heading). With the page's CSP
 * and without it (escaping alone): no script runs, no element or attribute the page did not write,
 * no request, and every payload is shown as text where the report wrote it.
 */

/** What the browser's parser does to text: a NUL is dropped (HTML §13.2.6.4.7). */
// eslint-disable-next-line no-control-regex -- the NUL is the character in question
const asParsed = (text: string) => text.replace(/\u0000/g, "");

/** The elements the page itself draws around core's tables: its own markup and d3's SVG. */
const AUDIT_TAGS = [
  "header",
  "nav",
  "main",
  "noscript",
  "script",
  "h4",
  "a",
  "span",
  "dl",
  "dt",
  "dd",
  "ol",
  "ul",
  "li",
  "caption",
  "label",
  "input",
  "select",
  "option",
  "button",
  "figure",
  "figcaption",
  "svg",
  "g",
  "path",
  "line",
  "rect",
  "circle",
  "text",
  "title",
];
const ALLOWED = [...REPORT_TAGS, ...PAGE_TAGS, ...AUDIT_TAGS];

async function inspect(page: Page) {
  return page.evaluate((allowed) => {
    const all = [...document.querySelectorAll("*")];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      foreign: [...new Set(all.map((e) => e.localName).filter((t) => !allowed.includes(t)))],
      events: all.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))),
      styleAttributes: all.filter((e) => e.hasAttribute("style")).length,
      styles: document.querySelectorAll("style").length,
      scripts: document.querySelectorAll("script").length,
      hrefs: [...document.querySelectorAll("[href]")]
        .map((e) => e.getAttribute("href"))
        .filter((h) => !h!.startsWith("#")),
    };
  }, ALLOWED);
}

describe.skipIf(!chromiumAvailable && !process.env.CI)("the XSS corpus through the audit page", () => {
  let dir: string;
  let browser: Browser;
  let data: any;
  let corpusCells: ReadonlyMap<string, string>;
  const hostile: { file: string; fields: ReadonlyMap<string, string> }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nianbao-audit-xss-"));
    const { yaml, cells } = corpusReport(XSS_CORPUS);
    corpusCells = cells;
    writeFileSync(join(dir, "corpus.nianbao.yaml"), yaml);
    XSS_CORPUS.forEach((payload, i) => {
      const { yaml, fields } = hostileReport(payload, "agency");
      const file = `hostile-${String(i).padStart(3, "0")}.nianbao.yaml`;
      writeFileSync(join(dir, file), yaml);
      hostile.push({ file, fields });
    });
    const r = nianbao(["check", ".", "--format", "html", "-o", "csp.html"], dir);
    expect(r.status, r.stderr).toBe(1);
    const html = readFileSync(join(dir, "csp.html"), "utf8");
    writeFileSync(join(dir, "plain.html"), html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, ""));
    data = embeddedData(join(dir, "csp.html"));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["with its Content-Security-Policy", "csp.html"],
    ["without it: escaping alone", "plain.html"],
  ])("runs nothing and shows every payload as text, %s", async (_, name) => {
    const { page, watch, url } = await openAudit(browser, join(dir, name));
    // Each row of the matrix is an agency (reports whose 机关 pairing takes for one agency share it), named as written.
    const agencies = await page.$$eval(".au-matrix tbody th", (ths) => ths.map((th) => th.firstChild!.textContent));
    const placed = data.reports.filter((r: any) => r.y !== null);
    expect(agencies).toHaveLength(new Set(placed.map((r: any) => r.k || r.f)).size);
    // The page's own elements take text through textContent, which keeps a NUL that parsing would drop.
    const written = new Set(placed.map((r: any) => r.a ?? r.f));
    for (const a of agencies) expect(written.has(a!), a!).toBe(true);

    // Every report with a year is reachable from the matrix, two of one agency and year included.
    const linked = await page.$$eval(".au-matrix a", (as) => as.map((a) => a.getAttribute("href")));
    const placedIndexes = data.reports.flatMap((r: any, i: number) => (r.y !== null ? [`#report-${i}`] : []));
    expect(placedIndexes.length).toBeGreaterThan(agencies.length);
    expect(linked.sort()).toEqual(placedIndexes.sort());

    const corpus = data.reports.findIndex((r: any) => r.f.endsWith("corpus.nianbao.yaml"));
    await openReport(page, corpus);
    expect(await page.locator("#report-title").textContent()).toContain(data.reports[corpus].a);
    const missing = await page.evaluate(
      (expected) =>
        expected.flatMap(([path, text]) => {
          const el = document.querySelector(`#report [data-path="${CSS.escape(path)}"]`);
          return el?.textContent === text ? [] : [`${path}: ${JSON.stringify(el?.textContent?.slice(0, 60) ?? null)}`];
        }),
      [...corpusCells].map(([p, t]): [string, string] => [p, asParsed(t)]),
    );
    expect(missing).toEqual([]);

    for (const h of hostile) {
      const index = data.reports.findIndex((r: any) => r.f === h.file);
      await openReport(page, index);
      // The figures and 注 of the tables: the report view shows those (the prose is the preview's).
      const { wrong, found } = await page.evaluate(
        (expected) => {
          let found = 0;
          const wrong = expected.flatMap(([path, text]) => {
            const el = document.querySelector(`#report .au-year [data-path="${CSS.escape(path)}"]`);
            if (!el) return [];
            found++;
            const shown = el.textContent ?? "";
            return shown === text || shown === `注：${text}` ? [] : [`${path}: ${JSON.stringify(shown.slice(0, 60))}`];
          });
          return { wrong, found };
        },
        [...h.fields].map(([p, t]): [string, string] => [p, asParsed(t)]),
      );
      expect(wrong, h.file).toEqual([]);
      // 收费, three cells of 予以公开, 行政复议 and the three tables' 注 at least.
      expect(found, h.file).toBeGreaterThanOrEqual(8);
      const cells = await page.$$eval("#report .au-year td[data-path]", (tds) => tds.length);
      expect(cells).toBeGreaterThan(0);
      const seen = await inspect(page);
      expect(seen.xss).toBeNull();
      expect(seen.foreign).toEqual([]);
      expect(seen.events).toEqual([]);
    }
    await page.waitForTimeout(500);
    const seen = await inspect(page);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    expect(watch.requests.filter((u) => u !== url)).toEqual([]);
    expect(seen.xss).toBeNull();
    expect(seen.foreign).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(seen.styleAttributes).toBe(0);
    expect(seen.styles).toBe(1);
    expect(seen.scripts).toBe(2);
    expect(seen.hrefs).toEqual([]);
    await page.close();
  });
});
