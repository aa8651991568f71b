/** Builders of synthetic positioned text, as a PDF library would deliver it, for the tests of positionsToSource. */
import type { PositionedText, SourceCell, SourceDocument, SourceTable } from "../../src/index.js";

/** Width of a text set in `size`: CJK glyphs are one em wide, ASCII half an em. */
export function widthOf(text: string, size: number): number {
  return [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * size, 0);
}

/** One text item with its left edge and baseline. */
export function at(text: string, x: number, y: number, size = 8, page = 1): PositionedText {
  return { text, page, x, y, width: widthOf(text, size), height: size };
}

/** The same text delivered one glyph per item, as many CJK PDFs do. */
export function glyphs(text: string, x: number, y: number, size = 8, page = 1): PositionedText[] {
  const out: PositionedText[] = [];
  let left = x;
  for (const c of text) {
    out.push({ text: c, page, x: left, y, width: widthOf(c, size), height: size });
    left += widthOf(c, size);
  }
  return out;
}

/** A table's rows as arrays of texts; a spanning cell shows as `[text]×n`, an empty one as "". */
export function texts(table: SourceTable): string[][] {
  return table.rows.map((r) => r.cells.map(shown));
}

export function shown(cell: SourceCell): string {
  return cell.rowSpan !== undefined ? `[${cell.text}]×${cell.rowSpan}` : cell.text;
}

/** The rows of a table whose last `width` cells are numbers (or blank): the data rows. */
export function dataRows(table: SourceTable, width: number): SourceCell[][] {
  return table.rows
    .map((r) => r.cells)
    .filter(
      (cells) =>
        cells.length >= width &&
        cells.slice(-width).every((c) => /^(?:\d+(?:\.\d+)?)?$/.test(c.text)) &&
        cells.slice(-width).some((c) => c.text !== ""),
    );
}

export function proseTexts(doc: SourceDocument): string[] {
  return doc.lines.map((l) => l.text);
}
