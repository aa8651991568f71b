/**
 * The run of `check --fix` and `--fix-dry-run` over files and folders: the fixes are worked out
 * per file (in worker threads for a large folder, as the check is), then written atomically by
 * the main thread, or shown as a unified diff.
 */
import { readFile, realpath } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { CheckOptions, Locale } from "@nianbao/core";
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";
import { CliError, ioError } from "../errors.js";
import { cliMessage } from "../messages/index.js";
import { writeOutputFile } from "../write-file.js";
import { IN_PROCESS_BELOW, listReports, type RunSettings } from "./batch.js";
import { RunConfigs } from "./config.js";
import { digestOf, fixedBytes, fixFile, fixText, type FileFix } from "./fix.js";
import { WorkerPool } from "./pool.js";
import type { FileRef, Task } from "./tasks.js";

/** Files per task handed to a thread: fixing a report costs a few checks of it. */
const FILES_PER_TASK = 8;

/**
 * Works out the fixes of every report the paths name (files, or folders searched as `check`
 * searches them, with the same nianbao.config.json include, exclude and options), in the order of
 * their displayed names. Nothing is written.
 */
export async function fixPaths(
  paths: readonly string[],
  cwd: string,
  options: CheckOptions,
  jobs?: number,
  settings: RunSettings = {},
): Promise<FileFix[]> {
  if (paths.length === 0) return [];
  const configs = new RunConfigs(options, settings.explicitLocale);
  const found = await listReports(paths, cwd, configs);
  const files: FileRef[] = found.files;
  const failed: FileFix[] = found.unreadable.map(({ file }) => ({
    file,
    abs: resolve(cwd, file),
    state: "unreadable",
    applied: {},
  }));
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), Math.ceil(files.length / FILES_PER_TASK)));
  let fixes: FileFix[];
  if (files.length < IN_PROCESS_BELOW || threads === 1) fixes = files.map((f) => fixFile(f, f.options ?? options));
  else {
    const tasks: Task[] = [];
    for (let i = 0; i < files.length; i += FILES_PER_TASK)
      tasks.push({ kind: "fix", files: files.slice(i, i + FILES_PER_TASK) });
    const pool = new WorkerPool(threads, options);
    try {
      fixes = (await pool.run(tasks)).flatMap((r) => (r.kind === "fix" ? r.results : []));
    } finally {
      await pool.close();
    }
  }
  return [...fixes, ...failed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Fixes the report read from standard input (shown as "-"), for `--fix-dry-run -`. */
export function fixStdin(text: string, encoding: string, options: CheckOptions): FileFix {
  const none = { file: "-", abs: "-", applied: {} };
  if (encoding !== "utf-8") return { ...none, state: "encoding" };
  const fixed = fixText(text, options);
  return fixed.text === text
    ? { ...none, state: fixed.state }
    : {
        ...none,
        state: fixed.state,
        applied: fixed.applied,
        change: { before: text, after: fixed.text, bom: false, digest: "" },
      };
}

/**
 * Writes each fixed report over itself, atomically and keeping its permissions; a symbolic link
 * is followed, so the link stays a link. A report that changed on disk since it was read (an
 * editor saved it meanwhile) is not written over. Returns the reports that could not be written.
 */
export async function writeFixes(fixes: readonly FileFix[]): Promise<{ file: string; error: CliError }[]> {
  const failed: { file: string; error: CliError }[] = [];
  for (const f of fixes) {
    if (!f.change) continue;
    try {
      const target = await realpath(f.abs);
      const now = await readFile(target).catch(() => null);
      if (now === null || digestOf(now) !== f.change.digest)
        throw ioError("error.fixChangedMeanwhile", { path: f.file });
      await writeOutputFile(target, fixedBytes(f.change), { shown: f.file, force: true });
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      failed.push({ file: f.file, error: err });
    }
  }
  return failed;
}

/**
 * The fixes as one unified diff, `a/` and `b/` before each file's displayed name as git writes
 * them, so `git apply` or `patch -p1` in the same folder applies it.
 */
export function fixDiff(fixes: readonly FileFix[]): string {
  return fixes
    .filter((f) => f.change)
    .map((f) =>
      createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.change!.before, f.change!.after, undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY,
      }),
    )
    .join("");
}

/** One line per report fixed or left alone for a reason, then the total, in the locale. */
export function fixSummary(fixes: readonly FileFix[], dryRun: boolean, locale: Locale): string {
  const lines: string[] = [];
  let total = 0;
  let files = 0;
  for (const f of fixes) {
    const codes = Object.entries(f.applied).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const count = codes.reduce((n, [, c]) => n + c, 0);
    if (count > 0) {
      total += count;
      files++;
      const list = codes
        .map(([code, n]) => cliMessage("fix.codeCount", { code, count: n }, locale))
        .join(cliMessage("fix.codeSeparator", {}, locale));
      lines.push(cliMessage(dryRun ? "fix.wouldFix" : "fix.fixed", { file: f.file, count, codes: list }, locale));
    }
    if (f.state === "unreadable") lines.push(cliMessage("fix.unreadable", { file: f.file }, locale));
    else if (f.state === "encoding") lines.push(cliMessage("fix.encoding", { file: f.file }, locale));
    else if (f.state === "unsettled") lines.push(cliMessage("fix.unsettled", { file: f.file }, locale));
  }
  lines.push(
    total === 0
      ? cliMessage("fix.none", {}, locale)
      : cliMessage(dryRun ? "fix.totalDryRun" : "fix.total", { count: total, files }, locale),
  );
  return lines.join("\n") + "\n";
}

/** The fixed texts by absolute path, to check in place of the files (`--fix-dry-run`). */
export function fixedTexts(fixes: readonly FileFix[]): Map<string, string> {
  return new Map(fixes.filter((f) => f.change && f.abs !== "-").map((f) => [f.abs, f.change!.after]));
}
