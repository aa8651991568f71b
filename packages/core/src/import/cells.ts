/**
 * Cells of the imported model, built so that the YAML written from them reads back to the same
 * cells: a plain number keeps no raw text (the YAML holds the number itself), anything else keeps
 * what stood in the source (a note, a placeholder, full-width digits) through core's `cellFromText`.
 */
import { cellFromText } from "../read/cells.js";
import type { Cell } from "../model/index.js";

export function importedCell(text: string): Cell {
  const c = cellFromText(text);
  if (c.status === "number" && c.note === null && c.normalized === null) return { ...c, raw: null };
  return c;
}

/** A cell that could not be read: written as an empty cell with a comment, for the author to fill in. */
export function unreadCell(): Cell {
  return { status: "blank", value: null, exact: null, raw: "", note: null, normalized: null };
}

/** A number decoded by inference (from a glued run of digits). */
export function decodedCell(value: number | string): Cell {
  return importedCell(String(value));
}
