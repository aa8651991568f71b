import { readReport, type CheckOptions } from "@nianbao/core";
import { readTextSync } from "./discover.js";
import { checkDocument, checkPair, type DocumentResult, type OrderedFinding, type ReadFile } from "./run.js";

/** A report file: where it is and how the output names it. */
export interface FileRef {
  readonly abs: string;
  readonly file: string;
}

/**
 * A unit of batch work, run in a worker thread or on the main thread alike. "documents" reads and
 * checks a run of consecutive files on their own; "pairs" re-reads the reports pairing matched
 * and runs the cross-year rules on them. Only plain data crosses between threads.
 */
export type Task =
  | { readonly kind: "documents"; readonly files: readonly FileRef[] }
  | { readonly kind: "pairs"; readonly pairs: readonly { readonly current: FileRef; readonly previous: FileRef }[] };

export type TaskResult =
  | { readonly kind: "documents"; readonly results: readonly DocumentResult[] }
  | { readonly kind: "pairs"; readonly results: readonly (readonly OrderedFinding[])[] };

/** Runs one task. Throws a CliError for a file that cannot be read. */
export function runTask(task: Task, options: CheckOptions): TaskResult {
  const read = (ref: FileRef): ReadFile => ({ file: ref.file, read: readReport(readTextSync(ref.abs, ref.file), options.limits) });
  if (task.kind === "documents") return { kind: "documents", results: task.files.map((ref) => checkDocument(read(ref), options)) };
  // A report that is both a current and a previous year (2023 of 2022→2023→2024) is read once per task.
  const cache = new Map<string, ReadFile>();
  const cached = (ref: FileRef): ReadFile => {
    let r = cache.get(ref.abs);
    if (!r) cache.set(ref.abs, (r = read(ref)));
    return r;
  };
  return { kind: "pairs", results: task.pairs.map((p) => checkPair(cached(p.current), cached(p.previous), options)) };
}
