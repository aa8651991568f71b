// Issue 11 §1 in a real VS Code: writing prose never breaks the file or loses text. A new report's
// text section is a block (Enter starts a paragraph); Enter inside an old-style quoted text turns it
// into a block (on-type formatting); a file already broken that way gets one finding in a writer's
// words with the quick fix 「改为多段文字写法」, and the preview shows the lines it cannot read, marked.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import {
  cursorPosition,
  saveFile as save,
  focusEditor,
  goTo,
  openFile,
  openQuickFix,
  previewFrame,
  runCommand,
  until,
} from "./workbench.mjs";

export const FIRST = "一是加强主动公开，全年发布信息120条。";
export const SECOND = "二是加强政策解读，发布解读材料15篇。";
export const OLD_SECOND = "二是依申请公开办理及时。";
export const BROKEN_FIRST = "三是规范政府信息管理。";
export const BROKEN_SECOND = "四是完善平台建设。";

export function writeWorkspace(ws) {
  const template = writeReportYaml(reportTemplate({ agency: "测试县测试局", year: 2025 }));
  const fresh = join(ws, "prose-new.nianbao.yaml");
  writeFileSync(fresh, template);
  // As reports were written before text sections were blocks: a one-line quoted text.
  const old = join(ws, "prose-old.nianbao.yaml");
  writeFileSync(old, template.replace("  依申请公开: |\n    \n", `  依申请公开: "${FIRST}"\n`));
  // Enter pressed inside the quotes in an editor without on-type formatting.
  const broken = join(ws, "prose-broken.nianbao.yaml");
  writeFileSync(
    broken,
    template.replace("  政府信息管理: |\n    \n", `  政府信息管理: "${BROKEN_FIRST}\n  ${BROKEN_SECOND}"\n`),
  );
  return { fresh, old, broken, template };
}

/** The rows of the Problems view (opened if needed). */
async function problems(page) {
  if ((await page.locator(".markers-panel").count()) === 0 || !(await page.locator(".markers-panel").isVisible()))
    await page.keyboard.press("Control+Shift+m");
  await page.locator(".markers-panel").waitFor({ timeout: 20_000 });
  return page.locator(".markers-panel .monaco-list-row").allInnerTexts();
}

/** 1-based line of the first line of `text` that includes `part`. */
const lineOf = (text, part) => text.split("\n").findIndex((l) => l.includes(part)) + 1;

export async function scenario({ page, url, ws, files, shots, log }) {
  const facts = {};
  log("workbench");
  await page.goto(`${url}/?folder=${encodeURIComponent(ws)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 90_000 });
  await openFile(page, "prose-new.nianbao.yaml");
  await page
    .locator(".statusbar-item")
    .filter({ hasText: /Nianbao/ })
    .first()
    .waitFor({ timeout: 90_000 });

  log("a new report: type, Enter, type");
  // The line under 「主动公开: |」 is already indented: the author types there.
  const textLine = lineOf(files.template, "  主动公开: |") + 1;
  await goTo(page, textLine, 1);
  await page.keyboard.press("End");
  await page.keyboard.type(FIRST);
  await page.keyboard.press("Enter");
  await page.keyboard.type(SECOND);
  facts.freshText = await save(page, "prose-new", files.fresh, files.template);

  log("preview");
  await runCommand(page, "Nianbao: Open Preview to the Side", "Open Preview to the Side");
  const frame = previewFrame(page);
  facts.freshPreview = await until(
    "both sentences in the preview",
    async () => {
      const t = await frame.locator('[data-path="overview.proactive"]').first().innerText({ timeout: 2_000 });
      return t.includes(SECOND) ? t : null;
    },
    60_000,
  );
  // The checks of the saved file have come back: no syntax error, and 主动公开 is no longer 尚未填写.
  facts.freshProblems = await until(
    "the problems of the typed text",
    async () => {
      const rows = await problems(page);
      return rows.some((r) => r.includes("（二）依申请公开")) &&
        !rows.some((r) => r.includes("（一）主动公开」部分尚未填写"))
        ? rows
        : null;
    },
    60_000,
  );
  await page.mouse.move(700, 890);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, "prose-block.png") });

  log("an old quoted text: Enter inside the quotes");
  const oldBefore = readFileSync(files.old, "utf8");
  await openFile(page, "prose-old.nianbao.yaml");
  const oldLine = lineOf(oldBefore, '  依申请公开: "');
  const closing = oldBefore.split("\n")[oldLine - 1].lastIndexOf('"');
  await goTo(page, oldLine, closing + 1);
  await page.keyboard.press("Enter");
  // On-type formatting has rewritten the line when the cursor stands on the new paragraph's indentation.
  facts.cursorAfterEnter = await until(
    "on-type formatting after Enter",
    async () => {
      const p = await cursorPosition(page);
      return p.line === oldLine + 2 && p.column === 5 ? p : null;
    },
    20_000,
  ).catch(async () => cursorPosition(page));
  await page.keyboard.type(OLD_SECOND);
  facts.oldText = await save(page, "prose-old", files.old, oldBefore);
  facts.oldPreview = await until(
    "the old text's two paragraphs in the preview",
    async () => {
      const t = await frame.locator('[data-path="overview.onRequest"]').first().innerText({ timeout: 2_000 });
      return t.includes(OLD_SECOND) ? t : null;
    },
    60_000,
  ).catch(() => "");
  await page.mouse.move(700, 890);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, "prose-enter-in-quotes.png") });

  log("a file broken by Enter: one finding, the unreadable lines in the preview, the quick fix");
  const brokenBefore = readFileSync(files.broken, "utf8");
  await openFile(page, "prose-broken.nianbao.yaml");
  facts.brokenPreview = await until(
    "the unreadable lines marked in the preview",
    async () => {
      const block = frame.locator(".nb-unreadable").first();
      if ((await block.count()) === 0) return null;
      const t = await block.innerText({ timeout: 2_000 });
      return t.includes(BROKEN_SECOND) ? t : null;
    },
    60_000,
  );
  facts.brokenProblems = await until(
    "the finding on the broken text",
    async () => {
      const rows = await problems(page);
      return rows.some((r) => r.includes("文字换行后没有缩进")) ? rows : null;
    },
    60_000,
  );
  await page.locator(".nb-unreadable").count();
  await frame.locator(".nb-unreadable").first().scrollIntoViewIfNeeded();
  await page.mouse.move(700, 890);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, "prose-unreadable.png") });

  const brokenLine = lineOf(brokenBefore, BROKEN_SECOND);
  await focusEditor(page, "prose-broken");
  await goTo(page, brokenLine, 4);
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "attached", timeout: 30_000 });
  const fix = page.locator(".action-widget .monaco-list-row", { hasText: "改为多段文字写法" }).first();
  await openQuickFix(page, fix, async () => {
    await focusEditor(page, "prose-broken");
    await goTo(page, brokenLine, 4);
  });
  facts.brokenFixTitle = (await fix.innerText()).trim();
  await page.screenshot({ path: join(shots, "prose-quick-fix.png") });
  await fix.click();
  facts.brokenFixed = await save(page, "prose-broken", files.broken, brokenBefore);
  facts.brokenPreviewAfter = await until(
    "the fixed text in the preview",
    async () => {
      const t = await frame.locator('[data-path="overview.management"]').first().innerText({ timeout: 2_000 });
      return t.includes(BROKEN_SECOND) && (await frame.locator(".nb-unreadable").count()) === 0 ? t : null;
    },
    60_000,
  );
  facts.problemsAtEnd = await until(
    "no syntax error left",
    async () => {
      const rows = await problems(page);
      return rows.some((r) => r.includes("文字换行后没有缩进")) ? null : rows;
    },
    60_000,
  );
  return facts;
}
