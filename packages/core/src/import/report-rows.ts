/**
 * Turning what was read of one row into model cells and import findings, the same way for every
 * table: read cells are kept as written, decoded cells carry an IMP-FLATTENED or T3-SPLIT-CELL
 * finding, and a row that could not be read becomes empty cells with an IMP-UNREADABLE finding and
 * a comment in the YAML, so nothing is guessed silently.
 */
import type { Bilingual } from "../messages/format.js";
import type { Cell } from "../model/index.js";
import { importedCell, unreadCell } from "./cells.js";
import type { ImportLog } from "./findings.js";
import { labelText, valuesText, type DataRow } from "./rows.js";
import type { SourceLocation } from "./source.js";
import { clip } from "./text.js";
import type { RowValues } from "./values.js";

export interface RowTarget {
  /** Model path of the row, e.g. `requests.granted` or `proactive.regulations`. */
  readonly path: string;
  /** Path of each cell in column order. */
  readonly cellPaths: readonly string[];
  readonly label: Bilingual;
  /** The unit the form prints for each column (万元, 件), when a cell may be written with it. */
  readonly units?: readonly string[];
}

/**
 * A number written with its column's own unit (「96171.6万元」 under 本年收费金额（单位：万元）) is
 * that number: the unit says nothing the form does not. Any other unit (「251000元」) is kept.
 */
function withoutOwnUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  const t = text.trim();
  return t.endsWith(unit) && /^[+-]?\d+(?:\.\d+)?$/u.test(t.slice(0, -unit.length).trim())
    ? t.slice(0, -unit.length).trim()
    : text;
}

/** Cells for a row that was not found at all. */
export function missingRow(
  target: RowTarget,
  at: SourceLocation,
  log: ImportLog,
  messageId = "IMP-UNREADABLE.rowMissing",
): Cell[] {
  log.add({
    code: "IMP-UNREADABLE",
    messageId,
    args: { row: target.label },
    source: at,
    path: target.path,
    paths: target.cellPaths,
    comment: { messageId: "import.comment.missing" },
  });
  log.mark(target.cellPaths, "unreadable");
  return target.cellPaths.map(() => unreadCell());
}

/** Cells for a placed row, with the findings its reading calls for. */
export function cellsOfRow(target: RowTarget, row: DataRow, read: RowValues, log: ImportLog): Cell[] {
  const { path, cellPaths, label } = target;
  const line = row.loc.line;
  switch (read.kind) {
    case "cells": {
      const cells = read.texts.map((t, i) => importedCell(withoutOwnUnit(t, target.units?.[i])));
      cells.forEach((c, i) => {
        if (c.status !== "invalid") return log.mark([cellPaths[i]!], "read");
        const at = read.cells[i]?.loc ?? row.loc;
        log.add({
          code: "IMP-UNREADABLE",
          messageId: "IMP-UNREADABLE.invalid",
          args: { row: label, column: i + 1, line: at.line, text: clip(read.texts[i]!) },
          source: at,
          path: cellPaths[i]!,
          paths: [cellPaths[i]!],
          comment: { messageId: "import.comment.invalid", args: { text: clip(read.texts[i]!, 16) } },
        });
        log.mark([cellPaths[i]!], "unreadable");
      });
      return cells;
    }
    case "decoded": {
      const values = read.values.map(String);
      log.add({
        code: "IMP-FLATTENED",
        messageId: read.by === "digits" ? "IMP-FLATTENED.unique" : "IMP-FLATTENED.byTotal",
        args: { row: label, line: read.cell.loc.line, digits: read.digits, values: values.join(" ") },
        source: read.cell.loc,
        path,
        paths: cellPaths,
        comment: { messageId: "import.comment.flattened", args: { digits: read.digits } },
      });
      log.mark(cellPaths, "inferred");
      return values.map(importedCell);
    }
    case "merged": {
      log.add({
        code: "T3-SPLIT-CELL",
        messageId: "T3-SPLIT-CELL.merged",
        args: { row: label, line, found: row.values.length, values: valuesText(row), pieces: read.pieces },
        source: row.loc,
        path,
        paths: cellPaths,
        comment: { messageId: "import.comment.split", args: { pieces: read.pieces } },
      });
      log.mark(cellPaths, "inferred");
      return read.texts.map(importedCell);
    }
    case "candidates":
      // Decided later from the column sums, or reported as ambiguous (see resolveCandidates).
      return cellPaths.map(() => unreadCell());
    case "unreadable": {
      if (read.why === "glued") {
        const cell = row.values[0]!;
        // Worded once the whole report is read, with its cuts ranked (unsplit.ts). A partly spaced
        // row (「20 155」) is ranked whole, its spaces kept as the boundaries they are.
        const digits = row.values.map((v) => v.text).join(" ");
        log.leaveUnsplit({
          path,
          cellPaths,
          label,
          digits,
          source: cell.loc,
          found: read.found >= 64 ? "64+" : read.found,
        });
        return cellPaths.map(() => unreadCell());
      } else
        log.add({
          code: "IMP-UNREADABLE",
          messageId: "IMP-UNREADABLE.rowWidth",
          args: { row: label, line, found: read.found, expected: cellPaths.length, values: valuesText(row) },
          source: row.loc,
          path,
          paths: cellPaths,
          comment: { messageId: "import.comment.width", args: { line, values: clip(valuesText(row), 30) } },
        });
      log.mark(cellPaths, "unreadable");
      return cellPaths.map(() => unreadCell());
    }
  }
}

/** A row placed by its position among labelled rows, not by a label of its own. */
export function placedByPosition(target: RowTarget, row: DataRow, log: ImportLog): void {
  log.mark(target.cellPaths, "inferred");
  log.add({
    code: "IMP-SOURCE-GATE",
    severity: "warning",
    messageId: "IMP-SOURCE-GATE.byPosition",
    args: { row: target.label, line: row.loc.line, values: valuesText(row) },
    source: row.loc,
    path: target.path,
    paths: target.cellPaths,
    comment: { messageId: "import.comment.position", args: { line: row.loc.line } },
  });
}

/** A label that is not the form's, read as the row it means. */
export function mistypedLabel(target: RowTarget, row: DataRow, written: string, log: ImportLog): void {
  log.add({
    code: "STR-ROW-LABELS",
    messageId: "STR-ROW-LABELS.imported",
    args: { line: row.loc.line, written: clip(written), row: target.label },
    source: row.labels.find((l) => l.own)?.loc ?? row.loc,
    path: target.path,
    paths: [],
    comment: { messageId: "import.comment.label", args: { written: clip(written, 24) } },
  });
}

/** Numbers in a table's part of the source that belong to no row of the form. */
export function unplacedRow(table: Bilingual, row: DataRow, log: ImportLog, conflict: boolean): void {
  // A row of placeholders only (「| - | - |」 under a converter's header) holds no number to lose.
  if (!row.values.some((v) => /\d/.test(v.text))) return;
  const label = labelText(row).trim();
  log.add({
    code: "IMP-SOURCE-GATE",
    severity: conflict ? "error" : "warning",
    messageId: conflict
      ? "IMP-SOURCE-GATE.conflict"
      : label
        ? "IMP-SOURCE-GATE.unplacedLabelled"
        : "IMP-SOURCE-GATE.unplaced",
    args: { table, line: row.loc.line, values: clip(valuesText(row), 60), label: clip(label) },
    source: row.loc,
  });
}
