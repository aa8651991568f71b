import type { FormatYear } from "../form/types.js";

/**
 * The typed report model, with English names for programmers. Every value cell keeps how it was
 * written, so nothing is lost: a '/' stays a placeholder, '22（其中修订16件）' keeps its note.
 */

export type CellStatus =
  /** A number (possibly normalised from full-width digits or a thousands separator). */
  | "number"
  /** Written with no value (`本年新收:` or `''`). */
  | "blank"
  /** A placeholder such as '/', '—', '无', '不适用'. */
  | "placeholder"
  /** Text that is not a number. */
  | "invalid"
  /** The cell is absent from the file (missing row, short row). */
  | "missing";

export interface Cell {
  readonly status: CellStatus;
  /** The number as a JS number; exact for counts (integers up to 2^53). Null unless status is "number". */
  readonly value: number | null;
  /** The exact decimal text of the number, e.g. "7730.28", "-3". Sums of amounts use this, never floats. */
  readonly exact: string | null;
  /** The text as written, when it is not a plain YAML number. */
  readonly raw: string | null;
  /** A parenthetical note written with the number, e.g. "其中修订16件". */
  readonly note: string | null;
  /** How a number had to be normalised to be read. */
  readonly normalized: null | "full-width" | "thousands-separator";
}

export type Table3RowId =
  | "new"
  | "carriedIn"
  | "granted"
  | "partlyGranted"
  | "stateSecret"
  | "prohibitedByLaw"
  | "threeSecurities"
  | "thirdParty"
  | "internalAffairs"
  | "processInformation"
  | "enforcementFile"
  | "queryMatter"
  | "notHeld"
  | "needsCreation"
  | "stillUnclear"
  | "petition"
  | "repeated"
  | "publication"
  | "massRepeated"
  | "confirmation"
  /** 2021 form: the three leaves of （六）其他处理. */
  | "noCorrection"
  | "feeUnpaid"
  | "otherReason"
  /** 2019 form: （六）其他处理 as a single row. */
  | "otherHandling"
  | "total"
  | "carriedOut";

export type Table3ColumnId =
  "naturalPerson" | "business" | "research" | "publicInterest" | "legalService" | "otherOrganisation" | "total";

export type Table4RowId = "review" | "litigationDirect" | "litigationAfterReview";
export type Table4ColumnId = "upheld" | "corrected" | "otherResult" | "pending" | "total";

export type OverviewTopicId = "intro" | "proactive" | "onRequest" | "management" | "platform" | "oversight";

export type TableId = "proactive" | "requests" | "litigation";

/** An author's explanation (说明): acknowledges a rule's warning and/or is printed as a 注 under a table. */
export interface ReportNote {
  readonly rule: string | null;
  readonly table: TableId | null;
  readonly text: string;
}

export interface Report {
  /** The form the file declares (格式), or the one inferred from the year when it declares none. */
  readonly format: FormatYear;
  readonly formatDeclared: boolean;
  readonly agency: string | null;
  readonly year: number | null;
  /** ISO date YYYY-MM-DD as written. */
  readonly publishedOn: string | null;
  readonly title: string | null;
  /** 一、总体情况: either one text, or the text of each topic. */
  readonly overview: { readonly text: string | null; readonly topics: Partial<Record<OverviewTopicId, string>> };
  /** 二: table 二, row id → column id → cell. */
  readonly proactive: Record<string, Record<string, Cell>>;
  /** 三: table 三, row id → the 7 cells in column order (自然人 … 总计). */
  readonly requests: Partial<Record<Table3RowId, Cell[]>>;
  /** 四: table 四, block → the 5 cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计). */
  readonly litigation: Record<Table4RowId, Cell[]>;
  /** 五 */
  readonly problems: string | null;
  /** 六 */
  readonly other: string | null;
  readonly notes: readonly ReportNote[];
  /** Which sections the file contains (a missing table is not the same as a table of zeros). */
  readonly present: Readonly<
    Record<"overview" | "proactive" | "requests" | "litigation" | "problems" | "other", boolean>
  >;
}

/** Cells are immutable values (frozen), so one missing cell serves every report. */
const MISSING: Cell = Object.freeze({
  status: "missing",
  value: null,
  exact: null,
  raw: null,
  note: null,
  normalized: null,
});

export function missingCell(): Cell {
  return MISSING;
}
