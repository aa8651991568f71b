import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  available,
  editorText,
  EXAMPLES,
  nianbao,
  openPage,
  readText,
  SCREENSHOTS,
  tempFolder,
  type Session,
} from "./support/page.js";

/**
 * The page as a user meets it, opened from file:// in headless Chromium: open a published example,
 * see its errors in the editor, the finding list and the tables, fix one, complete a key by its
 * pinyin initials, import a PDF and a Word document (the same YAML as `nianbao import`), export
 * YAML, HTML and Word, reload and find everything still there, switch to English. No request
 * leaves the page's folder at any point.
 */

const EXAMPLE = "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml";
const PDF = "jiangsu-huaian-hongzequ-gov-2024.pdf";

describe.skipIf(!available && !process.env.CI)("the web page in headless Chromium, from file://", () => {
  let s: Session;
  let dir: string;

  beforeAll(async () => {
    dir = tempFolder();
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(join(EXAMPLES, EXAMPLE), join(dir, EXAMPLE));
    copyFileSync(join(EXAMPLES, "sources", PDF), join(dir, PDF));
    s = await openPage();
  }, 120_000);

  afterAll(async () => {
    await s?.browser.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = () => s.page;
  const openFile = async (path: string) => {
    const chooser = page().waitForEvent("filechooser");
    await page().locator("#open").click();
    await (await chooser).setFiles(path);
  };

  it("starts with a new report checked, in 中文, under a CSP that refuses connections", async () => {
    expect(await page().locator("html").getAttribute("lang")).toBe("zh-CN");
    await page().locator("#tables[data-version]").waitFor();
    expect(await page().locator("#findings-summary").textContent()).toMatch(/个错误/);
    const csp = await page().locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("connect-src 'none'");
    // The policy is in force, not only written: a fetch from the page is refused before any request.
    const refused = await page().evaluate(() =>
      fetch("http://127.0.0.1:9/").then(
        () => "fetched",
        () => "refused",
      ),
    );
    expect(refused).toBe("refused");
    expect(s.outside).toEqual([]);
    const ms = Number(await page().locator("body").getAttribute("data-first-diagnostics-ms"));
    expect(ms).toBeGreaterThan(0);
    console.log(`time to first diagnostics (from navigation start): ${ms} ms`);
  });

  it("opens an example and shows its errors in the editor, the finding list and the tables", async () => {
    await openFile(join(dir, EXAMPLE));
    const rowSum = page().locator('.nb-finding[data-code="T4-ROWSUM"]');
    await expect.poll(() => rowSum.count(), { timeout: 30_000 }).toBe(2);
    expect(await rowSum.first().textContent()).toContain("10 + 1 + 0 + 0 = 11");
    // The same finding as a squiggle in the editor and a marked cell in table 四.
    expect(await page().locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await page().locator('#tables [data-path="litigation.review.4"].nb-mark').count()).toBe(1);
    // Its addends are related locations, each a button to the cell.
    expect(await rowSum.first().locator(".nb-related").count()).toBe(2);
    // The service's inlay hint gives the total the row adds up to.
    expect(await page().locator(".cm-inlay-hint").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("11")]),
    );
    expect(await editorText(page())).toBe(readText(join(dir, EXAMPLE)));
    // Chosen in the list, the finding's cell is selected in the editor (scrolled to it).
    await rowSum.first().locator(".nb-finding-go").click();
    await expect.poll(() => page().evaluate(() => getSelection()?.toString()), { timeout: 15_000 }).toBe("0");
    await page().locator('#tables [data-path="litigation.review.4"]').scrollIntoViewIfNeeded();
    await page().screenshot({ path: join(SCREENSHOTS, "web-errors.png") });
  });

  it("jumps from a cell of the tables to its figure in the source", async () => {
    // Move the selection away first, so the jump is seen to happen (the worker answers asynchronously).
    await page().locator(".cm-line").first().click();
    await page().locator('#tables [data-path="litigation.review.4"]').click();
    await expect.poll(() => page().evaluate(() => getSelection()?.toString()), { timeout: 15_000 }).toBe("0");
    expect(await page().locator(".cm-activeLine").textContent()).toContain("行政复议");
  });

  it("applies a quick fix: the total becomes 11 and the finding goes", async () => {
    const before = await editorText(page());
    const finding = page().locator('.nb-finding[data-code="T4-ROWSUM"]', { hasText: "10 + 1 + 0 + 0 = 11" });
    await finding.locator(".nb-fix", { hasText: "11" }).click();
    await expect.poll(() => page().locator('.nb-finding[data-code="T4-ROWSUM"]').count(), { timeout: 30_000 }).toBe(1);
    const after = await editorText(page());
    expect(after).toBe(before.replace("行政复议:         [10, 1, 0, 0, 0]", "行政复议:         [10, 1, 0, 0, 11]"));
    expect(await page().locator('#tables [data-path="litigation.review.4"]').textContent()).toBe("11");
    await page().screenshot({ path: join(SCREENSHOTS, "web-fixed.png") });
  });

  it("shows the service's hover for a key", async () => {
    const key = page().locator(".cm-line", { hasText: "行政复议:" }).first();
    const box = (await key.boundingBox())!;
    await page().mouse.move(box.x + 30, box.y + box.height / 2);
    await page().locator(".nb-hover").waitFor({ timeout: 15_000 });
    expect(await page().locator(".nb-hover").textContent()).toContain("行政复议");
  });

  it("lists the findings with their fixes from the keyboard (Ctrl+.)", async () => {
    await page().locator(".cm-content").click();
    await page().keyboard.press("Control+.");
    const panel = page().locator(".cm-panel-lint");
    await panel.waitFor();
    expect(await panel.locator("li").count()).toBe(await page().locator(".nb-finding").count());
    // The quick fixes of the finding list are buttons in the panel too.
    const fix = (await page().locator(".nb-fix").first().textContent())!.replace(/^修正：/, "");
    expect(await panel.locator("button").allTextContents()).toContain(fix);
    await page().keyboard.press("Escape");
  });

  it("completes a key typed as its pinyin initials", async () => {
    await page().locator("#new").click();
    await page().locator("#new-create").click();
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toContain("格式: 2021");
    await page().locator(".cm-content").click();
    await page().keyboard.press("Control+a");
    await page().keyboard.press("Delete");
    await page().keyboard.type("jg");
    const option = page().locator(".cm-tooltip-autocomplete li", { hasText: "机关" }).first();
    await option.waitFor({ timeout: 15_000 });
    await option.click();
    expect(await editorText(page())).toMatch(/^机关: /);
  });

  it("imports a PDF into the same YAML as `nianbao import`", async () => {
    await openFile(join(dir, PDF));
    await expect.poll(() => page().locator("#status").textContent(), { timeout: 60_000 }).toContain("已导入");
    const cli = nianbao(["import", PDF, "-o", "from-pdf.nianbao.yaml"], dir);
    expect(cli.stderr).not.toMatch(/错误：/);
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toBe(readText(join(dir, "from-pdf.nianbao.yaml")));
    await page().locator("#tables[data-version]").waitFor();
    expect(await page().locator("#reports").inputValue()).toBe("jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml");
    // Last year's report (the example opened before) is kept beside it: the cross-year rules run.
    await expect
      .poll(() => page().locator('.nb-finding[data-code^="XY-"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page().screenshot({ path: join(SCREENSHOTS, "web-import-pdf.png") });
  });

  it("imports a Word document made by `nianbao render` into the same YAML as `nianbao import`", async () => {
    const docx = "rendered.docx";
    expect(nianbao(["render", EXAMPLE, "--format", "docx", "-o", docx], dir).status).toBe(0);
    await openFile(join(dir, docx));
    await expect
      .poll(() => page().locator("#status").textContent(), { timeout: 60_000 })
      .toMatch(/^已导入 rendered\.docx（docx）/);
    nianbao(["import", docx, "-o", "from-docx.nianbao.yaml"], dir);
    await expect
      .poll(() => editorText(page()), { timeout: 15_000 })
      .toBe(readText(join(dir, "from-docx.nianbao.yaml")));
  });

  it("imports a Markdown report dropped on the page", async () => {
    const name = "shanghai-stcsm-kewei-2024.md";
    const text = readText(join(EXAMPLES, "sources", name));
    await page().evaluate(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: "text/markdown" }));
        window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name, text },
    );
    await expect
      .poll(() => page().locator("#status").textContent(), { timeout: 60_000 })
      .toMatch(/^已导入 shanghai-stcsm-kewei-2024\.md（markdown）/);
    copyFileSync(join(EXAMPLES, "sources", name), join(dir, name));
    nianbao(["import", name, "-o", "from-md.nianbao.yaml"], dir);
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toBe(readText(join(dir, "from-md.nianbao.yaml")));
  });

  it("exports YAML, a publishable HTML page and a Word document", async () => {
    await page().locator("#reports").selectOption(EXAMPLE);
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toContain("[10, 1, 0, 0, 11]");
    const save = async (button: string) => {
      const download = page().waitForEvent("download");
      await page().locator(button).click();
      const d = await download;
      const path = join(dir, `out-${d.suggestedFilename()}`);
      await d.saveAs(path);
      return { name: d.suggestedFilename(), path };
    };
    const yaml = await save("#export-yaml");
    expect(yaml.name).toBe(EXAMPLE);
    expect(readText(yaml.path)).toBe(await editorText(page()));
    const html = await save("#export-html");
    expect(html.name).toBe("jiangsu-huaian-hongzequ-gov-2023.html");
    // The page `nianbao render` writes for the same text.
    expect(readText(html.path)).toBe(nianbao(["render", yaml.path.slice(dir.length + 1)], dir).stdout);
    const docx = await save("#export-docx");
    expect(docx.name).toBe("jiangsu-huaian-hongzequ-gov-2023.docx");
    const bytes = readFileSync(docx.path);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // Read back by the CLI: the fixed total is in the Word document's table 四.
    const back = nianbao(["import", docx.path.slice(dir.length + 1), "-o", "back.nianbao.yaml"], dir);
    expect(back.status).not.toBe(2);
    expect(readText(join(dir, "back.nianbao.yaml"))).toMatch(/行政复议: +\[10, 1, 0, 0, 11\]/);
  });

  it("keeps the work in the browser: after a reload every report is there, as edited", async () => {
    await page().reload();
    await page().locator("body[data-state=ready]").waitFor();
    const names = await page().locator("#reports option").allTextContents();
    expect(names).toEqual(
      expect.arrayContaining([EXAMPLE, "jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml", "rendered.nianbao.yaml"]),
    );
    expect(await page().locator("#reports").inputValue()).toBe(EXAMPLE);
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toContain("[10, 1, 0, 0, 11]");
    await expect.poll(() => page().locator('.nb-finding[data-code="T4-ROWSUM"]').count(), { timeout: 30_000 }).toBe(1);
  });

  it("makes next year's report from this one, figures carried as `nianbao new --from` carries them", async () => {
    await page().locator("#next-year").click();
    await expect
      .poll(() => page().locator("#status").textContent(), { timeout: 15_000 })
      .toMatch(/^已由 .* 生成 2024 年度报告/);
    // The 2024 name was taken by the PDF import: the new report gets a free one.
    expect(await page().locator("#reports").inputValue()).toBe("jiangsu-huaian-hongzequ-gov-2024 (2).nianbao.yaml");
    const text = await editorText(page());
    expect(text).toMatch(/^年度: 2024$/m);
    // Carried the same way as the CLI: compare the data part (the CLI also quotes last year's 存在问题 as comments).
    const cli = nianbao(["new", "--from", EXAMPLE], dir);
    const figures = (yaml: string) =>
      yaml.split("\n").filter((l) => /^\s*(上年结转|现行有效|本年新收|行政复议)|规章|年度:/.test(l));
    expect(figures(text)).toEqual(figures(cli.stdout));
    await page().locator("#reports").selectOption(EXAMPLE);
    await expect.poll(() => editorText(page()), { timeout: 15_000 }).toContain("[10, 1, 0, 0, 11]");
  });

  it("switches to English: the page and the findings", async () => {
    await page().locator("#language").click();
    expect(await page().locator("html").getAttribute("lang")).toBe("en");
    await expect
      .poll(() => page().locator('.nb-finding[data-code="T4-ROWSUM"]').first().textContent(), { timeout: 30_000 })
      .toMatch(/Table 四|table 四/i);
    expect(await page().locator("#findings-summary").textContent()).toMatch(/errors/);
    expect(await page().locator("#export-yaml").textContent()).toBe("Export YAML");
    expect(await page().locator(".cm-content").getAttribute("aria-label")).toBe("Report source (YAML)");
    await page().screenshot({ path: join(SCREENSHOTS, "web-english.png") });
  });

  it("made no request outside its own files and threw nothing", () => {
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
