import type { Range } from "../source/index.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Locale = "zh-CN" | "en";

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A derivable correction: edits that touch only what they must (comments and layout are kept). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedInformation {
  readonly range: Range;
  readonly message: string;
  /** Set when the range is in the previous year's report rather than this one. */
  readonly document?: "previous";
}

export interface Finding {
  /** The rule's code, exactly as in the rules reference, e.g. "T4-ROWSUM". */
  readonly code: string;
  readonly severity: Severity;
  /** Localised message naming the printed labels and the values involved. */
  readonly message: string;
  /** The offending cell or key (UTF-16 offsets into the text). */
  readonly range: Range;
  /** E.g. the addends of a wrong total. */
  readonly related: readonly RelatedInformation[];
  readonly fix?: Fix;
  /** Model paths of the cells concerned (e.g. `litigation.review.4`), for the preview and fixes. */
  readonly paths: readonly string[];
  /** The catalogue id of the message, stable across locales. */
  readonly messageId: string;
}
