// How right an import is: every cell of tables 二, 三 and 四 of an imported report compared with the
// decoded *.tables.json of its source. A cell is right when it equals the published value (and its
// published note), or is blank where the table is blank; reported when the import left it without
// a number and a finding names it (or its whole row); wrong otherwise — a silently wrong number.
// One comparison for every test and script that measures the importer.
import { T2_CELLS, T3_ROWS, T4_ROWS } from "./tables-json.mjs";

const squash = (s) => (s ?? "").replace(/\s+/gu, "");

/** Every cell a tables.json gives, as { path, value, note? } with model paths (blank → null). */
export function expectedCells(tables) {
  const out = [];
  const notes = tables.table2._cell_annotations ?? {};
  for (const [field, [rowId, colId]] of Object.entries(T2_CELLS)) {
    const [a, b] = field.split(".");
    const v = b === undefined ? tables.table2[a] : tables.table2[a]?.[b];
    // The note published with a number: 「22（其中修订 16 件）」 → 其中修订16件.
    const note = notes[field] ? /[（(]([^）)]+)[）)]/u.exec(notes[field])?.[1] : undefined;
    out.push({ path: `proactive.${rowId}.${colId}`, value: v ?? null, ...(note ? { note } : {}) });
  }
  for (const [row, cells] of Object.entries(tables.table3)) cells.forEach((v, c) => out.push({ path: `requests.${T3_ROWS[row]}.${c}`, value: v }));
  for (const [row, cells] of Object.entries(tables.table4)) cells.forEach((v, c) => out.push({ path: `litigation.${T4_ROWS[row]}.${c}`, value: v }));
  return out;
}

/** The same cells from a report model (a hand transcription standing in for a tables.json). */
export function expectedFromReport(report) {
  const out = [];
  const value = (c) => (c?.status === "number" ? Number(c.exact) : null);
  for (const [row, cols] of Object.entries(report.proactive)) for (const [col, c] of Object.entries(cols)) out.push({ path: `proactive.${row}.${col}`, value: value(c) });
  for (const [row, cells] of Object.entries(report.requests)) cells.forEach((c, i) => out.push({ path: `requests.${row}.${i}`, value: value(c) }));
  for (const [row, cells] of Object.entries(report.litigation)) cells.forEach((c, i) => out.push({ path: `litigation.${row}.${i}`, value: value(c) }));
  return out;
}

/** The cell of a report model at a path such as `requests.new.0`. */
export function cellAt(report, path) {
  const [table, row, col] = path.split(".");
  if (table === "proactive") return report.proactive[row]?.[col];
  if (table === "requests") return report.requests[row]?.[Number(col)];
  return report.litigation[row]?.[Number(col)];
}

/** Whether a finding names the cell, or its whole row without naming cells. */
function isReported(findings, path) {
  const row = path.slice(0, path.lastIndexOf("."));
  return findings.some((f) => f.paths.includes(path) || f.path === path || (f.path === row && f.paths.length === 0));
}

/** One expected cell against the import: { verdict: "right" | "reported" | "wrong", got }. */
export function judge(expected, cell, findings) {
  const isNumber = cell?.status === "number";
  const got = cell ? (isNumber ? `${cell.exact}${cell.note ? `（${cell.note}）` : ""}` : `${cell.status}${cell.raw ? ` ${JSON.stringify(cell.raw)}` : ""}`) : "absent";
  const right = expected.value === null ? !isNumber : isNumber && Number(cell.exact) === expected.value && (expected.note === undefined || squash(cell.note) === squash(expected.note));
  if (right) return { verdict: "right", got };
  return { verdict: !isNumber && isReported(findings, expected.path) ? "reported" : "wrong", got };
}

/**
 * Every expected cell judged against an import result ({ report, findings }): the counts, and a
 * line for each cell that is not right ("WRONG …" or "reported …").
 */
export function compareImport(expected, result) {
  const counts = { cells: expected.length, right: 0, reported: 0, wrong: 0 };
  const differing = [];
  for (const e of expected) {
    const { verdict, got } = judge(e, cellAt(result.report, e.path), result.findings);
    counts[verdict]++;
    if (verdict !== "right") differing.push(`${verdict === "wrong" ? "WRONG" : "reported"} ${e.path}: expected ${e.value ?? "blank"}${e.note ? `（${e.note}）` : ""}, imported ${got}`);
  }
  return { ...counts, differing };
}
