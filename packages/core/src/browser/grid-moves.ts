/**
 * Which cell of a table the keyboard moves to, as WAI-ARIA's grid pattern moves (APG, "Grid"):
 * computed from where the cells sit, so it is plain data in, an index out, with no DOM.
 */

/** A cell as the table lays it out: the slot it starts in and how many rows and columns it covers. */
export interface CellSlot {
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** The moves of the grid pattern's keys. */
export type GridMove = "left" | "right" | "up" | "down" | "rowStart" | "rowEnd" | "first" | "last";

/** What a key event says, as far as moving is concerned (a `KeyboardEvent` fits). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const PLAIN: Readonly<Record<string, GridMove>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
  Home: "rowStart",
  End: "rowEnd",
};

/**
 * The move a key asks for, or null for a key the table leaves alone (Tab, letters, a chord with
 * Alt or Shift, which browsers and screen readers keep for themselves). Ctrl+Home and Ctrl+End go
 * to the table's first and last cell (⌘ on a Mac, as its Home and End chords).
 */
export function gridMoveForKey(e: KeyPress): GridMove | null {
  if (e.altKey || e.shiftKey) return null;
  const chord = e.ctrlKey || e.metaKey;
  if (chord) return e.key === "Home" ? "first" : e.key === "End" ? "last" : null;
  return PLAIN[e.key] ?? null;
}

/** Whether a key does what a click does on the cell (Enter, Space). */
export function activatesCell(e: KeyPress): boolean {
  return (e.key === "Enter" || e.key === " ") && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
}

/**
 * Where each cell of a table starts, by the HTML table model: a cell takes the first slot of its
 * row that no cell from a row above still covers with its rowspan. `rows` lists, row by row, the
 * cells that start there with their spans; the result has the same shape.
 */
export function layoutSlots(
  rows: readonly (readonly { readonly colSpan: number; readonly rowSpan: number }[])[],
): CellSlot[][] {
  // For each column, the first row no longer covered by a cell above.
  const freeFrom: number[] = [];
  return rows.map((cells, row) => {
    let col = 0;
    return cells.map((c) => {
      while ((freeFrom[col] ?? 0) > row) col++;
      const colSpan = Math.max(1, c.colSpan);
      const rowSpan = Math.max(1, c.rowSpan);
      const slot = { row, col, colSpan, rowSpan };
      for (let i = col; i < col + colSpan; i++) freeFrom[i] = row + rowSpan;
      col += colSpan;
      return slot;
    });
  });
}

/** How far a column is from the slots a cell covers: 0 inside them. */
const distance = (c: CellSlot, col: number) => (col < c.col ? c.col - col : Math.max(0, col - (c.col + c.colSpan - 1)));
const lastRow = (c: CellSlot) => c.row + c.rowSpan - 1;
const covers = (c: CellSlot, row: number) => c.row <= row && row <= lastRow(c);
const inReadingOrder = (a: CellSlot, b: CellSlot) => a.row - b.row || a.col - b.col;

/**
 * The index of the cell a move goes to from `cells[from]`, among the cells that can take focus;
 * `from` itself when there is nowhere to go (the grid pattern stops at the edges, it does not wrap).
 * A row holds the cells that cover it, so a group's label spanning rows is to the left of each of
 * them. Left and Right stay in the row; Up and Down go to the nearest cell above or below over the
 * same column, across rows without one (headers); with none there, to the nearest row's nearest cell.
 */
export function moveInGrid(cells: readonly CellSlot[], from: number, move: GridMove): number {
  const here = cells[from];
  if (!here) return from;
  type Indexed = { readonly c: CellSlot; readonly i: number };
  const indexed: Indexed[] = cells.map((c, i) => ({ c, i }));
  const pick = (list: readonly Indexed[], better: (a: CellSlot, b: CellSlot) => boolean) =>
    list.reduce<Indexed | undefined>((best, x) => (!best || better(x.c, best.c) ? x : best), undefined)?.i ?? from;
  const nearestColumn = (a: CellSlot, b: CellSlot) => {
    const d = distance(a, here.col) - distance(b, here.col);
    return d < 0 || (d === 0 && a.col < b.col);
  };
  const sameRow = indexed.filter((x) => covers(x.c, here.row));
  switch (move) {
    case "left":
      return pick(
        sameRow.filter((x) => x.c.col < here.col),
        (a, b) => a.col > b.col,
      );
    case "right":
      return pick(
        sameRow.filter((x) => x.c.col > here.col),
        (a, b) => a.col < b.col,
      );
    case "rowStart":
      return pick(sameRow, (a, b) => a.col < b.col);
    case "rowEnd":
      return pick(sameRow, (a, b) => a.col > b.col);
    case "first":
      return pick(indexed, (a, b) => inReadingOrder(a, b) < 0);
    case "last":
      return pick(indexed, (a, b) => inReadingOrder(a, b) > 0);
    case "up":
    case "down": {
      const up = move === "up";
      const beyond = indexed.filter((x) => (up ? lastRow(x.c) < here.row : x.c.row > lastRow(here)));
      // The nearest cell straight above or below, over the headers between; else the nearest row's nearest cell.
      const straight = beyond.filter((x) => distance(x.c, here.col) === 0);
      const pool = straight.length ? straight : beyond;
      const edge = (c: CellSlot) => (up ? lastRow(c) : -c.row);
      const row = Math.max(...pool.map((x) => edge(x.c)));
      return pick(
        pool.filter((x) => edge(x.c) === row),
        nearestColumn,
      );
    }
  }
}
