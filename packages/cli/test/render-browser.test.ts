import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_GRID_WIDTHS, FORMAT_SPANS, type Spans } from "@nianbao/test-support/format-spans";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";
import { chromiumAvailable, launchChromium } from "@nianbao/test-support/chromium";

/**
 * The exported HTML page in a real browser (headless Chromium): the header cells span as FORMAT §3
 * prints them, nothing overflows at A4 width, and a screenshot is kept for CI.
 */

/** A4 at 96 dpi: 210 mm wide. */
const A4_WIDTH = 794;
/** The printable width of A4 inside the page's @page margins of 20 mm each side: 170 mm. */
const A4_PRINT_WIDTH = Math.floor((170 / 25.4) * 96);
const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL("../../../artifacts/screenshots/", import.meta.url));

async function spansOf(page: Page, table: string): Promise<Spans> {
  return page.$$eval(`table[data-table="${table}"] th, table[data-table="${table}"] td`, (cells) =>
    cells
      .map((c) => c as HTMLTableCellElement)
      .filter((c) => c.rowSpan > 1 || c.colSpan > 1)
      .filter((c) => c.tagName === "TH")
      .map((c) => [c.textContent ?? "", c.rowSpan, c.colSpan] as [string, number, number]),
  );
}

/** The width of each row of a table once the cells that rows above extend into it are counted. */
async function rowWidths(page: Page, table: string): Promise<number[]> {
  return page.$eval(`table[data-table="${table}"]`, (t) => {
    const carried: number[] = [];
    return [...(t as HTMLTableElement).rows].map((row, r) => {
      let width = carried[r] ?? 0;
      for (const c of [...row.cells]) {
        width += c.colSpan;
        for (let d = 1; d < c.rowSpan; d++) carried[r + d] = (carried[r + d] ?? 0) + c.colSpan;
      }
      return width;
    });
  });
}

/** Elements wider than their box (the page, the tables' wrappers, every cell), as readable strings. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>(".nb-table-wrap, table, th, td, h1, h2, h3, p")) {
      if (el.scrollWidth > el.clientWidth)
        out.push(`${el.tagName} “${(el.textContent ?? "").slice(0, 20)}” ${el.scrollWidth} > ${el.clientWidth}`);
      if (el.getBoundingClientRect().right > root.clientWidth + 0.5)
        out.push(`${el.tagName} “${(el.textContent ?? "").slice(0, 20)}” ends at ${el.getBoundingClientRect().right}`);
    }
    return out;
  });
}

// Without Chromium a developer's run skips; CI installs it and must run these.
describe.skipIf(!chromiumAvailable && !process.env.CI)("the rendered HTML page in headless Chromium", () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = folderWith({
      // A 2019 report with wide figures: its table 二 sits on a 5-column grid.
      "form2019.nianbao.yaml": buildYaml({
        format: 2019,
        year: 2020,
        agency: "测试市测试局",
        t2: {
          行政许可: { 上一年项目数量: 1234567, 本年增减: -12345, 处理决定数量: 7654321 },
          政府集中采购: { 采购项目数量: 4321, 采购总金额: 98765.432 },
        },
        t3: { 本年新收: [11234567, 123456, 0, 0, 0, 0, 11358023] },
      }),
    });
    copyFileSync(
      join(EXAMPLES, "shanghai-city-gov-office-2025.nianbao.yaml"),
      join(dir, "shanghai-city-gov-office-2025.nianbao.yaml"),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    removeFolder(dir);
  });

  async function open(name: string): Promise<Page> {
    const r = nianbao(["render", `${name}.nianbao.yaml`, "-o", `${name}.html`], dir);
    expect(r.status).toBe(0);
    const page = await browser.newPage({ viewport: { width: A4_WIDTH, height: 1123 } });
    await page.goto(pathToFileURL(join(dir, `${name}.html`)).href);
    return page;
  }

  it("draws the 上海 report's header cells spanning as printed, with nothing overflowing at A4 width", async () => {
    const name = "shanghai-city-gov-office-2025";
    const page = await open(name);
    for (const [table, expected] of Object.entries(FORMAT_SPANS[2021]))
      expect(await spansOf(page, table), table).toEqual(expected);
    for (const [table, width] of Object.entries(FORMAT_GRID_WIDTHS[2021]))
      expect(new Set(await rowWidths(page, table)), table).toEqual(new Set([width]));
    // The figures are there, annotated cells as written.
    expect(await page.locator('td[data-path="proactive.regulations.made"]').textContent()).toBe("22（其中修订16件）");
    expect(await page.locator('td[data-path="requests.carriedOut.6"]').textContent()).toBe("293");
    expect(await overflows(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `render-${name}.png`), fullPage: true });
    // Printed on A4 (the @page margins leave 170 mm), nothing overflows either.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
    expect(await overflows(page)).toEqual([]);
    await page.close();
  });

  it("draws a 2019 report's table 二 on its 5-column grid, wide figures included, without overflow", async () => {
    const page = await open("form2019");
    for (const [table, expected] of Object.entries(FORMAT_SPANS[2019]))
      expect(await spansOf(page, table), table).toEqual(expected);
    for (const [table, width] of Object.entries(FORMAT_GRID_WIDTHS[2019]))
      expect(new Set(await rowWidths(page, table)), table).toEqual(new Set([width]));
    expect(await page.locator('td[data-path="requests.new.6"]').textContent()).toBe("11358023");
    expect(await page.locator('td[data-path="proactive.procurement.procurementAmount"]').textContent()).toBe(
      "98765.432",
    );
    expect(await overflows(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "render-form2019.png"), fullPage: true });
    await page.close();
  });
});
