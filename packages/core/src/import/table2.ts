/**
 * Table 二 from the rows of its zone. Its rows are found by label only: the table has no
 * arithmetic, and a number without its label could stand in any cell. A label of the other form
 * (「规范性文件」 in a 2021 report, 上海科委 2024) is read as the row it means and reported.
 */
import { FORMS, type FormDef, type FormatYear } from "../form/index.js";
import type { Cell } from "../model/index.js";
import { quoted } from "../rules/labels.js";
import type { ImportLog } from "./findings.js";
import { LabelIndex, type LabelTarget } from "./labels.js";
import { cellsOfRow, missingRow, mistypedLabel, unplacedRow, type RowTarget } from "./report-rows.js";
import { tableLabel } from "./tables.js";
import { looseKey } from "./text.js";
import { explicitCells, readRowValues } from "./values.js";
import type { Item } from "./zones.js";

/** Words only the 2019 trial form's table 二 has (FORMAT §6.2). */
const WORDS_2019 = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "其他对外管理服务事项",
  "采购项目数量",
  "政府集中采购",
].map(looseKey);

/** The form table 二 follows, from its own words (the report's year decides when they are absent). */
export function table2Style(items: readonly Item[]): FormatYear | null {
  const text = items.map((i) => looseKey(i.text)).join("|");
  return WORDS_2019.some((w) => text.includes(w)) ? 2019 : null;
}

export function readTable2(
  items: readonly Item[],
  form: FormDef,
  log: ImportLog,
): Record<string, Record<string, Cell>> {
  const other = FORMS[form.year === 2021 ? 2019 : 2021];
  const targets: LabelTarget[] = [];
  for (const block of form.table2.blocks)
    for (const row of block.rows) {
      const theirs = other.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === row.id);
      targets.push({
        id: row.id,
        label: row.label,
        key: row.key,
        spellings: [...(row.aliases ?? []), ...(theirs && theirs.label !== row.label ? [theirs.label] : [])],
      });
    }
  for (const block of other.table2.blocks)
    for (const row of block.rows)
      if (!targets.some((t) => t.id === row.id))
        targets.push({ id: row.id, label: row.label, key: row.key, spellings: [] });
  const idx = new LabelIndex(targets);
  const table = tableLabel(form, "proactive");
  const mine = new Map(
    form.table2.blocks.flatMap((block) => block.rows.map((row) => [row.id, { block, row }] as const)),
  );

  const out: Record<string, Record<string, Cell>> = {};
  // A row with no number (all its cells blank or words) counts only where its source delimits its cells.
  // Rows with numbers first: an empty row of the same label (a header's repeat) must not displace one.
  const rows = items.filter((i) => i.row && i.row.values.length > 0).map((i) => i.row!);
  rows.push(...items.filter((i) => i.row && i.row.values.length === 0 && i.row.explicit).map((i) => i.row!));
  for (const row of rows) {
    const m = idx.match(row);
    const id = m && m.ids.length === 1 ? m.ids[0]! : null;
    const hit = id ? mine.get(id) : undefined;
    if (
      row.values.length === 0 &&
      !(hit && !out[hit.row.id] && explicitCells(row, hit.block.columns.length, m?.piece ?? null))
    )
      continue;
    if (!m || !hit || out[hit.row.id]) {
      unplacedRow(table, row, log, false);
      continue;
    }
    const { block, row: def } = hit;
    const target: RowTarget = {
      path: `proactive.${def.id}`,
      cellPaths: block.columns.map((c) => `proactive.${def.id}.${c.id}`),
      label: quoted(def.label, def.en),
      units: block.columns.map((c) => c.unit),
    };
    const canonical = [def.key, def.label, ...(def.aliases ?? [])];
    if (m.how === "typo" || (m.how === "exact" && !canonical.includes(m.spelling)))
      mistypedLabel(target, row, m.written, log);
    const cells = cellsOfRow(target, row, readRowValues(row, block.columns.length, "none", m.piece ?? null), log);
    out[def.id] = Object.fromEntries(block.columns.map((c, i) => [c.id, cells[i]!]));
  }
  const at = rows.find((r) => r.values.length > 0)?.loc ?? items[0]?.loc ?? { line: 1, column: 1 };
  for (const block of form.table2.blocks)
    for (const def of block.rows) {
      if (out[def.id]) continue;
      const target: RowTarget = {
        path: `proactive.${def.id}`,
        cellPaths: block.columns.map((c) => `proactive.${def.id}.${c.id}`),
        label: quoted(def.label, def.en),
      };
      const cells = missingRow(target, at, log);
      out[def.id] = Object.fromEntries(block.columns.map((c, i) => [c.id, cells[i]!]));
    }
  return out;
}
