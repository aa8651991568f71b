import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FORMS, parseReport, printedHeading } from "@nianbao/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumAvailable,
  embeddedData,
  launchChromium,
  openAudit,
  openReport,
  type Watch,
} from "./support/audit-page.js";
import { nianbao } from "./support/run.js";

/**
 * Issue 14: the audit page of examples/ in a real browser (headless Chromium). It opens from
 * file:// with no console error, no CSP violation and no request; its overview counts what
 * `--format json` counts; the matrix sorts through its header buttons (mouse and keyboard) and
 * filters through its labelled field; every report shows the findings of `--format json`, its
 * cells with findings marked, last year beside it with the changed cells highlighted; the charts
 * are inline SVG; the page prints on A4. Screenshots go to artifacts/screenshots/.
 */

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL("../../../artifacts/screenshots/", import.meta.url));

async function expectQuiet(watch: Watch, url: string): Promise<void> {
  expect(watch.errors).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.requests.filter((u) => u !== url)).toEqual([]);
}

/** The matrix's visible rows: agency name and each cell's text. */
function visibleRows(page: Page): Promise<string[][]> {
  return page.$$eval(".au-matrix tbody tr:not([hidden])", (trs) =>
    trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.firstChild?.textContent ?? "")),
  );
}

describe.skipIf(!chromiumAvailable && !process.env.CI)("the audit page of examples/ in headless Chromium", () => {
  let dir: string;
  let file: string;
  let json: any;
  let data: any;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nianbao-audit-"));
    file = join(dir, "audit.html");
    const r = nianbao(["check", "examples", "--format", "html", "-o", file], REPO);
    expect(r.status).toBe(1);
    json = JSON.parse(nianbao(["check", "examples", "--format", "json"], REPO).stdout);
    data = embeddedData(file);
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("opens quietly and counts what --format json counts; screenshots of the overview, matrix and a report", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const figures = await page.$$eval(".au-figure", (els) =>
      els.map((e) => [e.querySelector("dt")!.textContent, e.querySelector("dd")!.textContent]),
    );
    const s = json.summary;
    const withWarnings = json.reports.filter((r: any) => r.findings.some((f: any) => f.severity === "warning")).length;
    expect(figures).toEqual([
      ["已检查的报告", String(s.reportsChecked)],
      ["有错误的报告", String(s.reportsWithErrors)],
      ["有警告的报告", String(withWarnings)],
      ["错误", String(s.errors)],
      ["警告", String(s.warnings)],
      ["提示", String(s.infos)],
    ]);
    // Findings by rule: each code with its count, linked to its reference in the page.
    const byRule = await page.$$eval("#au-by-rule tbody tr", (trs) =>
      trs.map((tr) => [tr.querySelector("a")!.getAttribute("href"), tr.cells[3]!.textContent]),
    );
    expect(byRule).toEqual(Object.entries(s.byCode).map(([code, n]) => [`#rule-${code}`, String(n)]));
    for (const [href] of byRule) expect(await page.locator(href!).count()).toBe(1);
    await page.locator("#overview").screenshot({ path: join(SCREENSHOTS, "audit-overview.png") });
    await page.locator("#matrix").screenshot({ path: join(SCREENSHOTS, "audit-matrix.png") });
    const withPrevious = data.reports.findIndex((r: any) => r.pr >= 0 && r.fs.length > 0);
    await openReport(page, withPrevious);
    await page.locator("#report").screenshot({ path: join(SCREENSHOTS, "audit-report.png") });
    await expectQuiet(watch, url);
    await page.close();
  });

  it("sorts the matrix through the header buttons, by mouse and by keyboard, saying so in aria-sort", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const agencyHead = page.locator(".au-matrix thead th").first();
    // Opens sorted by agency, ascending, in the page's locale.
    expect(await agencyHead.getAttribute("aria-sort")).toBe("ascending");
    const names = (await visibleRows(page)).map((r) => r[0]!);
    expect(names).toEqual([...names].sort(new Intl.Collator("zh-CN").compare));

    const errorsButton = page.getByRole("button", { name: "错误", exact: true });
    const errorsHead = page.locator(".au-matrix thead th", { has: errorsButton });
    const errorsColumn = async () => (await visibleRows(page)).map((r) => Number(r.at(-2)));
    await errorsButton.click();
    expect(await errorsHead.getAttribute("aria-sort")).toBe("ascending");
    expect(await agencyHead.getAttribute("aria-sort")).toBe("none");
    const ascending = await errorsColumn();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // Keyboard: the header button takes focus with Tab order and Enter sorts again, the other way.
    await errorsButton.focus();
    await page.keyboard.press("Enter");
    expect(await errorsHead.getAttribute("aria-sort")).toBe("descending");
    const descending = await errorsColumn();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBe(Math.max(...descending));
    await expectQuiet(watch, url);
    await page.close();
  });

  it("filters the matrix by the labelled field and the choice of rows; not-submitted years are flagged", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const total = (await visibleRows(page)).length;
    await page.getByLabel("按机关或文件名筛选").fill("淮安");
    const huaian = await visibleRows(page);
    expect(huaian.length).toBeGreaterThan(0);
    expect(huaian.length).toBeLessThan(total);
    for (const row of huaian) expect(row[0]).toContain("淮安");
    expect(await page.locator(".au-count").textContent()).toBe(`显示 ${huaian.length} / ${total} 个机关`);

    await page.getByLabel("按机关或文件名筛选").fill("");
    await page.getByLabel("显示").selectOption("missing");
    const missing = await visibleRows(page);
    expect(missing.length).toBeGreaterThan(0);
    for (const row of missing) expect(row).toContain("未提交");
    // Every agency with a report before the latest year and none in it is flagged as not submitted.
    const latest = Math.max(...data.reports.map((r: any) => r.y));
    const byAgency = new Map<string, number[]>();
    for (const r of json.reports) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r.year]);
    const notSubmitted = [...byAgency].filter(([, years]) => !years.includes(latest)).map(([a]) => a);
    const flagged = await page.$$eval(".au-matrix tbody tr", (trs) =>
      trs.filter((tr) => tr.querySelector(".au-flag")).map((tr) => tr.querySelector("th")!.firstChild!.textContent),
    );
    expect(flagged.sort()).toEqual(notSubmitted.sort());
    await expectQuiet(watch, url);
    await page.close();
  });

  it("shows each report's findings as --format json gives them, the cells they concern marked", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    for (let i = 0; i < json.reports.length; i++) {
      await openReport(page, i);
      const shown = await page.$$eval("#report .au-findings tbody tr", (trs) =>
        trs.map((tr) => [tr.cells[1]!.textContent, tr.cells[3]!.textContent, Number(tr.cells[4]!.textContent)]),
      );
      expect(shown, json.reports[i].file).toEqual(
        json.reports[i].findings.map((f: any) => [f.code, f.message, f.range.start.line + 1]),
      );
      // The cell a finding is about (its first path), where the tables show it, carries the mark.
      const unmarked = await page.evaluate(
        (paths) =>
          paths.filter((p) => {
            const el = document.querySelector(`#report .au-year:first-child [data-path="${CSS.escape(p)}"]`);
            return el !== null && !el.classList.contains("nb-mark");
          }),
        data.reports[i].fs.filter((f: any) => f.p.length).map((f: any) => f.p[0]),
      );
      expect(unmarked, json.reports[i].file).toEqual([]);
    }
    await expectQuiet(watch, url);
    await page.close();
  });

  it("puts last year's tables beside this year's, the cells that changed highlighted in both", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const paired = data.reports.map((r: any, i: number) => [r, i]).filter(([r]: any) => r.pr >= 0);
    expect(paired.length).toBeGreaterThan(0);
    for (const [r, i] of paired) {
      await openReport(page, i);
      const years = await page.$$eval("#report .au-year h4", (hs) => hs.map((h) => h.textContent));
      expect(years).toEqual([`${r.y} 年`, `${data.reports[r.pr].y} 年`]);
      const cells = await page.$$eval("#report .au-year", (blocks) =>
        blocks.map((b) =>
          Object.fromEntries(
            [...b.querySelectorAll("td[data-path]")].map((td) => [
              td.getAttribute("data-path"),
              [td.textContent, td.classList.contains("au-diff")],
            ]),
          ),
        ),
      );
      const [now, before] = cells as Record<string, [string, boolean]>[];
      let changed = 0;
      for (const [path, [text, diff]] of Object.entries(now!)) {
        const old = before![path];
        if (!old) continue;
        expect(diff, path).toBe(text !== old[0]);
        expect(old[1], path).toBe(text !== old[0]);
        if (diff) changed++;
      }
      expect(changed).toBeGreaterThan(0);
    }
    await expectQuiet(watch, url);
    await page.close();
  });

  it("lets a keyboard reach each table's cells, named by year and section, their findings and other year read out", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const i = data.reports.findIndex((r: any) => r.pr >= 0 && r.fs.some((f: any) => f.p.length));
    const r = data.reports[i];
    await openReport(page, i);
    const grids = await page.$$eval("#report .au-year table", (ts) =>
      ts.map((t) => [
        t.getAttribute("role"),
        t.getAttribute("aria-label"),
        t.querySelectorAll('[tabindex="0"]').length,
      ]),
    );
    const headings = (fm: 2019 | 2021) => FORMS[fm].sections.filter((s) => s.kind !== "text").map(printedHeading);
    const previous = data.reports[r.pr];
    expect(grids).toEqual([r, previous].flatMap((x) => headings(x.fm).map((h) => ["grid", `${x.y} 年 · ${h}`, 1])));
    // In this year's table 三, Down then Up: the focus moves cell by cell and comes back.
    const stop = page.locator('#report .au-year:first-child table[data-table="requests"] [tabindex="0"]');
    await stop.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute("data-path"));
    await page.keyboard.press("ArrowDown");
    const below = await page.evaluate(() => document.activeElement?.getAttribute("data-path"));
    expect(below).toBeTruthy();
    expect(below).not.toBe(before);
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-path"))).toBe(before);
    // A changed cell says the other year's figure; a marked cell its finding, as its title does.
    const described = await page.$$eval(
      "#report .au-year:first-child td.au-diff, #report .au-year:first-child td.nb-mark",
      (tds) => tds.map((td) => [td.getAttribute("aria-description"), td.getAttribute("title")]),
    );
    expect(described.length).toBeGreaterThan(0);
    for (const [description, title] of described) expect(description).toBe(title);
    expect(described.some(([d]) => d?.includes("另一年度："))).toBe(true);
    await expectQuiet(watch, url);
    await page.close();
  });

  it("draws the charts as inline SVG, and prints on A4 without the controls", async () => {
    const { page, watch, url } = await openAudit(browser, file);
    const charts = await page.$$eval("#overview .au-chart", (figs) =>
      figs.map((f) => ({
        id: f.getAttribute("data-chart"),
        marks: f.querySelectorAll("svg rect, svg path.au-line").length,
        legend: f.querySelectorAll(".au-legend li").length,
      })),
    );
    expect(charts.map((c) => c.id)).toEqual(data.charts.map((c: any) => c.id));
    for (const c of charts) expect(c.marks, c.id!).toBeGreaterThan(0);
    // The applications chart sums each year's 本年新收 by applicant type, as the reports give them.
    const expected = new Map<string, number>();
    for (const r of json.reports) {
      const report = parseReport(readFileSync(join(REPO, r.file), "utf8")).report;
      report.requests.new?.slice(0, 6).forEach((cell, k) => {
        if (cell.status !== "number") return;
        const key = `${report.year} 年 ${FORMS[2021].table3.columns[k]!.label}`;
        expected.set(key, (expected.get(key) ?? 0) + cell.value!);
      });
    }
    const drawn = await page.$$eval('#overview [data-chart="applications"] rect title', (ts) =>
      ts.map((t) => t.textContent!),
    );
    const parsed = new Map(
      drawn.map((t) => {
        const m = /^(.+): ([\d,.]+)$/.exec(t)!;
        return [m[1]!, Number(m[2]!.replace(/,/g, ""))];
      }),
    );
    expect(Object.fromEntries([...parsed].filter(([k, v]) => v !== 0 || expected.has(k)))).toEqual(
      Object.fromEntries(expected),
    );
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".au-nav").isVisible()).toBe(false);
    expect(await page.locator(".au-controls").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    writeFileSync(join(SCREENSHOTS, "audit-print.pdf"), pdf);
    // With a report open, printing gives that report alone.
    await openReport(page, 0);
    expect(await page.locator("#report").isVisible()).toBe(true);
    expect(await page.locator("#overview").isVisible()).toBe(false);
    expect(await page.locator("#matrix").isVisible()).toBe(false);
    await expectQuiet(watch, url);
    await page.close();
  });
});
