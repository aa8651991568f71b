/**
 * Table 三 from the rows of its zone. The rows are placed on the form's 25 rows (23 in the 2019
 * form) by label and order (align.ts); a 2021 report that keeps 2019's single （六）其他处理 row
 * (洪泽区 2023/2024) is read as published. Glued rows with several possible cuts are settled by the
 * column sums of the whole table, or reported.
 */
import { FORMS, table3Leaves, type FormDef, type FormatYear } from "../form/index.js";
import type { Cell, Table3RowId } from "../model/index.js";
import { table3RowLabel } from "../rules/labels.js";
import { align } from "./align.js";
import { decodedCell } from "./cells.js";
import type { ImportLog } from "./findings.js";
import { LabelIndex, type LabelMatch } from "./labels.js";
import { cellsOfRow, missingRow, mistypedLabel, placedByPosition, unplacedRow, type RowTarget } from "./report-rows.js";
import type { DataRow } from "./rows.js";
import { tableLabel, weightOf } from "./tables.js";
import { explicitCells, readRowValues, type RowValues } from "./values.js";
import { uniqueChoice } from "./flattened-split.js";
import type { Item } from "./zones.js";

export interface Table3Result {
  readonly rows: Partial<Record<Table3RowId, Cell[]>>;
  /** Which form's （六）其他处理 the published table has. */
  readonly style: FormatYear;
}

const SIX_2021 = ["noCorrection", "feeUnpaid", "otherReason"];
const WIDTH = 7;

function index(): LabelIndex {
  const leaves = [
    ...table3Leaves(FORMS[2021]),
    ...table3Leaves(FORMS[2019]).filter((l) => l.row.id === "otherHandling"),
  ];
  return new LabelIndex(
    leaves.map((l) => ({ id: l.row.id, label: l.row.label, key: l.row.key, spellings: l.row.aliases ?? [] })),
  );
}

export function readTable3(items: readonly Item[], form: FormDef, log: ImportLog): Table3Result {
  const idx = index();
  // A row with no number (all its cells blank or words) counts only where its source delimits its cells.
  const candidates = items
    .filter((i) => i.row && (i.row.values.length > 0 || i.row.explicit))
    .map((i) => ({ row: i.row!, match: idx.match(i.row!) }));
  const kept = candidates.filter((c) => c.row.values.length > 0 || explicitCells(c.row, WIDTH, c.match?.piece ?? null));
  const rows = kept.map((c) => c.row);
  const matches: (LabelMatch | null)[] = kept.map((c) => c.match);
  const has2019 = matches.some((m) => m?.ids.length === 1 && m.ids[0] === "otherHandling");
  const has2021 = matches.some((m) => m?.ids.some((id) => SIX_2021.includes(id)));
  const style: FormatYear = form.year === 2019 || (has2019 && !has2021) ? 2019 : 2021;
  const styleForm = FORMS[style];
  const sequence = table3Leaves(styleForm).map((l) => l.row.id);
  const table = tableLabel(form, "requests");

  const placement = align(
    rows.map((r, i) => {
      const m = matches[i];
      // An empty row yields to a row with numbers that bears the same label.
      return {
        ids: m ? m.ids.filter((id) => sequence.includes(id)) : null,
        weight: m ? weightOf(m) - (r.values.length ? 0 : 0.5) : 0,
        eligible: fits(r),
      };
    }),
    sequence,
  );
  const placedRows = new Set([...placement.placed.values()].map((p) => p.row));
  rows.forEach((r, i) => {
    if (placedRows.has(i)) return;
    const conflict = placement.conflicting.includes(i);
    unplacedRow(table, r, log, conflict);
  });

  const out: Partial<Record<Table3RowId, Cell[]>> = {};
  const pending: { id: string; target: RowTarget; read: Extract<RowValues, { kind: "candidates" }> }[] = [];
  const zoneStart = rows.find((r) => r.values.length > 0)?.loc ?? items[0]?.loc ?? { line: 1, column: 1 };
  for (const id of sequence) {
    const target: RowTarget = {
      path: `requests.${id}`,
      cellPaths: Array.from({ length: WIDTH }, (_, c) => `requests.${id}.${c}`),
      label: table3RowLabel(form, id),
    };
    const p = placement.placed.get(id);
    if (!p) {
      out[id as Table3RowId] = missingRow(target, zoneStart, log);
      continue;
    }
    const row = rows[p.row]!;
    const m = matches[p.row];
    if (p.byPosition) placedByPosition(target, row, log);
    else if (m && m.how === "typo") mistypedLabel(target, row, m.written, log);
    const read = readRowValues(row, WIDTH, "total", m?.piece ?? null);
    if (read.kind === "candidates") pending.push({ id, target, read });
    out[id as Table3RowId] = cellsOfRow(target, row, read, log);
  }
  if (pending.length) resolveCandidates(out, pending, styleForm, log);
  return { rows: out, style };
}

/** A row without a label can still be placed when it has the shape of a row of table 三. */
function fits(r: DataRow): boolean {
  const n = r.values.length;
  if (n === 1 && r.values[0]!.glued) return true;
  return n === WIDTH || (n < WIDTH && n + r.trailingBlanks.length >= WIDTH && n >= WIDTH - 2);
}

/**
 * Glued rows with several cuts: the one combination that makes every column add up (（七）总计 =
 * Σ results; 一 + 二 = 三 + 四) is taken, with a finding; otherwise the rows are reported.
 */
function resolveCandidates(
  out: Partial<Record<Table3RowId, Cell[]>>,
  pending: { id: string; target: RowTarget; read: Extract<RowValues, { kind: "candidates" }> }[],
  form: FormDef,
  log: ImportLog,
): void {
  const leaves = table3Leaves(form);
  const fixed = (id: string): (number | null)[] =>
    (out[id as Table3RowId] ?? []).map((c) => (c.status === "number" ? c.value : null));
  const choice = uniqueChoice(
    pending.map((p) => p.read.options),
    (chosen) => {
      const value = (id: string, c: number): number | null => {
        const k = pending.findIndex((p) => p.id === id);
        return k >= 0 ? chosen[k]![c]! : (fixed(id)[c] ?? null);
      };
      for (let c = 0; c < WIDTH; c++) {
        const results = leaves.filter((l) => l.row.role === "result").map((l) => value(l.row.id, c));
        const total = value("total", c);
        if (total !== null && results.every((v) => v !== null) && results.reduce((s, v) => s! + v!, 0) !== total)
          return false;
        const [n, ci, co] = [value("new", c), value("carriedIn", c), value("carriedOut", c)];
        if (n !== null && ci !== null && co !== null && total !== null && n + ci !== total + co) return false;
      }
      return true;
    },
  );
  pending.forEach((p, k) => {
    const { target, read } = p;
    if (choice) {
      out[p.id as Table3RowId] = choice[k]!.map(decodedCell);
      log.add({
        code: "IMP-FLATTENED",
        messageId: "IMP-FLATTENED.byColumns",
        args: {
          row: target.label,
          line: read.cell.loc.line,
          digits: read.digits,
          values: choice[k]!.join(" "),
          count: read.options.length,
        },
        source: read.cell.loc,
        path: target.path,
        paths: target.cellPaths,
        comment: { messageId: "import.comment.flattened", args: { digits: read.digits } },
      });
      log.mark(target.cellPaths, "inferred");
      return;
    }
    // Worded once the whole report is read, with its cuts ranked (unsplit.ts).
    log.leaveUnsplit({
      path: target.path,
      cellPaths: target.cellPaths,
      label: target.label,
      digits: read.digits,
      source: read.cell.loc,
      found: read.capped ? "64+" : read.options.length,
    });
  });
}
