// The acceptance scenario of the VS Code extension, in a real VS Code (code-server) driven through
// headless Chromium: diagnostics in the Problems view, a quick fix through the UI, the table preview
// (values, merged header cells, marks, live edits, click to jump), escaping, restore after reload.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extensionProcesses } from "./code-server.mjs";
import {
  openQuickFix,
  cursorPosition,
  saveFile as save,
  editorTopLine,
  focusEditor,
  goTo,
  openFile,
  previewFrame,
  runCommand,
  until,
} from "./workbench.mjs";

/** A clean 2021 report whose agency name and prose try to run code in the preview. */
export const HOSTILE_AGENCY = "<img src=x onerror=alert(1)>";
const HOSTILE_PROSE = "<script>window.parent.postMessage('pwned','*')</script>本年度无其他事项。";

/** Where a value sits in a file, as VS Code shows positions (1-based). */
function position(text, rowPattern, valueIndex) {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => rowPattern.test(l));
  if (line < 0) throw new Error(`no line matches ${rowPattern}`);
  const values = [...lines[line].matchAll(/\d+(?:\.\d+)?/g)];
  const v = values[valueIndex];
  return { line: line + 1, column: v.index + 1, value: v[0] };
}

export function writeWorkspace(ws, { hongzeSource, buildHostile }) {
  const hongze = join(ws, "hongze-2023.nianbao.yaml");
  writeFileSync(hongze, readFileSync(hongzeSource, "utf8"));
  const hostile = join(ws, "hostile-2023.nianbao.yaml");
  writeFileSync(hostile, buildHostile({ agency: HOSTILE_AGENCY, other: HOSTILE_PROSE }));
  return { hongze, hostile };
}

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, files: { hongze: string, hostile: string }, shots: string, log: (s: string) => void }} o
 * @returns the facts the test asserts on
 */
export async function scenario({ page, url, ws, files, shots, log }) {
  const facts = { dialogs: [], pageMessages: [] };
  page.on("dialog", (d) => {
    facts.dialogs.push(d.message());
    void d.dismiss();
  });
  const original = readFileSync(files.hongze, "utf8");
  const reviewTotal = position(original, /^\s*行政复议:/, 4);

  log("workbench");
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "hongze-2023" }).click();
  await page.locator(".monaco-editor .view-lines").first().waitFor({ timeout: 30_000 });

  log("problems view");
  // The status-bar item shows the counts once the server has checked the file; a click opens Problems.
  const status = page
    .locator(".statusbar-item")
    .filter({ hasText: /年报\s+[1-9]\d*\s+\d+/ })
    .first();
  await status.waitFor({ timeout: 90_000 });
  facts.statusBar = await status.innerText();
  await status.click();
  const problemRow = page
    .locator(".markers-panel .monaco-list-row", { hasText: "行政复议" })
    .filter({ hasText: "T4-ROWSUM" })
    .first();
  await problemRow.waitFor({ timeout: 90_000 });
  facts.problems = await page.locator(".markers-panel .monaco-list-row").allInnerTexts();
  facts.reviewProblem = await problemRow.innerText();
  facts.reviewTotal = reviewTotal;

  log("quick fix");
  // Selecting the problem moves the cursor onto the wrong total; Ctrl+. then offers its fix.
  await problemRow.click();
  await problemRow.dblclick();
  await until("the cursor on the total", async () => (await cursorPosition(page)).line === reviewTotal.line);
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "attached" });
  await page.screenshot({ path: join(shots, "problems.png") });
  const fix = await openQuickFix(
    page,
    page.locator(".action-widget .monaco-list-row", { hasText: "11" }).filter({ hasText: "行政复议" }).first(),
    async () => {
      await problemRow.dblclick();
      await until("the cursor on the total", async () => (await cursorPosition(page)).line === reviewTotal.line);
    },
  );
  facts.fixTitle = (await fix.innerText()).trim();
  await fix.click();
  await page.locator(".tabs-container .tab.dirty", { hasText: "hongze-2023" }).waitFor({ timeout: 20_000 });
  facts.fixedText = await save(page, "hongze-2023", files.hongze, original);

  log("preview");
  await runCommand(page, "在侧边打开预览");
  const frame = previewFrame(page);
  const cell = (path) => frame.locator(`[data-path="${path}"]`).first();
  await cell("requests.new.0").waitFor({ timeout: 30_000 });
  await until("the fixed total in the preview", async () => (await cell("litigation.review.4").innerText()) === "11");
  const paths = [
    "requests.new.0",
    "requests.new.6",
    "requests.partlyGranted.0",
    "requests.notHeld.6",
    "requests.otherHandling.6",
    "proactive.fees.amount",
    "proactive.normativeDocuments.repealed",
    "litigation.review.0",
    "litigation.review.4",
    "litigation.litigationAfterReview.4",
  ];
  facts.cells = {};
  for (const p of paths) facts.cells[p] = (await cell(p).innerText()).trim();
  facts.headers = await frame.locator("body").evaluate(() =>
    Array.from(document.querySelectorAll("th")).map((th) => ({
      text: th.textContent,
      colspan: th.colSpan,
      rowspan: th.rowSpan,
    })),
  );
  const marked = cell("litigation.litigationAfterReview.4");
  facts.marked = {
    className: await marked.getAttribute("class"),
    title: await marked.getAttribute("title"),
    description: await marked.getAttribute("aria-description"),
  };
  facts.reviewAfterFix = { className: await cell("litigation.review.4").getAttribute("class") };

  log("scroll sync");
  // Hide the panel and the side bar so the editor and the preview share the window, then bring the
  // end of table 三 to the editor's top: the preview follows.
  await page.keyboard.press("Escape");
  await focusEditor(page, "hongze-2023");
  await page.keyboard.press("Control+j");
  await page.locator(".part.panel").waitFor({ state: "hidden" });
  await page.keyboard.press("Control+b");
  await page.locator(".part.sidebar").waitFor({ state: "hidden" });
  // Let the resized webview settle before scrolling anything.
  await page.waitForTimeout(500);
  const previewY = () => frame.locator("body").evaluate(() => window.scrollY);
  await goTo(page, 1, 1);
  await until("the preview at its top", async () => {
    const y = await previewY();
    return y < 50 ? true : `y=${y}`.length === 0;
  });
  await page.keyboard.press("Control+g");
  await page.locator(".quick-input-widget input").fill(`:${facts.fixedText.trimEnd().split("\n").length}`);
  await page.keyboard.press("Enter");
  facts.previewScrollY = await until("the preview to follow the editor's scroll", async () => {
    const y = await previewY();
    return y > 200 ? y : null;
  });
  await page.mouse.move(700, 890);
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(shots, "preview.png") });
  await page.keyboard.press("Control+b");

  log("preview scrolls the editor");
  // Scrolling the preview back up brings the editor with it.
  await page.waitForTimeout(500);
  const editorTopBefore = await editorTopLine(page);
  const box = await page.locator("iframe.webview.ready").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -1200);
  facts.editorScroll = await until("the editor to follow the preview's scroll", async () => {
    const top = await editorTopLine(page);
    return top < editorTopBefore - 5 ? { before: editorTopBefore, after: top } : null;
  });

  log("live edit");
  const newCell = position(facts.fixedText, /^\s*本年新收:/, 0);
  await focusEditor(page, "hongze-2023");
  await goTo(page, newCell.line, newCell.column);
  for (let i = 0; i < newCell.value.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.type("25");
  facts.editedCell = await until("the edited value in the preview", async () =>
    (await cell("requests.new.0").innerText()) === "25" ? "25" : null,
  );
  facts.markAfterEdit = await until("a mark on the edited row", async () => {
    const marks = await frame.locator('[data-path^="requests.new."].nb-mark').count();
    return marks > 0 ? marks : null;
  });

  log("click to source");
  const target = position(facts.fixedText, /^\s*部分公开:/, 0);
  await cell("requests.partlyGranted.0").click();
  facts.cursorAfterClick = await until("the cursor on the clicked cell", async () => {
    const p = await cursorPosition(page);
    // Under load the click's focus can land on the preview after the editor took it: the cursor is
    // read from the editor itself, through its tab (which leaves the selection as it is).
    if (p.line === -1) await focusEditor(page, "hongze-2023");
    return p.line === target.line && p.column === target.column ? p : null;
  });
  facts.clickTarget = target;

  log("keyboard to source");
  // Table 三's one Tab stop is the cell clicked last; the arrows move from it, Enter does what a click does.
  const stop = frame.locator('table[data-table="requests"][role="grid"] [tabindex="0"]');
  facts.keyboardStart = await until("the table's Tab stop", () => stop.getAttribute("data-path"));
  await stop.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  const focusedPath = () => frame.locator("body").evaluate(() => document.activeElement?.getAttribute("data-path"));
  facts.keyboardCell = await until("the cell reached by the arrows", focusedPath);
  facts.keyboardRing = await frame.locator("body").evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { visible: el.matches(":focus-visible"), style: style.outlineStyle, width: style.outlineWidth };
  });
  await page.screenshot({ path: join(shots, "preview-keyboard.png") });
  const keyTarget = position(facts.fixedText, /^\s*属于国家秘密:/, 6);
  await page.keyboard.press("Enter");
  facts.cursorAfterEnter = await until("the cursor on the cell chosen by Enter", async () => {
    const p = await cursorPosition(page);
    if (p.line === -1) await focusEditor(page, "hongze-2023");
    return p.line === keyTarget.line && p.column === keyTarget.column ? p : null;
  });
  facts.enterTarget = keyTarget;
  await focusEditor(page, "hongze-2023");
  await page.keyboard.press("Control+z");
  await save(page, "hongze-2023", files.hongze, null);

  log("commands");
  // Recompute All Totals fixes the other wrong total of table 四.
  await runCommand(page, "重新计算全部总计");
  facts.recomputedText = await save(page, "hongze-2023", files.hongze, readFileSync(files.hongze, "utf8"));
  // Export HTML and New Report (from last year's) go through VS Code's own file dialogs: accept the offered path.
  const acceptDialog = async (title, ending, typed) => {
    // The palette's input box is reused by the dialog: wait for the dialog's own title and path.
    await page.locator(".quick-input-widget .quick-input-title", { hasText: title }).waitFor({ timeout: 20_000 });
    const input = page.locator(".quick-input-widget input");
    // A dialog that starts in the folder (last year's report) is given the file's path.
    if (typed)
      await until(`the folder in "${title}"`, async () =>
        (await input.inputValue()).endsWith("/") ? input.fill(typed).then(() => true) : null,
      );
    const path = await until(`the path in "${title}"`, async () => {
      // Under load the dialog may still be filling in its folder after the path was typed: type it again.
      if (typed && (await input.inputValue()) !== typed) await input.fill(typed);
      const v = await input.inputValue();
      // The dialog fills its path in steps (folder, then file): wait for the file.
      return v.startsWith("/") && v.endsWith(ending) ? v : null;
    });
    facts.dialogPaths = [...(facts.dialogPaths ?? []), path];
    const shown = page.locator(".quick-input-widget .quick-input-title", { hasText: title });
    // Under load the dialog can put its folder back just before Enter, which then only opens the
    // folder ("Please select a file"): the path is typed again and Enter pressed again.
    await until(
      `"${title}" accepted`,
      async () => {
        if ((await input.inputValue()) !== path) await input.fill(path);
        await input.press("Enter");
        return shown.waitFor({ state: "hidden", timeout: 4_000 }).then(
          () => true,
          () => false,
        );
      },
      30_000,
      0,
    );
  };
  await runCommand(page, "导出网页");
  // While the report has errors the export asks first («仍要导出»); without, the save dialog comes at once.
  const anyway = page.locator(".monaco-dialog-box .dialog-buttons .monaco-button", { hasText: "仍要导出" });
  await until("the export's question or its save dialog", async () => {
    if (await anyway.isVisible()) await anyway.click();
    return page.locator(".quick-input-widget .quick-input-title", { hasText: "导出网页" }).isVisible();
  });
  await acceptDialog("导出网页", "/hongze-2023.html");
  const exported = join(ws, "hongze-2023.html");
  facts.exportedHtml = await until("the exported page", () =>
    existsSync(exported) ? readFileSync(exported, "utf8") : null,
  );
  await page.keyboard.press("Escape");
  await focusEditor(page, "hongze-2023");
  await runCommand(page, "新建年报");
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: "从上年年报生成" }).first().click();
  await acceptDialog("上年年报", "/hongze-2023.nianbao.yaml", files.hongze);
  await acceptDialog("保存新年报", "/淮安市洪泽区人民政府-2024.nianbao.yaml");
  const created = join(ws, "淮安市洪泽区人民政府-2024.nianbao.yaml");
  facts.newReport = await until("the new report", () => (existsSync(created) ? readFileSync(created, "utf8") : null));
  await page.locator(".tabs-container .tab", { hasText: "2024" }).first().waitFor();

  log("hostile text");
  await openFile(page, "hostile-2023.nianbao.yaml");
  const title = frame.locator("h1.nb-title");
  facts.hostileTitle = await until("the hostile report in the preview", async () => {
    const t = await title.innerText();
    return t.includes(HOSTILE_AGENCY) ? t : null;
  });
  facts.hostile = await frame.locator("body").evaluate(() => ({
    images: document.querySelectorAll("img").length,
    scripts: document.querySelectorAll("#nb-root script").length,
    otherText: document.querySelector('[data-section="other"]')?.textContent ?? "",
    resultsRowspan:
      Array.from(document.querySelectorAll("th")).find((th) => th.textContent === "三、本年度办理结果")?.rowSpan ??
      null,
  }));
  await page.screenshot({ path: join(shots, "hostile.png") });

  log("dark theme");
  await runCommand(page, "Preferences: Toggle between Light/Dark Themes", "Toggle between Light/Dark Themes");
  await page.locator(".monaco-workbench.vs-dark").waitFor({ timeout: 30_000 });
  facts.darkPreview = await until("the preview in the dark theme", async () => {
    const r = await frame.locator("body").evaluate(() => ({
      dark: document.body.classList.contains("vscode-dark"),
      background: getComputedStyle(document.querySelector(".nb-report")).backgroundColor,
    }));
    return r.dark ? r : null;
  });
  await page.mouse.move(700, 890);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, "preview-dark.png") });

  log("reload");
  await page.reload();
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  facts.restoredTitle = await until(
    "the preview restored after reload",
    async () => {
      const t = await previewFrame(page).locator("h1.nb-title").innerText({ timeout: 2_000 });
      return t || null;
    },
    60_000,
  );
  facts.dialogsSeen = facts.dialogs.length;
  facts.extensionProcesses = extensionProcesses(dirname(ws));
  return facts;
}
