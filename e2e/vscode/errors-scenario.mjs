// Errors where the mistake is, and few of them (issue 11 §5), in a real VS Code: one wrongly indented
// line is one problem on that line with its fix; Format Document lays out a careless report; a
// report being filled in shows one hint, not an error per column, and its hover keeps the quick fix
// in view; a deleted table comes back with the quick fix on its problem.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  cursorPosition,
  focusEditor,
  goTo,
  openFile,
  openQuickFix,
  problemRows,
  runCommand,
  saveFile as save,
  until,
} from "./workbench.mjs";

/** The same report written carelessly: four spaces per level, rows squeezed, keys unpadded. */
export function messy(text) {
  return text
    .split("\n")
    .map((l) => {
      const w = /^ */u.exec(l)[0].length;
      const doubled = " ".repeat(2 * w) + l.slice(w);
      return /^\s*[^\s#:][^:]*:\s*\[[^\]#]*\]\s*(#.*)?$/u.test(l)
        ? doubled
            .replace(/:\s+\[\s*/u, ": [")
            .replace(/\s*,\s*/gu, ",  ")
            .replace(/\s*\]/u, " ]")
        : doubled.replace(/^(\s*[^\s#:][^:]*:) +(?=\S)/u, "$1 ");
    })
    .join("\n");
}

/** The 1-based line of the first line matching `pattern`. */
export function lineOf(text, pattern) {
  const i = text.split("\n").findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`no line matches ${pattern}`);
  return i + 1;
}

/**
 * @param o.indentSource a laid-out example report; @param o.formatSource another; @param o.template a
 * new report as `nianbao new` writes it.
 */
export function writeWorkspace(ws, { indentSource, formatSource, template }) {
  const files = {
    indent: join(ws, "indent-2024.nianbao.yaml"),
    format: join(ws, "format-2024.nianbao.yaml"),
    filling: join(ws, "filling-2025.nianbao.yaml"),
    restore: join(ws, "restore-2025.nianbao.yaml"),
  };
  writeFileSync(files.indent, readFileSync(indentSource, "utf8").replace("\n    予以公开:", "\n     予以公开:"));
  writeFileSync(files.format, messy(readFileSync(formatSource, "utf8")));
  writeFileSync(files.filling, template.replace(/(\n +本年新收: +)\[[^\]]*\]/u, "$1[3, 1, 0, 0, 1, 0, 5]"));
  writeFileSync(files.restore, template);
  return files;
}

/** Opens `name` alone (its problems alone in the Problems view) and waits for a problem row with `text`. */
async function openAlone(page, name, text) {
  await runCommand(page, "View: Close All Editors", "Close All Editors");
  await openFile(page, name);
  await runCommand(page, "Problems: Focus on Problems View", "Focus on Problems View");
  await page.locator(".markers-panel .monaco-list-row", { hasText: text }).first().waitFor({ timeout: 90_000 });
  // The server publishes once per version: let the view settle on it.
  await page.waitForTimeout(1_500);
  return problemRows(page);
}

/** Moves to the problem row with `text`, opens the light bulb and returns the action row with `title`. */
async function quickFix(page, rowText, title) {
  const row = page.locator(".markers-panel .monaco-list-row", { hasText: rowText }).first();
  const toRow = async () => {
    await row.click();
    await row.dblclick();
    await page.locator(".monaco-editor.focused").first().waitFor({ timeout: 10_000 });
  };
  await toRow();
  return openQuickFix(page, page.locator(".action-widget .monaco-list-row", { hasText: title }).first(), toRow);
}

/**
 * @param {{ page: import("playwright-core").Page, url: string, ws: string, files: Record<string, string>, shots: string, log: (s: string) => void }} o
 */
export async function scenario({ page, url, ws, files, shots, log }) {
  const facts = { dialogs: [] };
  page.on("dialog", (d) => {
    facts.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await page
    .locator(".explorer-folders-view .monaco-list-row", { hasText: "indent-2024" })
    .waitFor({ timeout: 30_000 });

  log("one wrongly indented line");
  const indented = readFileSync(files.indent, "utf8");
  facts.indentLine = lineOf(indented, /^ {5}予以公开:/u);
  facts.indentRows = await openAlone(page, "indent-2024.nianbao.yaml", "YAML-SYNTAX");
  const fix = await quickFix(page, "YAML-SYNTAX", "改为缩进");
  facts.indentCursor = await cursorPosition(page);
  await page.screenshot({ path: join(shots, "errors-indent.png") });
  facts.indentFixTitle = (await fix.innerText()).trim();
  await fix.click();
  facts.indentFixed = await save(page, "indent-2024", files.indent, indented);

  log("format document");
  const careless = readFileSync(files.format, "utf8");
  await runCommand(page, "View: Close All Editors", "Close All Editors");
  await openFile(page, "format-2024.nianbao.yaml");
  await focusEditor(page, "format-2024");
  await runCommand(page, "Format Document", /Format Document(?!\s*With)/u);
  await page
    .locator(".tabs-container .tab.dirty", { hasText: "format-2024" })
    .waitFor({ timeout: 30_000 })
    .catch(() => {});
  facts.formatToasts = await page.locator(".notifications-toasts").allInnerTexts();
  facts.formatted = await save(page, "format-2024", files.format, careless);
  // Table 三 at the top of the editor: its rows aligned.
  await goTo(page, lineOf(facts.formatted, /^依申请公开:/u) + 20, 1);
  await goTo(page, lineOf(facts.formatted, /^依申请公开:/u), 1);
  await page.screenshot({ path: join(shots, "errors-format.png") });

  log("a report being filled in");
  facts.fillingRows = await openAlone(page, "filling-2025.nianbao.yaml", "T3-IDENTITY");
  const resultsLine = lineOf(readFileSync(files.filling, "utf8"), /^ +办理结果:/u);
  await focusEditor(page, "filling-2025");
  await goTo(page, resultsLine, 4);
  const line = page
    .locator(".editor-group-container.active .monaco-editor .view-line", { hasText: "办理结果:" })
    .first();
  const box = await line.boundingBox();
  const hover = page.locator(".monaco-hover:not(.hidden)", { hasText: "T3-IDENTITY" }).first();
  await until(
    "the hover on 办理结果",
    async () => {
      await page.mouse.move(box.x + 5, box.y + box.height / 2);
      await page.mouse.move(box.x + 40, box.y + box.height / 2);
      await hover.waitFor({ timeout: 3_000 });
      return true;
    },
    60_000,
    500,
  );
  // The hover asks for the code actions after it shows ("Checking for quick fixes…").
  const quickFixLink = hover.getByText(/Quick Fix/u).first();
  facts.hoverQuickFixVisible = await quickFixLink.waitFor({ timeout: 20_000 }).then(
    () => quickFixLink.isVisible(),
    () => false,
  );
  facts.hoverText = await hover.innerText();
  const hoverBox = await hover.boundingBox();
  const linkBox = facts.hoverQuickFixVisible ? await quickFixLink.boundingBox() : null;
  facts.hoverQuickFixInside =
    !!linkBox && linkBox.y >= hoverBox.y && linkBox.y + linkBox.height <= hoverBox.y + hoverBox.height + 1;
  await page.screenshot({ path: join(shots, "errors-hover.png") });
  await page.keyboard.press("Escape");

  log("a deleted table comes back");
  const template = readFileSync(files.restore, "utf8");
  await runCommand(page, "View: Close All Editors", "Close All Editors");
  await openFile(page, "restore-2025.nianbao.yaml");
  await focusEditor(page, "restore-2025");
  const table4 = lineOf(template, /^复议诉讼:/u);
  await goTo(page, table4, 1);
  for (let i = 0; i < 6; i++) await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Delete");
  facts.deleted = await save(page, "restore-2025", files.restore, template);
  await runCommand(page, "Problems: Focus on Problems View", "Focus on Problems View");
  await page
    .locator(".markers-panel .monaco-list-row", { hasText: "STR-TABLE-PRESENT" })
    .first()
    .waitFor({ timeout: 90_000 });
  facts.missingRows = await problemRows(page);
  const restore = await quickFix(page, "STR-TABLE-PRESENT", "恢复");
  facts.restoreCursor = await cursorPosition(page);
  facts.restoreTitle = (await restore.innerText()).trim();
  await page.screenshot({ path: join(shots, "errors-restore.png") });
  await restore.click();
  facts.restored = await save(page, "restore-2025", files.restore, facts.deleted);
  return facts;
}
