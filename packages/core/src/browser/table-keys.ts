import { activatesCell, gridMoveForKey, layoutSlots, moveInGrid } from "./grid-moves.js";

/**
 * The official tables of a rendered report made usable from the keyboard, as WAI-ARIA's grid
 * pattern does it with a roving tabindex: one Tab stop per table, the arrow keys, Home and End
 * between the cells that carry `data-path`, Enter and Space doing what a click does. The renderer's
 * HTML stays a document (a published page gets no tabindex); a host that edits the report adds this.
 */

export interface TableKeyboardOptions {
  /** What Enter or Space does on a cell; a click on it by default, so it does what the mouse does. */
  readonly activate?: (cell: HTMLElement) => void;
  /** A table's accessible name; by default its section's printed heading (a report page's 表 headings). */
  readonly label?: (table: HTMLTableElement) => string | null | undefined;
}

export interface TableKeyboard {
  /**
   * Replaces the tables (the host's `render` sets the new HTML) and keeps the reader's place: each
   * table's Tab stop stays on the same `data-path` while it exists, and a cell that had the focus
   * has it again.
   */
  update(render: () => void): void;
  /** Makes the tables now under the root navigable (after the host changed them by itself). */
  refresh(): void;
  /** Stops listening; the cells keep their attributes. */
  dispose(): void;
}

const TABLES = "table.nb-table";
const CELLS = "td[data-path], th[data-path]";

/** A table's key for remembering its place: its model table (`requests`), else its position. */
const tableKey = (table: HTMLTableElement, index: number) => table.dataset.table ?? String(index);

interface Located {
  readonly table: HTMLTableElement;
  readonly cells: HTMLElement[];
  readonly index: number;
}

/** Listens on `root`, whose content the host replaces on every edit: the state lives in the returned object. */
export function tableKeyboard(root: HTMLElement, options: TableKeyboardOptions = {}): TableKeyboard {
  const activate = options.activate ?? ((cell: HTMLElement) => cell.click());
  // Named by its section's printed heading, so a screen reader says which table it entered.
  const label =
    options.label ?? ((table: HTMLTableElement) => table.closest("section")?.querySelector("h2")?.textContent);
  // Per table, the data-path of its Tab stop.
  const remembered = new Map<string, string>();

  const tables = () => Array.from(root.querySelectorAll<HTMLTableElement>(TABLES));
  const cellsOf = (table: HTMLTableElement) =>
    Array.from(table.querySelectorAll<HTMLElement>(CELLS)).filter((c) => c.closest("table") === table);
  const keyOf = (table: HTMLTableElement) => tableKey(table, tables().indexOf(table));

  const locate = (target: EventTarget | null): Located | null => {
    const cell = target instanceof Element ? target.closest<HTMLElement>(CELLS) : null;
    const table = cell?.closest<HTMLTableElement>(TABLES);
    if (!cell || !table || !root.contains(table)) return null;
    const cells = cellsOf(table);
    const index = cells.indexOf(cell);
    return index < 0 ? null : { table, cells, index };
  };

  const makeStop = (table: HTMLTableElement, cells: readonly HTMLElement[], stop: HTMLElement) => {
    for (const c of cells) c.tabIndex = c === stop ? 0 : -1;
    if (stop.dataset.path) remembered.set(keyOf(table), stop.dataset.path);
  };

  const refresh = () =>
    tables().forEach((table, i) => {
      const cells = cellsOf(table);
      if (!cells.length) return;
      table.setAttribute("role", "grid");
      table.setAttribute("aria-readonly", "true");
      const name = label(table);
      if (name) table.setAttribute("aria-label", name);
      const path = remembered.get(tableKey(table, i));
      const stop = cells.find((c) => c.dataset.path === path) ?? cells[0]!;
      for (const c of cells) c.tabIndex = c === stop ? 0 : -1;
    });

  const slotsOf = (table: HTMLTableElement, cells: readonly HTMLElement[]) => {
    const rows = Array.from(table.rows);
    const slots = layoutSlots(
      rows.map((r) => Array.from(r.cells, (c) => ({ colSpan: c.colSpan, rowSpan: c.rowSpan }))),
    );
    const byCell = new Map<Element, (typeof slots)[number][number]>();
    rows.forEach((r, i) => Array.from(r.cells).forEach((c, j) => byCell.set(c, slots[i]![j]!)));
    return cells.map((c) => byCell.get(c)!);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const at = locate(e.target);
    if (!at) return;
    const cell = at.cells[at.index]!;
    if (activatesCell(e)) {
      e.preventDefault();
      activate(cell);
      return;
    }
    const move = gridMoveForKey(e);
    if (!move) return;
    e.preventDefault();
    const next = at.cells[moveInGrid(slotsOf(at.table, at.cells), at.index, move)]!;
    makeStop(at.table, at.cells, next);
    next.focus();
  };

  // A cell reached by Tab or by the mouse becomes its table's Tab stop.
  const onFocusIn = (e: FocusEvent) => {
    const at = locate(e.target);
    if (at) makeStop(at.table, at.cells, at.cells[at.index]!);
  };

  root.addEventListener("keydown", onKeyDown);
  root.addEventListener("focusin", onFocusIn);
  refresh();

  return {
    update(render) {
      const focused = locate(root.ownerDocument.activeElement);
      const key = focused ? keyOf(focused.table) : null;
      render();
      refresh();
      if (key === null) return;
      const table = tables().find((t, i) => tableKey(t, i) === key);
      // The same cell again (refresh made it the Tab stop), else the table's first: the focus is not dropped on the page.
      const again = table && cellsOf(table).find((c) => c.tabIndex === 0);
      // Where the reader left it: no scroll.
      again?.focus({ preventScroll: true });
    },
    refresh,
    dispose() {
      root.removeEventListener("keydown", onKeyDown);
      root.removeEventListener("focusin", onFocusIn);
    },
  };
}
