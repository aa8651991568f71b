import { FORMS, findTable3Leaf, table3PrintedLabel, type FormDef } from "../form/index.js";
import type { Bilingual } from "../messages/format.js";

/**
 * Printed labels for messages. 中文 quotes the label as printed; English adds the English name so a
 * reader of either language can find the cell in the printed table.
 */

export function quoted(zh: string, en: string): Bilingual {
  return { zh: `「${zh}」`, en: `「${zh}」 (${en})` };
}

/** A row of table 三, e.g. 「（三）不予公开 1.属于国家秘密」. */
export function table3RowLabel(form: FormDef, rowId: string): Bilingual {
  const leaf = findTable3Leaf(form, rowId) ?? findTable3Leaf(form.year === 2021 ? formOther(form) : form, rowId);
  if (!leaf) return { zh: rowId, en: rowId };
  return quoted(table3PrintedLabel(leaf), leaf.row.en);
}

/** A column of table 三. */
export function table3ColumnLabel(form: FormDef, col: number): Bilingual {
  const c = form.table3.columns[col];
  return c ? quoted(c.label, c.en) : { zh: String(col), en: String(col) };
}

/** One cell of table 三: row and column. */
export function table3CellLabel(form: FormDef, rowId: string, col: number): Bilingual {
  const r = table3RowLabel(form, rowId);
  const c = table3ColumnLabel(form, col);
  return { zh: `${r.zh}${c.zh}`, en: `${r.en}, ${c.en}` };
}

export function table4RowLabel(form: FormDef, rowId: string): Bilingual {
  const row = form.table4.rows.find((r) => r.id === rowId);
  if (!row) return { zh: rowId, en: rowId };
  const zh = row.id === "review" ? row.label : `${form.table4.litigationHeader}·${row.label}`;
  return quoted(zh, row.en);
}

export function table4ColumnLabel(form: FormDef, col: number): Bilingual {
  const c = form.table4.columns[col];
  return c ? quoted(c.label, c.en) : { zh: String(col), en: String(col) };
}

export function table4CellLabel(form: FormDef, rowId: string, col: number): Bilingual {
  const r = table4RowLabel(form, rowId);
  const c = table4ColumnLabel(form, col);
  return { zh: `${r.zh}${c.zh}`, en: `${r.en}, ${c.en}` };
}

/** A cell of table 二, e.g. 「规章」「本年制发件数」. */
export function table2CellLabel(form: FormDef, rowId: string, colId: string): Bilingual {
  for (const b of form.table2.blocks) {
    const row = b.rows.find((r) => r.id === rowId);
    const col = b.columns.find((c) => c.id === colId);
    if (row && col)
      return {
        zh: `「${row.label}」「${col.label}」`,
        en: `「${row.label}」 (${row.en}), 「${col.label}」 (${col.en})`,
      };
  }
  return { zh: `${rowId}.${colId}`, en: `${rowId}.${colId}` };
}

function formOther(form: FormDef): FormDef {
  return FORMS[form.year === 2021 ? 2019 : 2021];
}
