import type { Finding, FixApplicability, Severity } from "../findings/index.js";
import { message } from "../messages/index.js";
import type { ReadResult } from "../read/reader.js";
import type { Range } from "../source/index.js";
import type {
  CheckOptions,
  CrossYearContext,
  FindingDraft,
  LikelyPrevious,
  ResolvedCheckOptions,
  Rule,
  RuleContext,
  UnpairedContext,
} from "./types.js";

export function resolveOptions(options: CheckOptions = {}): ResolvedCheckOptions {
  return {
    locale: options.locale ?? "zh-CN",
    severity: options.severity ?? {},
    today: options.today ?? new Date().toISOString().slice(0, 10),
    profile: { section6Items: options.profile?.section6Items ?? [] },
  };
}

/** Finds the range of a model path, walking up to the nearest entry the file has. */
export function rangeOf(read: ReadResult, path: string): Range {
  let p = path;
  for (;;) {
    const e = read.sourceMap.get(p);
    if (e?.value) return e.value;
    if (e?.key) return e.key;
    const dot = p.lastIndexOf(".");
    if (dot < 0) break;
    p = p.slice(0, dot);
  }
  const start = read.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start, end: start };
}

/** A draft as a rule emitted it, before localisation and severity settings. */
export interface RawFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly draft: FindingDraft;
  /** What the rule declares of the draft's fix, if it has one. */
  readonly applicability?: FixApplicability;
}

/** The per-check store behind `RuleContext.memo`: one per check, shared by its rules. */
export type CheckMemo = Map<string, unknown>;

/**
 * The contexts of one check's rules: one object, shared, whose `emit` files findings under the
 * rule it was last handed to. Rules run one at a time and synchronously, so a context is only
 * used by the rule it was made for; sharing it spares building the same closures forty times per
 * report in a batch of thousands.
 */
export function ruleContexts(
  read: ReadResult,
  options: ResolvedCheckOptions,
  sink: RawFinding[],
  memo: CheckMemo = new Map(),
): (rule: Rule) => RuleContext {
  return handedToEachRule((rule) => sharedContext(read, options, sink, memo, rule));
}

/** The same for the cross-year rules, with last year's report. */
export function crossYearContexts(
  read: ReadResult,
  previous: ReadResult,
  options: ResolvedCheckOptions,
  sink: RawFinding[],
  memo: CheckMemo = new Map(),
): (rule: Rule) => CrossYearContext {
  return handedToEachRule((rule) => ({
    ...sharedContext(read, options, sink, memo, rule),
    previous,
    previousRange: (path) => rangeOf(previous, path),
  }));
}

/** The same for the rules of a report not paired with the likely previous-year report `likely`. */
export function unpairedContexts(
  read: ReadResult,
  likely: LikelyPrevious,
  options: ResolvedCheckOptions,
  sink: RawFinding[],
  memo: CheckMemo = new Map(),
): (rule: Rule) => UnpairedContext {
  return handedToEachRule((rule) => ({ ...sharedContext(read, options, sink, memo, rule), likely }));
}

/** One context, made once, handed to each rule in turn; `rule()` is the rule it was last handed to. */
function handedToEachRule<C>(make: (rule: () => Rule) => C): (rule: Rule) => C {
  let current: Rule | undefined;
  const context = make(() => current!);
  return (rule) => {
    current = rule;
    return context;
  };
}

function sharedContext(
  read: ReadResult,
  options: ResolvedCheckOptions,
  sink: RawFinding[],
  memo: CheckMemo,
  rule: () => Rule,
): RuleContext {
  return {
    read,
    report: read.report,
    form: read.form,
    text: read.text,
    options,
    range: (path) => rangeOf(read, path),
    keyRange: (path) => read.sourceMap.get(path)?.key,
    valueRange: (path) => read.sourceMap.get(path)?.value,
    emit: (draft) => {
      const { code, severity, fixes } = rule();
      const applicability = draft.fix ? (fixes?.[draft.fix.messageId] ?? "suggestion") : undefined;
      sink.push({ code, severity: draft.severity ?? severity, draft, ...(applicability ? { applicability } : {}) });
    },
    memo: <T>(key: string, compute: () => T): T => {
      if (memo.has(key)) return memo.get(key) as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
}

/** Words a raw finding in the requested locale. */
export function localize(raw: RawFinding, severity: Severity, options: ResolvedCheckOptions): Finding {
  const { draft } = raw;
  const { locale } = options;
  return {
    code: raw.code,
    severity,
    message: message(draft.messageId, draft.args, locale),
    messageId: draft.messageId,
    range: draft.range,
    related: (draft.related ?? []).map((r) => ({
      range: r.range,
      message: message(r.messageId, r.args, locale),
      ...(r.document === "previous" ? { document: "previous" as const } : {}),
    })),
    ...(draft.fix
      ? {
          fix: {
            title: message(draft.fix.messageId, draft.fix.args, locale),
            edits: draft.fix.edits,
            applicability: raw.applicability ?? "suggestion",
          },
        }
      : {}),
    paths: draft.paths ?? [],
  };
}
