import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, editorText, EXAMPLES, openPage, SCREENSHOTS, tempFolder, type Session } from "./support/page.js";

/**
 * The official tables from the keyboard alone, in headless Chromium from file://: Tab reaches each
 * table once, the arrows, Home and End move between its cells, Enter jumps to the cell's figure in
 * the editor, the place is kept when an edit redraws the tables, and a cell with a finding says so
 * to a screen reader (read from Chromium's own accessibility tree).
 */

const EXAMPLE = "jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml";

/** The data-path of the focused element, if it is a cell of the tables. */
const focusedPath = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.closest("#tables") ? (el.dataset.path ?? null) : null;
  });

/** Chromium's accessibility node of an element: its role, name and description as a screen reader gets them. */
async function axNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    return { role: node.role?.value, name: node.name?.value, description: node.description?.value };
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!available && !process.env.CI)("the tables from the keyboard, in headless Chromium", () => {
  let s: Session;
  let dir: string;
  const page = () => s.page;

  /** Tab from the last control before the tables (the finding list's last button), `times` times. */
  const tabIntoTables = async (times: number) => {
    await page().locator("#findings button").last().focus();
    for (let i = 0; i < times; i++) await page().keyboard.press("Tab");
    return focusedPath(page());
  };
  const press = async (...keys: string[]) => {
    for (const k of keys) await page().keyboard.press(k);
    return focusedPath(page());
  };
  const tablesVersion = () => page().locator("#tables").getAttribute("data-version");

  beforeAll(async () => {
    dir = tempFolder();
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(join(EXAMPLES, EXAMPLE), join(dir, EXAMPLE));
    s = await openPage();
    const chooser = page().waitForEvent("filechooser");
    await page().locator("#open").click();
    await (await chooser).setFiles(join(dir, EXAMPLE));
    await page().locator('#tables [data-path="litigation.review.4"].nb-mark').waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await s?.browser.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("makes each table one grid with one Tab stop, reached in turn by Tab", async () => {
    const grids = page().locator("#tables table[role=grid]");
    expect(await grids.count()).toBe(3);
    for (const table of await grids.all()) expect(await table.locator('[tabindex="0"]').count()).toBe(1);
    // Named by the section heading the report prints above it.
    expect(await axNode(page(), 'table[data-table="litigation"]')).toMatchObject({
      role: "grid",
      name: "四、政府信息公开行政复议、行政诉讼情况",
    });
    expect(await tabIntoTables(1)).toBe("proactive.regulations");
    expect(await press("Tab")).toBe("requests.new");
    expect(await press("Tab")).toBe("litigation.review");
  });

  it("moves with the arrows, Home, End, Ctrl+Home and Ctrl+End, and shows where it is", async () => {
    expect(await press("ArrowDown")).toBe("litigation.review.0");
    expect(await press("ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight")).toBe("litigation.review.4");
    expect(await press("End")).toBe("litigation.litigationAfterReview.4");
    expect(await press("Home")).toBe("litigation.review.0");
    expect(await press("ArrowLeft")).toBe("litigation.review.0");
    expect(await press("Control+End")).toBe("litigation.litigationAfterReview.4");
    expect(await press("Control+Home")).toBe("litigation.review");
    expect(await press("End", "ArrowDown", "ArrowUp")).toBe("litigation.review");
    // The cell reached last is the table's Tab stop; the others are out of the Tab order.
    expect(await page().locator('table[data-table="litigation"] [tabindex="0"]').getAttribute("data-path")).toBe(
      "litigation.review",
    );
    // The focus ring is drawn (the cell matches :focus-visible): an outline in the focus colour.
    await press("ArrowDown", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight");
    const ring = await page().evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { visible: el.matches(":focus-visible"), outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(ring).toEqual({ visible: true, outline: "solid", width: "3px" });
    await page().screenshot({ path: join(SCREENSHOTS, "web-keyboard.png") });
  });

  it("tells a screen reader a cell's finding: its message is the cell's accessible description", async () => {
    expect(await focusedPath(page())).toBe("litigation.review.4");
    const marked = await axNode(page(), '#tables [data-path="litigation.review.4"]');
    expect(marked.role).toBe("gridcell");
    expect(marked.name).toBe("0");
    expect(marked.description).toMatch(/^T4-ROWSUM: 表四「行政复议」：.*10 \+ 1 \+ 0 \+ 0 = 11/);
    // A cell without findings has its figure and no description.
    const plain = await axNode(page(), '#tables [data-path="litigation.litigationDirect.0"]');
    expect(plain).toMatchObject({ role: "gridcell", name: "0" });
    expect(plain.description ?? "").toBe("");
  });

  it("jumps with Enter to the cell's figure in the editor, as a click does", async () => {
    expect(await press("End", "ArrowUp", "ArrowDown")).toBe("litigation.litigationAfterReview.0");
    await page().keyboard.press("Enter");
    await expect.poll(() => page().evaluate(() => getSelection()?.toString()), { timeout: 15_000 }).toBe("5");
    expect(await page().locator(".cm-activeLine").textContent()).toContain("复议后起诉");
  });

  it("keeps each table's place when an edit redraws the tables: Tab returns to the same cell", async () => {
    const before = await tablesVersion();
    await page().locator(".cm-line", { hasText: "行政复议:" }).click();
    await page().keyboard.press("Control+End");
    await page().keyboard.type("# 键盘\n");
    await expect.poll(tablesVersion, { timeout: 30_000 }).not.toBe(before);
    expect(await editorText(page())).toMatch(/# 键盘\n$/);
    expect(await tabIntoTables(1)).toBe("proactive.regulations");
    expect(await press("Tab", "Tab")).toBe("litigation.litigationAfterReview.0");
    // Space does what Enter does.
    await page().locator(".cm-line").first().click();
    await tabIntoTables(3);
    await press("ArrowLeft");
    await page().keyboard.press(" ");
    await expect.poll(() => page().evaluate(() => getSelection()?.toString()), { timeout: 15_000 }).toBe("0");
    expect(await page().locator(".cm-activeLine").textContent()).toContain("未经复议直接起诉");
  });

  it("keeps the focus on the same cell when the tables are redrawn while it is in them", async () => {
    expect(await tabIntoTables(3)).toBe("litigation.litigationDirect.4");
    const before = await tablesVersion();
    const old = await page().evaluateHandle(() => document.activeElement!);
    // A change that does not come from the keyboard in the table (as another view of the file would make).
    await page().evaluate(() => {
      type View = { state: { doc: { length: number } }; dispatch(t: unknown): void };
      const el = document.querySelector(".cm-content") as HTMLElement & { cmTile?: { root?: { view?: View } } };
      const view = el.cmTile!.root!.view!;
      view.dispatch({ changes: { from: view.state.doc.length, insert: "\n" } });
    });
    await expect.poll(tablesVersion, { timeout: 30_000 }).not.toBe(before);
    expect(await old.evaluate((el) => el.isConnected)).toBe(false);
    expect(await focusedPath(page())).toBe("litigation.litigationDirect.4");
    expect(s.errors).toEqual([]);
    expect(s.outside).toEqual([]);
  });
});
