import type { FormDef } from "../form/types.js";
import type { FixApplicability, Locale, Severity, SeveritySetting, TextEdit } from "../findings/index.js";
import type { MessageArgs } from "../messages/format.js";
import type { Report } from "../model/index.js";
import type { ReadLimits, ReadResult } from "../read/reader.js";
import type { Range } from "../source/index.js";

export type RuleCategory =
  | "file"
  | "structure"
  | "values"
  | "table2"
  | "table3"
  | "table4"
  | "text"
  | "narrative"
  | "meta"
  | "crossyear"
  | "import"
  | "config";

/** Options that shape a check. Everything has a default; none is required. */
export interface CheckOptions {
  readonly locale?: Locale;
  /** Per-rule severity overrides, e.g. `{ "XY-SIMILARITY": "off", "VAL-BLANK": "error" }`. */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
  /** The date the check is run (YYYY-MM-DD), for timeliness; defaults to today. */
  readonly today?: string;
  readonly limits?: Partial<ReadLimits>;
  /** Local requirements: which optional items a region's reports must carry (NAR-SEC6-OTHER). */
  readonly profile?: { readonly section6Items?: readonly string[] };
}

export interface ResolvedCheckOptions {
  readonly locale: Locale;
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly today: string;
  readonly profile: { readonly section6Items: readonly string[] };
}

/** What a rule hands in; the context adds the code, severity and wording. */
export interface FindingDraft {
  readonly messageId: string;
  readonly args?: MessageArgs;
  readonly range: Range;
  readonly related?: readonly {
    readonly range: Range;
    readonly messageId: string;
    readonly args?: MessageArgs;
    readonly document?: "current" | "previous";
  }[];
  readonly fix?: { readonly messageId: string; readonly args?: MessageArgs; readonly edits: readonly TextEdit[] };
  readonly paths?: readonly string[];
  /** Only where the rule itself grades a case (e.g. scope words make a text mismatch info). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly read: ReadResult;
  readonly report: Report;
  readonly form: FormDef;
  readonly text: string;
  readonly options: ResolvedCheckOptions;
  /** The value's range for a model path; else its key's; else the nearest enclosing entry's. */
  range(path: string): Range;
  keyRange(path: string): Range | undefined;
  valueRange(path: string): Range | undefined;
  emit(draft: FindingDraft): void;
  /**
   * Work several rules share within one check (the list of cells, the facts of the narrative): the
   * first rule to ask computes it, the others reuse it. The store lives as long as the check.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface CrossYearContext extends RuleContext {
  /** The same agency's report for the year before. */
  readonly previous: ReadResult;
  /** A range in the previous year's text. */
  previousRange(path: string): Range;
}

/** A report that may be last year's but could not be paired with certainty (see pairPreviousYears). */
export interface LikelyPrevious {
  /** How the user knows the report: its file, as the CLI or the editor names it. */
  readonly name: string;
  readonly agency: string | null;
  readonly year: number | null;
}

export interface UnpairedContext extends RuleContext {
  readonly likely: LikelyPrevious;
}

/** What every kind of rule declares: its code, default severity, category and reference example. */
export interface RuleBase {
  readonly code: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** A short YAML snippet on which the rule fires, shown in the rules reference. */
  readonly example?: string;
  /**
   * The fixes the rule offers, by the message id of their title, and whether each may be applied
   * unattended (see FixApplicability). A fix the rule does not declare counts as a suggestion.
   */
  readonly fixes?: Readonly<Record<string, FixApplicability>>;
}

export interface DocumentRule extends RuleBase {
  readonly kind: "document";
  check(ctx: RuleContext): void;
}

export interface CrossYearRule extends RuleBase {
  readonly kind: "cross-year";
  check(ctx: CrossYearContext): void;
}

/**
 * A check of a report that pairing could not match with last year's with certainty, while a likely
 * previous-year report is at hand: the cross-year rules did not run, and the author is told why.
 */
export interface UnpairedRule extends RuleBase {
  readonly kind: "unpaired";
  check(ctx: UnpairedContext): void;
}

/**
 * A check made while importing a published report (IMP-*, T3-SPLIT-CELL): it points into the
 * published source, not into a YAML file, so it has no `check`; the importer reports it, and the
 * registry holds it for its code, severity and documentation.
 */
export interface ImportRule extends RuleBase {
  readonly kind: "import";
}

/**
 * A check of the project's `nianbao.config.json` (CONFIG-INVALID): it points into the config
 * file, not into a report, so it has no `check`; whoever reads the config reports it.
 */
export interface ConfigRule extends RuleBase {
  readonly kind: "config";
}

export type Rule = DocumentRule | CrossYearRule | UnpairedRule | ImportRule | ConfigRule;
