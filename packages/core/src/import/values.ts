/**
 * Reading the value cells of one placed row, given how many cells the row has in the form and what
 * ties them together. As published, a row may have exactly its cells; blank cells at its end that
 * a converter wrote as nothing; one glued run of digits (a CMS export); or a number split over two
 * cells (T3-SPLIT-CELL). Anything else is unreadable: the numbers are there but which column each
 * belongs to is not, and guessing would put a number in the wrong cell.
 */
import { splits, splitsTable4, splitsWithTotal } from "./flattened-split.js";
import { isValueCell, type DataRow, type LabelPiece } from "./rows.js";
import type { SourceCell } from "./source.js";
import { spacedSplits } from "./spaced-split.js";
import { DIGITS } from "./text.js";

/** What ties the cells of a row: nothing (table 二), the last is the sum of the others (table 三), three blocks of such (table 四). */
export type Relation = "none" | "total" | "blocks";

export type RowValues =
  /** Read as written. */
  | { readonly kind: "cells"; readonly texts: readonly string[]; readonly cells: readonly (SourceCell | null)[] }
  /** A glued run cut in the one way the digits (and the relation) allow. */
  | {
      readonly kind: "decoded";
      readonly values: readonly number[] | readonly string[];
      readonly digits: string;
      readonly by: "digits" | "total";
      readonly cell: SourceCell;
    }
  /** A glued run with several cuts that the relation allows; column sums may still decide. */
  | {
      readonly kind: "candidates";
      readonly options: readonly (readonly number[])[];
      readonly digits: string;
      readonly cell: SourceCell;
      readonly capped: boolean;
    }
  /** Cells rejoined where a number was split over two (T3-SPLIT-CELL). */
  | { readonly kind: "merged"; readonly texts: readonly string[]; readonly pieces: string }
  | {
      readonly kind: "unreadable";
      readonly why: "width" | "glued";
      readonly found: number;
      readonly examples?: readonly (readonly string[])[];
    };

/**
 * Where a row's label stands: the cell it ends in (the row's cells come after it), "none" for rows
 * that carry no label (table 四), or null when that is not known (no label, or one pieced together
 * from fragments).
 */
export type RowLabel = LabelPiece | "none" | null;

export function readRowValues(row: DataRow, width: number, relation: Relation, label: RowLabel = null): RowValues {
  const values = row.values;
  if (values.length === 1 && values[0]!.glued && DIGITS.test(values[0]!.text) && width > 1)
    return glued(values[0]!, width, relation);
  if (values.length === width) return { kind: "cells", texts: values.map((v) => v.text), cells: values };
  if (values.length > 1 && values.length < width && values.every((v) => v.glued && /^\d+$/.test(v.text)))
    return partlySpaced(values, width, relation);
  if (values.length < width && values.length + row.trailingBlanks.length >= width) {
    const cells = [...values, ...row.trailingBlanks.slice(0, width - values.length)];
    return { kind: "cells", texts: cells.map((c) => c.text), cells };
  }
  const delimited = explicitCells(row, width, label);
  if (delimited) return { kind: "cells", texts: delimited.map((c) => c.text), cells: delimited };
  if (values.length > width && relation === "total") {
    const merged = rejoin(
      values.map((v) => v.text),
      width,
    );
    if (merged) return merged;
  }
  return { kind: "unreadable", why: "width", found: values.length };
}

/**
 * The cells of a row whose source delimits every cell (an HTML row, a Markdown body row as wide as
 * its header): its last `width` cells, whatever they hold (blank, a placeholder, words), provided
 * they all stand after its label and no number stands before them. The text alone cannot say this:
 * an empty cell may be filler, and words may be a label.
 */
export function explicitCells(row: DataRow, width: number, label: RowLabel): readonly SourceCell[] | null {
  if (!row.explicit || label === null) return null;
  const cells = row.cells;
  // A row of words only is a header, whatever its width.
  if (label === "none")
    return cells.length === width && cells.some((c) => c.text.trim() === "" || isValueCell(c)) ? cells : null;
  const start = cells.length - width;
  if (start <= label.index || cells.slice(0, start).some(isValueCell)) return null;
  return cells.slice(start);
}

function glued(cell: SourceCell, width: number, relation: Relation): RowValues {
  const digits = cell.text;
  const plain = splits(digits, width);
  if (plain.length === 1) return { kind: "decoded", values: plain[0]!, digits, by: "digits", cell };
  if (relation === "none")
    return { kind: "unreadable", why: "glued", found: plain.length, examples: plain.slice(0, 3) };
  const options = relation === "total" ? splitsWithTotal(digits, width) : splitsTable4(digits);
  if (options.length === 1) return { kind: "decoded", values: options[0]!, digits, by: "total", cell };
  if (options.length === 0) return { kind: "unreadable", why: "glued", found: 0, examples: plain.slice(0, 3) };
  return { kind: "candidates", options, digits, cell, capped: options.length >= 64 };
}

/**
 * A row whose cells are partly separated (「0 0 0 0 0 00」): the spaces stand, and the groups
 * between them are cut as glued runs are. Reported like a glued run when no cut, or several, fit.
 */
function partlySpaced(values: readonly SourceCell[], width: number, relation: Relation): RowValues {
  const digits = values.map((v) => v.text).join(" ");
  const cell = { ...values[0]!, text: digits };
  const { options, capped } = spacedSplits(
    values.map((v) => v.text),
    width,
    relation,
  );
  if (options.length === 1 && !capped)
    return { kind: "decoded", values: options[0]!, digits, by: relation === "none" ? "digits" : "total", cell };
  const examples = options.slice(0, 3);
  if (options.length === 0) return { kind: "unreadable", why: "glued", found: capped ? CAP_FOUND : 0, examples };
  if (relation === "total" && !capped)
    return { kind: "candidates", options: options.map((o) => o.map(Number)), digits, cell, capped };
  return { kind: "unreadable", why: "glued", found: capped ? CAP_FOUND : options.length, examples };
}

/** What a capped enumeration reports as its count ("64+"). */
const CAP_FOUND = 64;

/**
 * The one way to rejoin runs of single-digit cells so that the row has `width` cells and its last
 * cell is the sum of the others; null when there is none or more than one.
 */
function rejoin(texts: readonly string[], width: number): RowValues | null {
  const n = texts.length;
  if (n - width > 3 || texts.some((t) => !/^\d+$/.test(t))) return null;
  const found: { texts: string[]; pieces: string }[] = [];
  const walk = (at: number, groups: string[][]) => {
    if (found.length > 1) return;
    if (groups.length === width) {
      if (at !== n) return;
      const joined = groups.map((g) => g.join(""));
      if (joined.some((t) => t.length > 1 && t[0] === "0")) return;
      const nums = joined.map(Number);
      if (nums.slice(0, -1).reduce((s, v) => s + v, 0) !== nums.at(-1)) return;
      found.push({
        texts: joined,
        pieces: groups
          .filter((g) => g.length > 1)
          .map((g) => g.join("+"))
          .join("，"),
      });
      return;
    }
    const maxLen = n - at - (width - groups.length - 1);
    for (let len = 1; len <= maxLen; len++) {
      const g = texts.slice(at, at + len);
      // Only single digits can be the pieces of a split number.
      if (len > 1 && g.some((t) => t.length !== 1)) break;
      walk(at + len, [...groups, g]);
    }
  };
  walk(0, []);
  return found.length === 1 ? { kind: "merged", texts: found[0]!.texts, pieces: found[0]!.pieces } : null;
}
