/**
 * The shape of the form description. The official form is described once, as data, in
 * `form2021.ts` and `form2019.ts`; the YAML vocabulary, the typed model, the zod schema, the JSON
 * Schema, hovers, completions, the renderer and the docs are all derived from it.
 */

/** What a cell holds: a count of 件, a signed change (2019 本年增/减), or an amount in 万元. */
export type CellKind = "count" | "delta" | "amount";

export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export interface ColumnDef {
  /** English identifier used by the typed model. */
  readonly id: string;
  /** Short YAML key (used where a row is written as a mapping, table 二). */
  readonly key: string;
  /** The label exactly as printed in the official table. */
  readonly label: string;
  readonly en: string;
  readonly kind: CellKind;
  /** Printed unit (件, 万元) or empty when the form prints none. */
  readonly unit: string;
  /** Other spellings seen in published reports or earlier drafts, accepted silently. */
  readonly aliases?: readonly string[];
}

export interface RowDef {
  readonly id: string;
  readonly key: string;
  /** The printed label of the leaf (table 三 keeps its ordinal prefix, e.g. "1.属于国家秘密"). */
  readonly label: string;
  readonly en: string;
  /** 条例 article(s) the row implements or that govern its meaning. */
  readonly article?: string;
  /** How to fill it, in the words an author needs. */
  readonly note?: Localized;
  readonly aliases?: readonly string[];
}

/** A group of rows in table 三 (（三）不予公开 …) or a block of table 二 (第二十条第（一）项 …). */
export interface GroupDef {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly en: string;
  readonly article?: string;
  readonly note?: Localized;
  readonly aliases?: readonly string[];
}

/** Table 二: blocks of rows; every row of a block shares the block's columns. */
export interface Table2BlockDef extends GroupDef {
  /** The caption row, e.g. 第二十条第（一）项. */
  readonly caption: string;
  /** The header cell above the row labels, 信息内容. */
  readonly header: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  /**
   * A block with one column is written as `行政许可: 0`; with several as a mapping
   * `规章: { 本年制发: 0, 本年废止: 0, 现行有效: 0 }`.
   */
}

/** A node of table 三's row tree: a leaf row of 7 cells or a group of nodes. */
export type Table3Node =
  | ({ readonly type: "row"; readonly role: Table3RowRole } & RowDef)
  | ({ readonly type: "group"; readonly children: readonly Table3Node[] } & GroupDef);

/**
 * How a row takes part in the arithmetic: new + carriedIn = total + carriedOut (S1);
 * total = Σ result leaves (I2).
 */
export type Table3RowRole = "new" | "carriedIn" | "result" | "total" | "carriedOut";

export interface Table3Def {
  readonly key: string;
  /** The header cell with the only relation the form prints (S1). */
  readonly relationNote: string;
  readonly applicantHeader: string;
  readonly organisationHeader: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly Table3Node[];
}

export interface Table4Def {
  readonly key: string;
  readonly reviewHeader: string;
  readonly litigationHeader: string;
  readonly columns: readonly ColumnDef[];
  /** The three blocks written as rows: 行政复议, 未经复议直接起诉, 复议后起诉. */
  readonly rows: readonly RowDef[];
}

export type SectionKind = "text" | "table2" | "table3" | "table4";

export interface SectionDef {
  readonly id: "overview" | "proactive" | "requests" | "litigation" | "problems" | "other";
  readonly key: string;
  /** 一 … 六 */
  readonly ordinal: string;
  /** The heading as printed, without its ordinal. */
  readonly heading: string;
  readonly en: string;
  readonly kind: SectionKind;
  readonly article: string;
  readonly note: Localized;
  readonly aliases?: readonly string[];
}

/** A sub-topic of 一、总体情况. */
export interface TopicDef {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly en: string;
  readonly note?: Localized;
  readonly aliases?: readonly string[];
}

/** A metadata field of the file: 格式, 机关, 年度, 发布日期, 标题. */
export interface MetaFieldDef {
  readonly id: "format" | "agency" | "year" | "publishedOn" | "title";
  readonly key: string;
  readonly en: string;
  readonly required: boolean;
  readonly note: Localized;
  readonly aliases?: readonly string[];
}

export type FormatYear = 2019 | 2021;

export interface FormDef {
  readonly year: FormatYear;
  /** The document that issued this form. */
  readonly source: string;
  readonly title: string;
  readonly meta: readonly MetaFieldDef[];
  readonly sections: readonly SectionDef[];
  readonly overviewTopics: readonly TopicDef[];
  readonly table2: { readonly key: string; readonly blocks: readonly Table2BlockDef[] };
  readonly table3: Table3Def;
  readonly table4: Table4Def;
  /** The key of the list of author's explanations (说明). */
  readonly notesKey: string;
}
