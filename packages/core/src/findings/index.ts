import type { Range } from "../source/index.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Locale = "zh-CN" | "en";

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * Whether a fix may be applied without a person choosing it (`nianbao check --fix`). "auto": the fix
 * has one right result, derived from the report itself (a total recomputed from its addends, a
 * number written the way it was already read), so applying it twice changes nothing and no figure
 * is guessed. "suggestion": the fix picks one of several readings (which of two disagreeing cells
 * is wrong, the nearest label to a word that matches none, a 0 for an empty cell); the editor
 * offers it, and `--fix` leaves it to the author. Each rule declares its fixes in the registry
 * (`Rule.fixes`), so the rules reference documents them.
 */
export type FixApplicability = "auto" | "suggestion";

/** A derivable correction: edits that touch only what they must (comments and layout are kept). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly applicability: FixApplicability;
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
export { applyEdits } from "./apply-edits.js";
