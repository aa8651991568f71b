import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  embeddedData,
  jsonFindings,
  launchChromium,
  openAudit,
  openReport,
  pageFindings,
} from "./support/audit-page.js";
import { writeJurisdiction, type Jurisdiction } from "./support/jurisdiction.js";
import { nianbao } from "./support/run.js";

/**
 * Issue 14 at scale: the audit page of the generated jurisdiction (~2,000 reports of 400
 * agencies over 2021–2025, some agencies without a 2025 report, a few percent with an injected
 * error) holds the findings of `--format json`, opens quietly in Chromium, flags exactly the
 * agencies that did not submit, and its matrix of 400 rows sorts and filters. How fast it opens
 * is measured by bench/audit-html.mjs, not asserted here.
 */

const SCREENSHOTS = fileURLToPath(new URL("../../../artifacts/screenshots/", import.meta.url));

describe.skipIf(!chromiumAvailable && !process.env.CI)("the audit page of a generated jurisdiction", () => {
  let dir: string;
  let file: string;
  let j: Jurisdiction;
  let json: any;
  let data: any;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nianbao-audit-jurisdiction-"));
    const reports = join(dir, "reports");
    mkdirSync(reports);
    j = writeJurisdiction(reports);
    file = join(dir, "audit.html");
    const r = nianbao(["check", ".", "--format", "html", "-o", file], reports);
    expect(r.status, r.stderr).toBe(1);
    json = JSON.parse(nianbao(["check", ".", "--format", "json"], reports).stdout);
    data = embeddedData(file);
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("embeds every report with the findings of --format json, its tables once per layout", () => {
    expect(data.reports).toHaveLength(j.files.length);
    expect(pageFindings(data)).toEqual(jsonFindings(json));
    // Layouts are shared: a handful of templates for ~6,000 tables.
    expect(data.templates.length).toBeLessThan(20);
    // Findings are embedded once: the page is data, not 2,000 pre-rendered reports.
    expect(statSync(file).size).toBeLessThan(j.files.length * 4 * 1024);
  });

  it("opens quietly, flags the agencies that did not submit, and sorts and filters 400 rows", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const rows = page.locator(".au-matrix tbody tr");
    expect(await rows.count()).toBe(j.expected.agencies.length);
    const latest = j.expected.years.at(-1)!;
    // Not submitted: no report of the agency for the latest year, as --format json tells the years.
    const years = new Map<string, Set<number>>();
    for (const r of json.reports)
      if (r.agency && r.year) years.set(r.agency, (years.get(r.agency) ?? new Set()).add(r.year));
    const expected = [...years].filter(([, ys]) => !ys.has(latest)).map(([a]) => a);
    const flagged = await page.$$eval(".au-matrix tbody tr", (trs) =>
      trs.filter((tr) => tr.querySelector(".au-flag")).map((tr) => tr.querySelector("th")!.firstChild!.textContent!),
    );
    expect(flagged.sort()).toEqual(expected.sort());
    for (const m of j.expected.missing) expect(flagged).toContain(m.agency);
    await page.locator("#overview").screenshot({ path: join(SCREENSHOTS, "audit-jurisdiction-overview.png") });

    // Sorted by the latest year, descending: the not-submitted rows come first.
    const yearButton = page.getByRole("button", { name: `${latest} 年`, exact: true });
    await yearButton.click();
    await yearButton.click();
    expect(await page.locator(".au-matrix thead th", { has: yearButton }).getAttribute("aria-sort")).toBe("descending");
    const top = await page.$$eval(
      ".au-matrix tbody tr",
      (trs, n) => trs.slice(0, n).map((tr) => !!tr.querySelector(".au-flag")),
      flagged.length,
    );
    expect(top.every(Boolean)).toBe(true);
    await page.locator("#matrix").screenshot({ path: join(SCREENSHOTS, "audit-jurisdiction-matrix.png") });

    await page.getByLabel("显示").selectOption("missing");
    expect(await page.locator(".au-matrix tbody tr:not([hidden])").count()).toBe(flagged.length);
    await page.getByLabel("显示").selectOption("all");
    const one = j.expected.agencies[7]!;
    await page.getByLabel("按机关或文件名筛选").fill(one);
    const shown = await page.$$eval(".au-matrix tbody tr:not([hidden]) th", (ths) =>
      ths.map((th) => th.firstChild!.textContent),
    );
    expect(shown).toContain(one);
    for (const name of shown) expect(name).toContain(one);

    // A report with an injected error: its findings as JSON gives them.
    const injected = json.reports.findIndex((r: any) => r.findings.some((f: any) => f.severity === "error"));
    await openReport(page, injected);
    const listed = await page.$$eval("#report .au-findings tbody tr", (trs) =>
      trs.map((tr) => tr.cells[3]!.textContent),
    );
    expect(listed).toEqual(json.reports[injected].findings.map((f: any) => f.message));
    await page.locator("#report").screenshot({ path: join(SCREENSHOTS, "audit-jurisdiction-report.png") });

    expect(watch.errors).toEqual([]);
    expect(await watch.violations()).toEqual([]);
    expect(watch.requests.filter((u) => u !== url)).toEqual([]);
    await page.close();
  });
});
