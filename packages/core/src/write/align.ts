/**
 * The layout of table rows in `*.nianbao.yaml`, as the published examples are written: keys of
 * one group padded to one width, numbers right-aligned per column, so the rows read like the
 * printed table (`上年结转:   [ 118,  3, 0, 0, 0, 0,  121]`). Widths are counted in the columns a
 * monospace editor gives a character: CJK and full-width forms take two.
 */

/** Columns a terminal or monospace editor gives `s`. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x2e80 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0x3000 && c <= 0x303f) ||
      c === 0x201c ||
      c === 0x201d
        ? 2
        : 1;
  }
  return w;
}

/** Keys wider than this are not padded, so one long label does not push its siblings far right. */
export const MAX_KEY_ALIGN = 24;

/** `key: ` followed by the spaces that line its value up with those of its sibling `keys`. */
export function keyPadder(keys: readonly string[]): (key: string) => string {
  const width = Math.max(0, ...keys.map(displayWidth).filter((w) => w <= MAX_KEY_ALIGN));
  return (key) => `${key}: ${" ".repeat(Math.max(0, width - displayWidth(key)))}`;
}

/** For rows of cells (as written), the width of each column: its widest cell. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return widths;
}

/** A row as a flow sequence, each cell right-aligned to its column's width. */
export function alignedRow(cells: readonly string[], widths: readonly number[]): string {
  return `[${cells.map((c, i) => " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c))) + c).join(", ")}]`;
}
