// Issue 11 §2, §3, §6 in a real VS Code (English display language, nianbao.locale zh-CN): the palette
// finds the commands by their Chinese names, New Report asks for the agency and the year, 导出 Word
// and 导出网页 ask before exporting a report with errors, everything the author reads is Chinese, and
// next year's report starts its file dialog in the folder. Screenshots go to shots/start-*.png; the
// guide's images (docs/images) are copied from them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { focusEditor, goTo, previewFrame, runCommand, until } from "./workbench.mjs";

/** The first line of a value in a file, as VS Code shows positions (1-based). */
function position(text, rowPattern, valueIndex) {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => rowPattern.test(l));
  if (line < 0) throw new Error(`no line matches ${rowPattern}`);
  const v = [...lines[line].matchAll(/\d+/g)][valueIndex];
  return { line: line + 1, column: v.index + 1 };
}

export function writeWorkspace(ws, { lastYearSource }) {
  const lastYear = join(ws, "hongze-2023.nianbao.yaml");
  writeFileSync(lastYear, readFileSync(lastYearSource, "utf8"));
  return { lastYear };
}

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, files: { lastYear: string }, shots: string, log: (s: string) => void }} o
 * @param agency the agency typed into New Report
 */
export async function scenario({ page, url, ws, files, shots, log }, agency = "淮安市洪泽区测试局") {
  const facts = { palette: {}, notifications: [] };
  const shot = (name) => join(shots, `start-${name}.png`);
  const quickInput = page.locator(".quick-input-widget");
  const input = quickInput.locator("input");
  const title = quickInput.locator(".quick-input-title");
  const dialog = page.locator(".monaco-dialog-box");
  /** The path a file dialog offers, once it has stopped filling it in (folder first, then the file). */
  const offeredPath = async (what, ok) =>
    until(what, async () => {
      const a = await input.inputValue();
      await page.waitForTimeout(400);
      const b = await input.inputValue();
      return a === b && ok(b) ? b : null;
    });
  const toasts = async () =>
    (await page.locator(".notifications-toasts .notification-list-item-message").allInnerTexts()).map((s) => s.trim());

  log("workbench");
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "hongze-2023" }).click();
  await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 30_000 });
  facts.displayLanguage = await page.evaluate(() => document.documentElement.lang || navigator.language);

  log("palette");
  // The report's commands are offered while a report is the active editor.
  for (const query of ["年报", "预览", "导出", "新建"]) {
    await page.keyboard.press("Escape");
    await page.locator(".part.titlebar").click({ position: { x: 120, y: 10 } });
    await page.keyboard.press("F1");
    await input.waitFor({ timeout: 20_000 });
    await input.fill(`>${query}`);
    // Until the extension host has read the extension's manifest the palette says "No matching
    // commands": ask again until the report's commands are there.
    facts.palette[query] = await until(
      `commands matching ${query}`,
      async () => {
        await input.fill(`>${query}`);
        await page.waitForTimeout(300);
        const rows = (await quickInput.locator(".monaco-list-row .label-name").allInnerTexts()).map((s) => s.trim());
        return rows.some((r) => r.includes("Nianbao")) ? rows : null;
      },
      90_000,
      1_000,
    );
    if (query === "年报") await quickInput.screenshot({ path: shot("palette") });
  }
  await page.keyboard.press("Escape");

  log("new report");
  await runCommand(page, "新建年报");
  await title.filter({ hasText: "新建年报" }).waitFor({ timeout: 20_000 });
  facts.newReportPicks = (await quickInput.locator(".monaco-list-row .label-name").allInnerTexts()).map((s) =>
    s.trim(),
  );
  await quickInput.locator(".monaco-list-row", { hasText: "空白年报" }).first().click();
  // The agency, offered from the open report.
  await until("the agency box", async () =>
    (await quickInput.locator(".quick-input-message").innerText()).includes("机关") ? true : null,
  );
  facts.agencyOffered = await input.inputValue();
  facts.agencyPrompt = (await quickInput.locator(".quick-input-message").innerText()).trim();
  await input.fill(agency);
  await quickInput.screenshot({ path: shot("new-report-agency") });
  await input.press("Enter");
  await until("the year box", async () =>
    (await quickInput.locator(".quick-input-message").innerText()).includes("年度") ? true : null,
  );
  facts.yearOffered = await input.inputValue();
  facts.yearPrompt = (await quickInput.locator(".quick-input-message").innerText()).trim();
  await quickInput.screenshot({ path: shot("new-report-year") });
  await input.press("Enter");
  await title.filter({ hasText: "保存新年报" }).waitFor({ timeout: 20_000 });
  facts.saveTitle = (await title.innerText()).trim();
  const savePath = await offeredPath("the new report's path", (v) => v.endsWith(".nianbao.yaml"));
  facts.savePath = savePath;
  await input.press("Enter");
  await title.filter({ hasText: "保存新年报" }).waitFor({ state: "hidden", timeout: 20_000 });
  const created = savePath;
  const name = created.split("/").pop();
  facts.created = await until("the new report on disk", () =>
    existsSync(created) ? readFileSync(created, "utf8") : null,
  );
  await page.locator(".tabs-container .tab.active", { hasText: name }).first().waitFor({ timeout: 20_000 });

  log("figures");
  // A few figures: 本年新收 and a 行政复议 row whose total is left 0, so the report has errors.
  await focusEditor(page, name);
  const fresh = position(facts.created, /^\s*本年新收:/, 0);
  await goTo(page, fresh.line, fresh.column);
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.type("3");
  const review = position(facts.created, /^\s*行政复议:/, 0);
  await goTo(page, review.line, review.column);
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.type("2");
  await page.keyboard.press("Control+s");
  await page.locator(".tabs-container .tab.dirty", { hasText: name }).waitFor({ state: "hidden", timeout: 20_000 });
  // The status bar shows the counts once the server has checked the edit; read them when they hold still.
  const statusItem = page
    .locator(".statusbar-item")
    .filter({ hasText: /年报\s+[1-9]\d*\s+\d+/ })
    .first();
  await statusItem.waitFor({ timeout: 60_000 });
  facts.statusBar = await until("steady counts in the status bar", async () => {
    const a = (await statusItem.innerText()).trim();
    await page.waitForTimeout(1_500);
    const b = (await statusItem.innerText()).trim();
    return a === b ? b : null;
  });
  facts.statusErrors = Number(/年报\s+(\d+)/.exec(facts.statusBar)[1]);
  facts.statusTooltip = (await statusItem.locator("a").first().getAttribute("aria-label")) ?? "";

  log("export word: cancel");
  const docx = created.replace(/\.nianbao\.yaml$/, ".docx");
  await runCommand(page, "导出 Word");
  await dialog.waitFor({ timeout: 20_000 });
  facts.cancelQuestion = (await dialog.locator(".dialog-message-container").innerText()).trim();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden", timeout: 20_000 });
  await page.waitForTimeout(1_000);
  facts.afterCancel = { docx: existsSync(docx), saveDialog: await title.filter({ hasText: "导出 Word" }).isVisible() };

  log("export word");
  await runCommand(page, "导出 Word");
  await dialog.waitFor({ timeout: 20_000 });
  facts.question = (await dialog.locator(".dialog-message-container").innerText()).trim();
  facts.questionButtons = (await dialog.locator(".dialog-buttons .monaco-button").allInnerTexts()).map((s) => s.trim());
  await dialog.screenshot({ path: shot("export-question") });
  await dialog.locator(".dialog-buttons .monaco-button", { hasText: "仍要导出" }).click();
  await title.filter({ hasText: "导出 Word" }).waitFor({ timeout: 20_000 });
  facts.docxTitle = (await title.innerText()).trim();
  facts.docxPath = await offeredPath("the .docx path", (v) => v.endsWith(".docx"));
  await input.press("Enter");
  facts.docx = await until("the Word document", () =>
    existsSync(docx) ? readFileSync(docx).toString("base64") : null,
  );
  facts.notifications.push(
    ...(await until("the export notification", async () =>
      (await toasts()).some((s) => s.includes(".docx")) ? toasts() : null,
    )),
  );
  await page.screenshot({ path: shot("exported") });

  log("export web page");
  const html = created.replace(/\.nianbao\.yaml$/, ".html");
  await runCommand(page, "导出网页");
  await dialog.waitFor({ timeout: 20_000 });
  facts.htmlQuestion = (await dialog.locator(".dialog-message-container").innerText()).trim();
  await dialog.locator(".dialog-buttons .monaco-button", { hasText: "仍要导出" }).click();
  await title.filter({ hasText: "导出网页" }).waitFor({ timeout: 20_000 });
  facts.htmlTitle = (await title.innerText()).trim();
  await offeredPath("the .html path", (v) => v.endsWith(".html"));
  await input.press("Enter");
  facts.html = await until("the web page", () => (existsSync(html) ? readFileSync(html, "utf8") : null));
  facts.notifications.push(
    ...(await until("the export notification", async () =>
      (await toasts()).some((s) => s.includes(".html")) ? toasts() : null,
    )),
  );
  // Clear the toasts before the screenshots that follow.
  for (let i = 0; i < 3 && (await page.locator(".notifications-toasts .notification-toast").count()); i++) {
    await page.locator(".notifications-toasts .notification-toast").first().hover();
    await page
      .locator(".notifications-toasts .codicon-notifications-clear")
      .first()
      .click()
      .catch(() => {});
  }

  log("preview");
  await focusEditor(page, name);
  await runCommand(page, "在侧边打开预览");
  const frame = previewFrame(page);
  await frame.locator('[data-path="requests.new.0"]').first().waitFor({ timeout: 30_000 });
  await until("the typed figure in the preview", async () =>
    (await frame.locator('[data-path="requests.new.0"]').first().innerText()).trim() === "3" ? true : null,
  );
  facts.previewTab = (await page.locator(".tabs-container .tab", { hasText: "预览" }).first().innerText()).trim();
  await focusEditor(page, name);
  await goTo(page, fresh.line, fresh.column);
  // Editor and preview side by side, without the side bar, the pointer where it shows no hover.
  await page.keyboard.press("Control+b");
  await page.locator(".part.sidebar").waitFor({ state: "hidden" });
  // Table 三 at the editor's top: the preview follows it there, showing the figure typed.
  // A few lines above it, so the sticky header (依申请公开:) does not cover the row.
  for (let i = 0; i < fresh.line - 16; i++) await page.keyboard.press("Control+ArrowDown");
  await page.mouse.move(25, 500);
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: shot("preview"), clip: { x: 0, y: 0, width: 1280, height: 340 } });
  await page.keyboard.press("Control+b");

  log("next year");
  await runCommand(page, "新建年报");
  await quickInput.locator(".monaco-list-row", { hasText: "从上年年报生成" }).first().click();
  await title.filter({ hasText: "上年年报" }).waitFor({ timeout: 20_000 });
  facts.lastYearTitle = (await title.innerText()).trim();
  facts.lastYearOffered = await offeredPath("the folder offered", (v) => v.startsWith("/"));
  await quickInput.screenshot({ path: shot("last-year-dialog") });
  await input.fill(files.lastYear);
  await offeredPath("the typed path", (v) => v === files.lastYear);
  await input.press("Enter");
  await title.filter({ hasText: "保存新年报" }).waitFor({ timeout: 20_000 });
  const nextPath = await offeredPath("next year's path", (v) => v.endsWith("-2024.nianbao.yaml"));
  await input.press("Enter");
  facts.nextYear = await until("next year's report", () =>
    existsSync(nextPath) ? readFileSync(nextPath, "utf8") : null,
  );
  facts.notifications.push(...(await toasts()));
  facts.ws = ws;
  return facts;
}
