import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import type { CheckOptions, Locale } from "@nianbao/core";
import { CliError, ioError } from "../errors.js";
import { RunConfigs, searchedAndIncluded } from "./config.js";
import { discoverInputs, displayPath, maxReportBytes, readReportFile, type FoundSoFar } from "./discover.js";
import { pairPreviousYear } from "./pairing.js";
import { InlineExecutor, WorkerPool, type Executor } from "./pool.js";
import {
  assemble,
  checkReports,
  likelyOf,
  unreadableResult,
  withToday,
  type CheckedReport,
  type DocumentResult,
  type OrderedFinding,
  type ReportInput,
} from "./run.js";
import type { FileRef, LocalPair, PairWork, Task } from "./tasks.js";

/** Below this many files a run stays on the main thread: starting workers would cost more than it saves. */
export const IN_PROCESS_BELOW = 50;

/** A report read for checking, or why it could not be read (it is reported, and the rest checked). */
export type LoadedInput = ReportInput | { readonly file: string; readonly error: CliError };

/** How the run reads its inputs beyond the options every report shares. */
export interface RunSettings {
  /** A `--locale` given on the command line, which wins over a nianbao.config.json's. */
  readonly explicitLocale?: Locale;
  /**
   * What stands for the content of the files it names (absolute paths; the fixed texts of
   * `--fix-dry-run`): a run with them hands each file's text to the thread that checks it.
   */
  readonly texts?: ReadonlyMap<string, string>;
}

/**
 * Checks the reports named by the paths (files, or folders searched for reports), and the report
 * read from standard input if given, in the order of their displayed names, and returns one
 * result per report in that order. A file that cannot be read as a report (denied, too large,
 * undecidable bytes, a dangling link in a folder) has a FILE-UNREADABLE result in its place. `jobs` is the
 * number of threads (default: the machine's available parallelism). The result is the same
 * whatever the number of threads: each report's findings depend on its own text and, for the
 * cross-year rules, on the text of the report pairing matched it with.
 *
 * A large run goes in two passes. First every report is read and checked on its own, in runs of
 * consecutive files handed to the threads as they come free; only its placed findings, agency and
 * year come back, so memory stays small per report. Reports of one agency usually sit side by
 * side (agency/2023, agency/2024), so each run also compares the years it holds. Then pairing
 * matches reports across all the inputs; a pair a run already compared is kept, and the reports
 * of any other pair are read again for the cross-year rules.
 *
 * Each report is checked with the options of its nearest nianbao.config.json under `options` (the
 * command line's severities win), and a folder search keeps the reports its config includes. A
 * config that cannot be used has a result of its own, its CONFIG-INVALID findings placed in it.
 */
export async function checkPaths(
  paths: readonly string[],
  cwd: string,
  options: CheckOptions,
  jobs?: number,
  stdin?: LoadedInput,
  settings: RunSettings = {},
): Promise<CheckedReport[]> {
  const opts = withToday(options);
  const configs = new RunConfigs(opts, settings.explicitLocale);
  const wanted = jobs ?? availableParallelism();
  // Threads take a while to load: once a folder has shown enough reports to need them, they start
  // while the rest is listed. (Up to IN_PROCESS_BELOW / 8 threads, every run that large uses them all.)
  const started: { pool: WorkerPool | null } = { pool: null };
  const startEarly =
    wanted > 1 && wanted <= IN_PROCESS_BELOW / 8
      ? { atLeast: IN_PROCESS_BELOW, reached: () => void (started.pool = new WorkerPool(wanted, opts)) }
      : undefined;
  let executor: Executor | null = null;
  try {
    const { files, unreadable } = paths.length
      ? await listReports(paths, cwd, configs, startEarly)
      : { files: [], unreadable: [] };
    const failed = unreadable.map((u) => assemble(unreadableResult(u.file, u.error, opts), [], null));
    const input = stdin && !("error" in stdin) ? { ...stdin, options: configs.optionsOfStdin(cwd) } : stdin;
    // Standard input is one report read already: the few files beside it are checked with it.
    if (files.length < IN_PROCESS_BELOW || input) {
      const loaded = await readAll(files, opts, settings.texts);
      const checked = checkLoaded([...(input ? [input] : []), ...loaded], opts);
      return inOrder([...checked, ...failed, ...configs.brokenConfigs(cwd)]);
    }
    const threads = Math.max(1, Math.min(wanted, Math.ceil(files.length / 8)));
    executor = started.pool ?? (threads > 1 ? new WorkerPool(threads, opts) : new InlineExecutor(opts));
    const withTexts = files.map((f) => {
      const text = settings.texts?.get(f.abs);
      return text === undefined ? f : { ...f, text };
    });
    return inOrder([...(await checkInBatches(withTexts, executor, threads)), ...failed, ...configs.brokenConfigs(cwd)]);
  } finally {
    // The early pool is the executor when the run got that far, else closed here.
    await (executor ?? started.pool)?.close();
  }
}

async function checkInBatches(
  files: readonly FileRef[],
  executor: Executor,
  threads: number,
): Promise<CheckedReport[]> {
  const size = chunkSize(files.length, threads);
  const documentTasks: Task[] = [];
  for (let i = 0; i < files.length;) {
    let end = Math.min(files.length, i + size);
    // An agency's years usually sit in one folder: a run does not end inside it (within reason),
    // so its years are compared while they are read, not read again after.
    while (end < files.length && end - i < 2 * size && dirname(files[end]!.abs) === dirname(files[end - 1]!.abs)) end++;
    documentTasks.push({ kind: "documents", files: files.slice(i, end) });
    i = end;
  }
  const documents: DocumentResult[] = [];
  const cross = new Map<number, readonly OrderedFinding[]>();
  const local: (LocalPair | null)[] = [];
  for (const r of await executor.run(documentTasks))
    if (r.kind === "documents") {
      const offset = documents.length;
      documents.push(...r.results);
      for (const l of r.local) local.push(l && { previous: offset + l.previous, findings: l.findings });
    }

  const matches = pairPreviousYear(documents);
  // Pairs found within a run stand when pairing over all the inputs found the same; the rest are
  // read again, as are the reports with a likely previous year (XY-UNPAIRED needs their text).
  const paired: { index: number; previous: number; likely: boolean }[] = [];
  matches.forEach(({ previous: p, likely: l }, i) => {
    if (p !== undefined && local[i]?.previous === p) cross.set(i, local[i]!.findings);
    else if (p !== undefined) paired.push({ index: i, previous: p, likely: false });
    else if (l !== undefined) paired.push({ index: i, previous: l, likely: true });
  });
  // A chain of years of one agency (2022→2023→2024) lands in one task, which reads each file once.
  paired.sort((a, b) => a.previous - b.previous || a.index - b.index);
  const pairTasks: Task[] = [];
  const pairIndexes: number[][] = [];
  // Shared among the threads even when few: this pass is all that is left to do.
  const pairSize = Math.max(1, Math.min(size, Math.ceil(paired.length / threads)));
  for (let i = 0; i < paired.length; i += pairSize) {
    const run = paired.slice(i, i + pairSize);
    pairTasks.push({
      kind: "pairs",
      pairs: run.map((p): PairWork =>
        p.likely
          ? { current: files[p.index]!, likely: likelyOf(documents[p.previous]!) }
          : { current: files[p.index]!, previous: files[p.previous]! },
      ),
    });
    pairIndexes.push(run.map((p) => p.index));
  }
  (await executor.run(pairTasks)).forEach((r, t) => {
    if (r.kind === "pairs") r.results.forEach((findings, k) => cross.set(pairIndexes[t]![k]!, findings));
  });
  return documents.map((doc, i) => {
    const p = matches[i]!.previous;
    return assemble(doc, cross.get(i) ?? [], p === undefined ? null : files[p]!.file);
  });
}

/** Runs of files small enough that the threads finish together, large enough that messages stay few. */
function chunkSize(count: number, threads: number): number {
  return Math.max(4, Math.min(64, Math.ceil(count / (threads * 8))));
}

/**
 * The report files, named as the output shows them and sorted so the output is deterministic, and
 * what the folder search found but cannot read.
 */
export async function listReports(
  paths: readonly string[],
  cwd: string,
  configs: RunConfigs,
  progress?: FoundSoFar,
): Promise<{ files: FileRef[]; unreadable: { file: string; error: CliError }[] }> {
  const found = await discoverInputs(paths, cwd, progress);
  // A file named on the command line is checked whatever its config's include and exclude say.
  const kept = (abs: string) => found.named.has(abs) || searchedAndIncluded(configs, abs);
  const files = found.files
    .filter(kept)
    .map((abs) => ({ abs, file: displayPath(abs, cwd), options: configs.optionsOf(abs) }));
  const unreadable = [...found.unreadable]
    .filter(([abs]) => kept(abs))
    .map(([abs, error]) => ({ file: displayPath(abs, cwd), error }));
  if (files.length === 0 && unreadable.length === 0) throw ioError("error.noReports", { paths: paths.join(", ") });
  return { files: files.sort(byFile), unreadable };
}

async function readAll(
  files: readonly FileRef[],
  options: CheckOptions,
  texts?: ReadonlyMap<string, string>,
): Promise<LoadedInput[]> {
  const maxBytes = maxReportBytes(options.limits?.maxLength);
  const inputs: LoadedInput[] = [];
  // One at a time: a supervising office may check thousands of files, more than open handles allow.
  for (const f of files) {
    const text = texts?.get(f.abs);
    if (text !== undefined) {
      inputs.push({ file: f.file, text, options: f.options });
      continue;
    }
    try {
      inputs.push({ file: f.file, options: f.options, ...(await readReportFile(f.abs, f.file, maxBytes)) });
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      inputs.push({ file: f.file, error: err });
    }
  }
  return inputs;
}

/** Checks the inputs that were read, and puts a FILE-UNREADABLE result in place of each that was not. */
function checkLoaded(loaded: readonly LoadedInput[], options: CheckOptions): CheckedReport[] {
  const checked = checkReports(
    loaded.filter((l): l is ReportInput => !("error" in l)),
    options,
  );
  let next = 0;
  return loaded.map((l) =>
    "error" in l ? assemble(unreadableResult(l.file, l.error, options), [], null) : checked[next++]!,
  );
}

/** Reports by displayed name; the sort is stable, so reports of one name keep their order. */
function inOrder(reports: CheckedReport[]): CheckedReport[] {
  return reports.sort(byFile);
}

function byFile(a: { readonly file: string }, b: { readonly file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
