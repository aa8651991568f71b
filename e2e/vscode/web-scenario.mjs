// The acceptance scenario of VS Code for the Web: the same .vsix, run by code-server's web worker
// extension host instead of its Node one (the setting `remote.extensionKind` asks for the `web`
// kind, as vscode.dev and github.dev run every extension). First the desktop's whole scenario
// (scenario.mjs), then what it leaves out: which host runs the extension and that no Node language
// server was started, cross-year checks reading last year's report through the workbench, hover,
// completion, inlay hints and the Word export.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extensionProcesses } from "./code-server.mjs";
import * as desktop from "./scenario.mjs";
import { cursorPosition, focusEditor, goTo, openFile, runCommand, until } from "./workbench.mjs";

/** The extension's id, as `remote.extensionKind` names it. */
export const EXTENSION_ID = "nianbao.nianbao-vscode";
/** User settings that make code-server run the extension in its web worker extension host. */
export const WEB_SETTINGS = { "remote.extensionKind": { [EXTENSION_ID]: ["web"] } };

/** The desktop scenario's files, and the 2024 report whose previous year is hongze-2023. */
export function writeWorkspace(ws, o) {
  const files = desktop.writeWorkspace(ws, o);
  const next = join(ws, "hongze-2024.nianbao.yaml");
  writeFileSync(next, readFileSync(o.hongzeNextSource, "utf8"));
  return { ...files, next };
}

/** The active editor's lines as VS Code renders them, inlay hints included. */
const viewLines = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll(".editor-group-container.active .monaco-editor .view-lines .view-line"))
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((l) => l.textContent.replace(/\u00a0/g, " ")),
  );

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, files: { hongze: string, next: string }, shots: string, log: (s: string) => void }} o
 */
export async function scenario(o) {
  const { page, ws, files, shots, log } = o;
  const facts = { desktop: await desktop.scenario(o) };

  log("web: the host that runs the extension");
  await runCommand(page, "Developer: Show Running Extensions", "Show Running Extensions");
  const row = page.locator(".runtime-extensions-editor .monaco-list-row", { hasText: "Nianbao" }).first();
  await row.waitFor({ timeout: 30_000 });
  facts.runningExtension = await until("the running extension's host", async () => {
    const text = await row.innerText();
    // A row shows its host once the extension has activated: "web worker", or the remote's address.
    return /Activation/.test(text) ? text : null;
  });
  await page.screenshot({ path: join(shots, "web-running-extensions.png") });
  facts.extensionProcesses = extensionProcesses(dirname(ws));

  log("web: cross-year checks through the workbench");
  // Closing every editor leaves last year's report closed: the server reads it through the extension.
  await runCommand(page, "View: Close All Editors", "Close All Editors");
  await openFile(page, "hongze-2024.nianbao.yaml");
  await page.keyboard.press("Control+Shift+m");
  const crossYear = page
    .locator(".markers-panel .monaco-list-row", { hasText: "XY-SIMILARITY" })
    .filter({ hasText: "上年" })
    .first();
  await crossYear.waitFor({ timeout: 90_000 });
  facts.crossYearProblem = await crossYear.innerText();
  await page.screenshot({ path: join(shots, "web-cross-year.png") });

  log("web: hover");
  const lines = readFileSync(files.next, "utf8").split("\n");
  const newRow = lines.findIndex((l) => /^\s*本年新收:/.test(l)) + 1;
  await focusEditor(page, "hongze-2024");
  await goTo(page, newRow, 4);
  const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: "本年新收" }).first();
  facts.hoverText = await until("the hover on 本年新收", async () => {
    if (!(await hover.isVisible())) {
      await page.keyboard.press("Control+k");
      await page.keyboard.press("Control+i");
      await hover.waitFor({ timeout: 3_000 }).catch(() => {});
    }
    return (await hover.isVisible()) ? hover.innerText() : null;
  });
  await page.screenshot({ path: join(shots, "web-hover.png") });
  await page.keyboard.press("Escape");

  log("web: inlay hints (column labels)");
  mkdirSync(join(ws, ".vscode"), { recursive: true });
  writeFileSync(join(ws, ".vscode", "settings.json"), JSON.stringify({ "nianbao.inlayHints.columnLabels": true }));
  facts.hintedRow = await until(
    "the column labels before the numbers of 本年新收",
    async () => (await viewLines(page)).find((l) => l.includes("本年新收:") && l.includes("自然人")) ?? null,
    60_000,
  );
  await page.screenshot({ path: join(shots, "web-inlay-hints.png") });

  log("web: completion by pinyin initials");
  await focusEditor(page, "hongze-2024");
  await page.keyboard.press("Control+End");
  await until("the cursor on the last line", async () => (await cursorPosition(page)).line >= lines.length - 1);
  if ((await cursorPosition(page)).column !== 1) await page.keyboard.press("Enter");
  await page.keyboard.type("sm", { delay: 100 });
  await page.keyboard.press("Control+Space");
  const suggestion = page
    .locator(".editor-widget.suggest-widget.visible .monaco-list-row", { hasText: "说明" })
    .first();
  await suggestion.waitFor({ timeout: 30_000 });
  facts.suggestion = (await suggestion.innerText()).split("\n")[0].trim();
  await page.screenshot({ path: join(shots, "web-completion.png") });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+z");

  log("web: export Word");
  await runCommand(page, "导出 Word");
  const title = page.locator(".quick-input-widget .quick-input-title", { hasText: "导出 Word" });
  const anyway = page.locator(".monaco-dialog-box .dialog-buttons .monaco-button", { hasText: "仍要导出" });
  await until("the export's question or its save dialog", async () => {
    if (await anyway.isVisible()) await anyway.click();
    return title.isVisible();
  });
  const input = page.locator(".quick-input-widget input");
  await until("the path of the Word document", async () => (await input.inputValue()).endsWith("/hongze-2024.docx"));
  await input.press("Enter");
  const docx = join(ws, "hongze-2024.docx");
  facts.docxHead = await until("the Word document", () =>
    existsSync(docx) && readFileSync(docx).length > 0 ? readFileSync(docx).subarray(0, 2).toString("latin1") : null,
  );
  // The workspace is removed after a passing run: the test reads the document from the facts.
  facts.docxBase64 = readFileSync(docx).toString("base64");
  facts.exportedMessage = await page
    .locator(".notification-toast", { hasText: "已导出 hongze-2024.docx" })
    .first()
    .innerText({ timeout: 20_000 });
  return facts;
}
