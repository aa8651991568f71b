/**
 * The data the audit page embeds once, as JSON, and renders from on demand. Shared by the generator
 * (Node) and the page script (packages/cli/page), so both sides read one definition. Keys are short
 * where they repeat per report or per finding: 2,000 reports of ~200 cells each make the bulk of the page.
 */

import type { GridCell, GridSection, Severity } from "@nianbao/core";

export interface AuditData {
  readonly locale: "zh-CN" | "en";
  /** The page's words in its locale, from the CLI's audit catalogue (id → text with `{name}` placeholders). */
  readonly words: Readonly<Record<string, string>>;
  /** Every rule that produced a finding: its reference as docs/rules.md words it, from core's catalogue. */
  readonly rules: Readonly<Record<string, AuditRule>>;
  /** Table layouts shared by many reports: a report's table names one by index (`AuditTable.t`). */
  readonly templates: readonly AuditTemplate[];
  readonly charts: readonly ChartSpec[];
  readonly reports: readonly AuditReport[];
}

export interface AuditRule {
  readonly severity: Severity;
  readonly title: string;
  readonly summary: string;
  /** Compares a report with the agency's previous year (its cells are marked in last year's table too). */
  readonly crossYear: boolean;
}

/** A grid as core lays it out (render/grid.ts), with each figure's text and status classes left to the report. */
export interface AuditTemplate {
  readonly section: GridSection;
  /** The printed heading of the section the table stands in (「三、收到和处理政府信息公开申请情况」), its accessible name. */
  readonly heading: string;
  readonly table: string;
  readonly headerRows: number;
  /** Each figure's classes as most reports have them, by slot (space-separated); `AuditTable.c` overrides. */
  readonly vc: readonly string[];
  readonly rows: readonly {
    readonly cells: readonly TemplateCell[];
    readonly path?: string;
    readonly classes: readonly string[];
  }[];
}

/** A cell of core's grid, as the page draws it for every report of one form. */
export interface TemplateCell extends GridCell {
  /** A figure: its text and classes are the report's `v[slot]` and `c[slot]`. */
  readonly slot?: number;
}

export interface AuditTable {
  /** Index into `AuditData.templates`. */
  readonly t: number;
  /** The figures' texts as written, in slot order. */
  readonly v: readonly string[];
  /** A figure's status classes (`nb-placeholder`, `nb-blank` …), by slot, where they differ from the template's `vc`. */
  readonly c: Readonly<Record<number, string>>;
  /** The 注 under the table: text, model path, classes. */
  readonly n: readonly (readonly [string, string, string])[];
}

export interface AuditFinding {
  /** Rule code. */
  readonly c: string;
  /** Severity. */
  readonly s: Severity;
  /** Message, in the run's locale, as `--format json` gives it. */
  readonly m: string;
  /** 0-based line and UTF-16 character of its start, as `--format json`'s range.start. */
  readonly l: number;
  readonly ch: number;
  /** The model paths concerned, the offending cell first. */
  readonly p: readonly string[];
  /** The printed label of the first path (「（三）不予公开」), if it names a place in the form. */
  readonly lb?: string;
}

export interface AuditReport {
  /** The file as the other formats name it. */
  readonly f: string;
  readonly a: string | null;
  /** Core's agency identity, how pairing compares agencies ("" when the agency is blank). */
  readonly k: string;
  readonly y: number | null;
  /** The form (2021 or 2019); null when the file could not be read as a report. */
  readonly fm: number | null;
  /** Index of the report the cross-year rules compared this one with, or -1. */
  readonly pr: number;
  readonly fs: readonly AuditFinding[];
  /** The three tables, in the form's order; empty when the file could not be read. */
  readonly tb: readonly AuditTable[];
  /** The figures the charts draw, one per `ChartSpec` series in order (null: not a number here). */
  readonly st: readonly (number | null)[];
}

/**
 * One chart across years. `stack`: counts stacked by series; `share`: each series' share of the
 * year's sum; `line`: one count per year. `from` is the series' first index in `AuditReport.st`.
 */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly kind: "stack" | "share" | "line";
  readonly from: number;
  readonly series: readonly string[];
}
