import { readReport, type CheckOptions } from "@nianbao/core";
import { CliError } from "../errors.js";
import { maxReportBytes, readReportFileSync } from "./discover.js";
import { fixFile, type FileFix } from "./fix.js";
import { pairPreviousYear } from "./pairing.js";
import {
  checkDocument,
  checkLikely,
  checkPair,
  unreadableResult,
  type DocumentResult,
  type Likely,
  type OrderedFinding,
  type ReadFile,
} from "./run.js";

/** A report file: where it is, how the output names it, and its options (its config's under the run's). */
export interface FileRef {
  readonly abs: string;
  readonly file: string;
  readonly options?: CheckOptions;
  /** What stands for the file's content (the fixed text of `--fix-dry-run`), read instead of it. */
  readonly text?: string;
}

/**
 * A unit of batch work, run in a worker thread or on the main thread alike. "documents" reads and
 * checks a run of consecutive files on their own, and pairs them among themselves: a report whose
 * previous year is in the same run (agency/2023 next to agency/2024) is compared with it while
 * both are read. "pairs" re-reads the reports that pairing over all the inputs matched otherwise,
 * and runs the cross-year rules on them. Only plain data crosses between threads.
 */
export type Task =
  | { readonly kind: "documents"; readonly files: readonly FileRef[] }
  | { readonly kind: "pairs"; readonly pairs: readonly PairWork[] }
  /** `check --fix`: works out each file's fixes (see fix.ts); nothing is written here. */
  | { readonly kind: "fix"; readonly files: readonly FileRef[] };

/** A report and last year's (cross-year rules), or a report and a likely previous year that pairing did not accept (XY-UNPAIRED). */
export type PairWork =
  { readonly current: FileRef; readonly previous: FileRef } | { readonly current: FileRef; readonly likely: Likely };

/** The cross-year findings of a report against the report at `previous` (an index in the same run). */
export interface LocalPair {
  readonly previous: number;
  readonly findings: readonly OrderedFinding[];
}

export type TaskResult =
  | {
      readonly kind: "documents";
      readonly results: readonly DocumentResult[];
      readonly local: readonly (LocalPair | null)[];
    }
  | { readonly kind: "pairs"; readonly results: readonly (readonly OrderedFinding[])[] }
  | { readonly kind: "fix"; readonly results: readonly FileFix[] };

/**
 * Runs one task. A file that cannot be read as a report gives a FILE-UNREADABLE result in its
 * place, and the others are checked: one unreadable file must not cost the results of a batch.
 */
export function runTask(task: Task, options: CheckOptions): TaskResult {
  if (task.kind === "fix") return { kind: "fix", results: task.files.map((f) => fixFile(f, f.options ?? options)) };
  const maxBytes = maxReportBytes(options.limits?.maxLength);
  const read = (ref: FileRef): ReadFile | CliError => {
    if (ref.text !== undefined)
      return { file: ref.file, read: readReport(ref.text, options.limits), options: ref.options };
    try {
      const { text, encoding } = readReportFileSync(ref.abs, ref.file, maxBytes);
      return { file: ref.file, read: readReport(text, { ...options.limits, encoding }), options: ref.options };
    } catch (err) {
      if (err instanceof CliError) return err;
      throw err;
    }
  };
  const pair = (current: ReadFile | CliError, previous: ReadFile | CliError): OrderedFinding[] =>
    current instanceof CliError || previous instanceof CliError
      ? []
      : checkPair(current, previous, current.options ?? options);
  if (task.kind === "documents") {
    const reads = task.files.map(read);
    const results = reads.map((r, i) =>
      r instanceof CliError
        ? unreadableResult(task.files[i]!.file, r, options)
        : checkDocument(r, r.options ?? options),
    );
    // Pairing within the run; the caller keeps a pair only if pairing over all the inputs agrees.
    // An unreadable file has neither agency nor year, so it is never paired. Only certain pairs are
    // kept from here, so the files' folders, which serve only to point at likely ones, are left out.
    const local = pairPreviousYear(results.map(({ agency, year }) => ({ agency, year }))).map(({ previous: p }, i) =>
      p === undefined ? null : { previous: p, findings: pair(reads[i]!, reads[p]!) },
    );
    return { kind: "documents", results, local };
  }
  // A report that is both a current and a previous year (2023 of 2022→2023→2024) is read once per task.
  // A file that became unreadable since the first pass (reported there) only loses its pair here.
  const cache = new Map<string, ReadFile | CliError>();
  const cached = (ref: FileRef): ReadFile | CliError => {
    let r = cache.get(ref.abs);
    if (!r) cache.set(ref.abs, (r = read(ref)));
    return r;
  };
  const likely = (current: ReadFile | CliError, previous: Likely): OrderedFinding[] =>
    current instanceof CliError ? [] : checkLikely(current, previous, current.options ?? options);
  return {
    kind: "pairs",
    results: task.pairs.map((p) =>
      "previous" in p ? pair(cached(p.current), cached(p.previous)) : likely(cached(p.current), p.likely),
    ),
  };
}
