/**
 * Table 四 from the rows of its zone. It is printed as one row of 15 numbers under a three-line
 * header, or (a converter's rendering, 沭阳 2025) as three rows of 5 under the headings 行政复议,
 * 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）. A CMS export glues the 15 cells into one
 * run, cut by 前四项之和 = 总计 in each block. Rows of any other width cannot be placed.
 */
import type { FormDef } from "../form/types.js";
import type { Cell, Table4RowId } from "../model/index.js";
import { table4RowLabel } from "../rules/labels.js";
import { align } from "./align.js";
import type { ImportLog } from "./findings.js";
import { LabelIndex, type LabelMatch } from "./labels.js";
import { cellsOfRow, missingRow, placedByPosition, unplacedRow, type RowTarget } from "./report-rows.js";
import type { DataRow } from "./rows.js";
import { tableLabel, weightOf } from "./tables.js";
import { explicitCells, readRowValues, type RowLabel, type RowValues } from "./values.js";
import type { Item } from "./zones.js";

const BLOCK = 5;

export interface Table4Result {
  readonly rows: Record<Table4RowId, Cell[]>;
  /** The source rows the cells were read from (none when the table could not be read). */
  readonly used: readonly DataRow[];
}

export function readTable4(items: readonly Item[], form: FormDef, log: ImportLog): Table4Result {
  const def = form.table4;
  const ids = def.rows.map((r) => r.id as Table4RowId);
  const targets = ids.map((id): RowTarget => ({
    path: `litigation.${id}`,
    cellPaths: Array.from({ length: BLOCK }, (_, c) => `litigation.${id}.${c}`),
    label: table4RowLabel(form, id),
  }));
  const table = tableLabel(form, "litigation");
  // A row with no number (all its cells blank or words) counts only where its source delimits its cells.
  const data = items
    .map((item, index) => ({ item, index }))
    .filter(
      (x) =>
        x.item.row &&
        (x.item.row.values.length > 0 ||
          explicitCells(x.item.row, BLOCK, "none") ||
          explicitCells(x.item.row, 3 * BLOCK, "none")),
    );
  const rows = data.map((x) => x.item.row!);
  const out = {} as Record<Table4RowId, Cell[]>;
  const at = rows.find((r) => r.values.length > 0)?.loc ?? items[0]?.loc ?? { line: 1, column: 1 };

  // One row with all 15 cells (or one glued run of them); an empty one only when no other is found.
  const isWhole = (r: DataRow) =>
    gluedWhole(r) ||
    r.values.length === 3 * BLOCK ||
    (r.values.length < 3 * BLOCK && r.values.length + r.trailingBlanks.length >= 3 * BLOCK) ||
    explicitCells(r, 3 * BLOCK, "none") !== null;
  const wholeWithNumbers = rows.filter((r) => r.values.length > 0 && isWhole(r));
  const whole = wholeWithNumbers.length ? wholeWithNumbers : rows.filter(isWhole);
  const distinct = new Set(
    whole.map((r) => (explicitCells(r, 3 * BLOCK, "none") ?? r.values).map((v) => v.text).join(" ")),
  );
  if (whole.length >= 1 && distinct.size === 1) {
    const row = whole[0]!;
    const read = readRowValues(row, 3 * BLOCK, "blocks", "none");
    ids.forEach((id, b) => (out[id] = cellsOfRow(targets[b]!, row, sliceBlock(read, b), log)));
    for (const r of rows) if (!whole.includes(r)) unplacedRow(table, r, log, false);
    return { rows: out, used: [row] };
  }
  for (const r of whole) unplacedRow(table, r, log, whole.length > 1);

  // Three rows of five: each named by its label or by the heading just above it.
  const idx = new LabelIndex(
    def.rows.map((r) => ({ id: r.id, label: r.label, key: r.key, spellings: r.aliases ?? [] })),
  );
  const labelled = data.map((x) => ({ ...x, own: idx.match(x.item.row!) }));
  const fives = labelled.filter(
    (x) =>
      !whole.includes(x.item.row!) &&
      (x.item.row!.values.length === BLOCK || explicitCells(x.item.row!, BLOCK, rowLabel(x.own))),
  );
  const aligned = align(
    fives.map(({ item, index, own }) => {
      const m = own ?? contextMatch(items, index, idx);
      // An empty row yields to a row with numbers that is named the same.
      return {
        ids: m ? m.ids : null,
        weight: m ? weightOf(m) - (item.row!.values.length ? 0 : 0.5) : 0,
        eligible: true,
      };
    }),
    ids,
  );
  const used = new Set<DataRow>();
  ids.forEach((id, b) => {
    const p = aligned.placed.get(id);
    if (!p) {
      out[id] = missingRow(targets[b]!, at, log);
      return;
    }
    const row = fives[p.row]!.item.row!;
    used.add(row);
    if (p.byPosition) placedByPosition(targets[b]!, row, log);
    out[id] = cellsOfRow(targets[b]!, row, readRowValues(row, BLOCK, "none", rowLabel(fives[p.row]!.own)), log);
  });
  for (const r of rows)
    if (!used.has(r) && !whole.includes(r))
      unplacedRow(
        table,
        r,
        log,
        aligned.conflicting.some((k) => fives[k]!.item.row === r),
      );
  return { rows: out, used: [...used] };
}

/**
 * Glued digits (one run, or groups partly spaced) enough for the 15 cells: a shorter glued run is
 * a row of something else (平潭 2023 prints 「信息处理费收取情况000」 as a section 五 of its own).
 */
function gluedWhole(r: DataRow): boolean {
  return (
    r.values.length > 0 &&
    r.values.every((v) => v.glued) &&
    r.values.reduce((n, v) => n + v.text.replace(".", "").length, 0) >= 3 * BLOCK
  );
}

/** The text just above a row (a heading or a header row without numbers) when it names one block. */
function contextMatch(items: readonly Item[], index: number, idx: LabelIndex) {
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.row && item.row.values.length > 0) return null;
    const cell = { text: item.text, loc: item.loc };
    const m = idx.match({
      loc: item.loc,
      labels: [{ ...cell, own: true, index: 0 }],
      values: [],
      trailingBlanks: [],
      text: item.text,
      cells: [cell],
      explicit: false,
    });
    if (m && m.ids.length === 1) return m;
  }
  return null;
}

/** Where a row of five has its label: none of its own (named by the heading above), or the cell its label ends in. */
const rowLabel = (m: LabelMatch | null): RowLabel => (m === null ? "none" : (m.piece ?? null));

/** The part of a whole-table reading that belongs to block `b`. */
function sliceBlock(read: RowValues, b: number): RowValues {
  const from = b * BLOCK;
  switch (read.kind) {
    case "cells":
      return {
        kind: "cells",
        texts: read.texts.slice(from, from + BLOCK),
        cells: read.cells.slice(from, from + BLOCK),
      };
    case "decoded":
      return { ...read, values: read.values.slice(from, from + BLOCK) as number[] };
    case "candidates":
      // Table 四 has no relation across its blocks to settle several cuts.
      return {
        kind: "unreadable",
        why: "glued",
        found: read.options.length,
        examples: read.options.slice(0, 3).map((o) => o.map(String)),
      };
    default:
      return read;
  }
}
