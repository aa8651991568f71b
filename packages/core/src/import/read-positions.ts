/**
 * A PDF's positioned text (as a PDF library delivers it) rebuilt into the intermediate form:
 * prose lines in reading order and tables of rows of cells, with no dependency on any PDF library.
 * Nothing is interpreted here: a cell is the text that stood in it; blank cells are kept as empty
 * cells where the column's other rows have values. The form is mapped by the interpreter.
 */
import type { PositionedText, SourceDocument, SourceLine, SourceTable } from "./source.js";
import { buildLines, numberLines, type Line } from "./positions/geometry.js";
import { bodySize, isPageNumber, splitRegions } from "./positions/regions.js";
import { buildTable } from "./positions/table.js";

export function positionsToSource(items: readonly PositionedText[]): SourceDocument {
  const all = buildLines(items);
  const lines = withoutPageNumbers(all);
  numberLines(lines);
  const prose: SourceLine[] = [];
  const tables: SourceTable[] = [];
  for (const region of splitRegions(lines, bodySize(lines))) {
    if (region.kind === "table") tables.push(buildTable(region.lines));
    else for (const line of region.lines) prose.push(proseLine(line));
  }
  return { kind: "pdf", lines: prose, tables };
}

function withoutPageNumbers(lines: readonly Line[]): Line[] {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  return lines.filter((line) => !isPageNumber(line, byPage.get(line.page)!));
}

function proseLine(line: Line): SourceLine {
  const first = line.runs[0]!;
  return { text: line.text, loc: { line: line.index, column: 1, page: line.page, x: first.x0, y: first.y } };
}
