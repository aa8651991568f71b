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

/** A column of a table, e.g. 「本年制发件数」（件） / issued this year. */
export function describeColumn(column: ColumnDef, context: string): Described {
  // Some printed labels carry their unit already: 本年收费金额（单位：万元）.
  const unit = column.unit && !column.label.includes(column.unit) ? `（${column.unit}）` : "";
  return described({ title: column.label, zh: [`${context} › ${column.label}${unit}`], en: [column.en] });
}

/** The top of the document: the form's official title and the document that issued it. */
export function describeForm(form: FormDef): Described {
  return described({ title: form.title, zh: [form.source] });
}
