// Small helpers over VS Code's workbench DOM (selectors proven on code-server 4.139.1, TOOLCHAIN §4.3).
import { readFileSync } from "node:fs";

/** The preview's document: outer webview iframe → inner #active-frame (re-resolved on every use). */
export const previewFrame = (page) => page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");

/** Runs a command from the palette, waiting for its exact row so Enter never picks another. */
export async function runCommand(page, query, label = query) {
  await page.keyboard.press("Escape");
  // F1 is ignored while focus is inside a webview: focus the workbench's title bar first.
  await page.locator(".part.titlebar").click({ position: { x: 120, y: 10 } });
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ timeout: 20_000 });
  await input.fill(`>${query}`);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: label }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
}

/** Opens a workspace file with Quick Open (Ctrl+P): unlike the explorer, its rows do not move as files appear. */
export async function openFile(page, name) {
  await page.keyboard.press("Escape");
  await page.locator(".part.titlebar").click({ position: { x: 120, y: 10 } });
  await page.keyboard.press("Control+p");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ timeout: 20_000 });
  await input.fill(name);
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  // .first(): the preview's tab, active in its own group, names the file too.
  await page.locator(".tabs-container .tab.active", { hasText: name }).first().waitFor({ timeout: 20_000 });
}

/** The editor's cursor as the status bar shows it: { line, column, text } (1-based, as VS Code counts). */
export async function cursorPosition(page) {
  // Shown only while a text editor is the active pane.
  const item = page.locator("#status\\.editor\\.selection");
  if ((await item.count()) === 0) return { line: -1, column: -1, text: "" };
  const text = (await item.innerText({ timeout: 2_000 })).trim();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return m ? { line: Number(m[1]), column: Number(m[2]), text } : { line: -1, column: -1, text };
}

/** Polls until `fn` returns a truthy value; fails with `what` after `timeout` ms. */
export async function until(what, fn, timeout = 30_000, interval = 200) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
      );
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Moves the cursor to a 1-based line and character column: Go to Line for the line, then arrow keys,
 * because Go to Line counts a CJK character as two columns while the status bar counts it as one.
 */
export async function goTo(page, line, column) {
  await page.keyboard.press("Control+g");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press("Enter");
  // Until the quick input has closed and the editor has the focus again, the next key goes to the
  // input; and when the cursor already stood on the line, the check below would not notice.
  await input.waitFor({ state: "hidden", timeout: 10_000 });
  await page.locator(".editor-group-container .monaco-editor.focused").first().waitFor({ timeout: 10_000 });
  await until(`the cursor on line ${line}`, async () => {
    const p = await cursorPosition(page);
    return p.line === line && p.column === 1;
  });
  for (let i = 1; i < column; i++) await page.keyboard.press("ArrowRight");
  await until(`the cursor at ${line}:${column}`, async () => {
    const p = await cursorPosition(page);
    return p.line === line && p.column === column;
  });
}

/**
 * Focuses a file's editor through its tab. Clicking inside the text would make the browser scroll
 * Monaco's virtualised lines into view and move the editor.
 */
export async function focusEditor(page, name) {
  await page.locator(".tabs-container .tab", { hasText: name }).first().click();
  await page.locator(".monaco-editor.focused").first().waitFor({ timeout: 10_000 });
}

/** The first line the active editor shows (its line numbers, without the sticky-scroll header). */
export async function editorTopLine(page) {
  const numbers = await page
    .locator(".editor-group-container.active .monaco-editor .margin-view-overlays .line-numbers")
    .allInnerTexts();
  const lines = numbers.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return lines.length ? Math.min(...lines) : -1;
}

/**
 * Saves a file's editor and returns the text on disk once it differs from `before` (or once saved,
 * when `before` is null).
 */
export async function saveFile(page, name, file, before) {
  return until(
    `${name} saved`,
    async () => {
      const dirty = await page.locator(".tabs-container .tab.dirty", { hasText: name }).count();
      const text = readFileSync(file, "utf8");
      if (!dirty && (before === null || text !== before)) return text;
      // Focus may have stayed in a list or a menu: save from the file's own editor.
      await focusEditor(page, name);
      await page.keyboard.press("Control+s");
      return null;
    },
    30_000,
    1_000,
  );
}

/**
 * Opens the quick-fix menu (Ctrl+.) until it offers `action` (a locator of its row), and returns it.
 * Under load the first Ctrl+. can come before the server's code actions for fresh diagnostics, and
 * the menu then offers nothing: it is closed, `reposition` puts the cursor back, and it is asked again.
 */
export async function openQuickFix(page, action, reposition) {
  await until(
    "the quick fix",
    async () => {
      await page.keyboard.press("Control+.");
      const shown = await action.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (!shown) {
        await page.keyboard.press("Escape");
        await reposition();
      }
      return shown;
    },
    60_000,
    500,
  );
  return action;
}

/** The Problems view's marker rows: their text and severity icon. */
export async function problemRows(page) {
  return page.locator(".markers-panel .monaco-list-row").evaluateAll((rows) =>
    rows
      .filter((r) => r.querySelector(".marker-icon"))
      .map((r) => {
        const icon = r.querySelector(".marker-icon");
        const cls = `${icon.className} ${Array.from(icon.querySelectorAll("*"))
          .map((e) => e.className)
          .join(" ")}`;
        return {
          text: r.innerText.replace(/\s+/gu, " ").trim(),
          severity: /codicon-error/u.test(cls)
            ? "error"
            : /codicon-warning/u.test(cls)
              ? "warning"
              : /codicon-info/u.test(cls)
                ? "info"
                : cls,
        };
      }),
  );
}
