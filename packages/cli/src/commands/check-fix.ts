import type { CheckOptions } from "@nianbao/core";
import type { ParsedArgs } from "../args.js";
import type { LoadedInput, RunSettings } from "../check/batch.js";
import { fixDiff, fixedTexts, fixPaths, fixStdin, fixSummary, writeFixes } from "../check/fix-run.js";
import { usageError } from "../errors.js";
import { errorLine } from "../messages/index.js";
import type { CommandContext } from "./types.js";

export type FixMode = "write" | "dry-run";

/** `--fix` or `--fix-dry-run`, not both; `--fix` cannot write a report back to standard input. */
export function fixModeOf(args: ParsedArgs): FixMode | null {
  const write = args.flags.has("fix");
  const dryRun = args.flags.has("fix-dry-run");
  if (write && dryRun) throw usageError("error.fixBoth");
  if (write && args.positionals.includes("-")) throw usageError("error.fixStdin");
  return write ? "write" : dryRun ? "dry-run" : null;
}

/** What the check after fixing reads instead of the files as they were. */
export interface FixOutcome {
  /** Standard input's report, fixed (dry run). */
  readonly stdin?: LoadedInput;
  /** The fixed texts of the files (dry run: nothing was written). */
  readonly texts?: ReadonlyMap<string, string>;
  /** A fixed report could not be written: the exit status says so (2). */
  readonly writeFailed: boolean;
}

/**
 * Fixes the reports and writes them (`--fix`), or prints the unified diff on standard output
 * (`--fix-dry-run`); either way standard error gets what was fixed per file, in the locale.
 */
export async function runFixes(
  mode: FixMode,
  paths: readonly string[],
  stdin: LoadedInput | undefined,
  options: CheckOptions,
  jobs: number | undefined,
  ctx: CommandContext,
  settings: RunSettings = {},
): Promise<FixOutcome> {
  const fixes = await fixPaths(paths, ctx.cwd, options, jobs, settings);
  const stdinFix = stdin && !("error" in stdin) ? fixStdin(stdin.text, stdin.encoding ?? "utf-8", options) : undefined;
  if (stdinFix) fixes.unshift(stdinFix);
  if (mode === "dry-run") {
    await ctx.stdout(fixDiff(fixes));
    await ctx.stderr(fixSummary(fixes, true, ctx.locale));
    return {
      ...(stdinFix?.change && stdin ? { stdin: { ...stdin, text: stdinFix.change.after } } : {}),
      texts: fixedTexts(fixes),
      writeFailed: false,
    };
  }
  const failed = await writeFixes(fixes);
  // A report that could not be written counts no fix: its error follows the summary.
  const notWritten = new Set(failed.map((f) => f.file));
  await ctx.stderr(
    fixSummary(
      fixes.map((f) => (notWritten.has(f.file) ? { ...f, applied: {} } : f)),
      false,
      ctx.locale,
    ),
  );
  for (const { error } of failed) await ctx.stderr(errorLine(error.messageId, error.args, ctx.locale));
  return { writeFailed: failed.length > 0 };
}
