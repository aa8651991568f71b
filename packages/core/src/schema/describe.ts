import type { ColumnDef, FormDef, Localized } from "../form/types.js";

/**
 * Titles and descriptions for the schemas, assembled only from the form description so the
 * schema never re-types a label: 中文 first (the printed label, the 条例 article, the filling
 * note), English after a blank line.
 */

// A type alias, not an interface: zod's meta type has an index signature an interface cannot meet.
export type Described = { title: string; description?: string };

interface DescribeParts {
  readonly title: string;
  /** Chinese lines: printed context, article, filling note. */
  readonly zh?: readonly (string | undefined)[];
  /** English lines. */
  readonly en?: readonly (string | undefined)[];
}

export function described({ title, zh = [], en = [] }: DescribeParts): Described {
  const zhText = zh.filter((s): s is string => !!s).join("\n");
  const enText = en.filter((s): s is string => !!s).join("\n");
  const description = [zhText, enText].filter(Boolean).join("\n\n");
  return description ? { title, description } : { title };
}

export function noteZh(note: Localized | undefined): string | undefined {
  return note?.zh;
}

export function noteEn(note: Localized | undefined): string | undefined {
  return note?.en;
}

/** Where a cell sits in the printed table, e.g. 第二十条第（一）项 › 规章 › 本年制发件数（件）. */
export function columnPath(column: ColumnDef, context: string): string {
  // Some printed labels carry their unit already: 本年收费金额（单位：万元）.
  const unit = column.unit && !column.label.includes(column.unit) ? `（${column.unit}）` : "";
  return `${context} › ${column.label}${unit}`;
}

/** A column of a table: its printed label, where it sits, and its English name. */
export function describeColumn(column: ColumnDef, context: string): Described {
  return described({ title: column.label, zh: [columnPath(column, context)], en: [column.en] });
}

/** The top of the document: the form's official title and the document that issued it. */
export function describeForm(form: FormDef): Described {
  return described({ title: form.title, zh: [form.source] });
}
