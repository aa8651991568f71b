import { resolve } from "node:path";
import { ruleByCode, type Locale, type SeveritySetting } from "@nianbao/core";
import { lastValue, type ParsedArgs } from "../args.js";
import { checkPaths, type LoadedInput } from "../check/batch.js";
import { displayPath, maxReportBytes, readReportStdin } from "../check/discover.js";
import { UNREADABLE, withToday, type CheckedReport } from "../check/run.js";
import { CliError, usageError } from "../errors.js";
import { auditHtml } from "../output/audit/index.js";
import { painter, type Paint } from "../output/colour.js";
import { formatGithub } from "../output/github.js";
import { toJson } from "../output/json.js";
import { toSarif } from "../output/sarif.js";
import { sheetOutput } from "../output/sheet-output.js";
import { summarize, type Summary } from "../output/summary.js";
import { formatText } from "../output/text.js";
import { cliMessage } from "../messages/index.js";
import { cliVersion } from "../version.js";
import { writeOutputFile } from "../write-file.js";
import { fixModeOf, runFixes } from "./check-fix.js";
import type { Command, CommandContext } from "./types.js";

const FORMATS = ["text", "json", "sarif", "github", "html", "csv", "xlsx"] as const;
const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["off", "info", "warning", "error"];

/** `nianbao check <files or folders…>` */
export const checkCommand: Command = {
  name: "check",
  help: "help.check",
  options: [
    { name: "format", takesValue: true, choices: FORMATS },
    { name: "severity", takesValue: true },
    { name: "quiet", short: "q" },
    { name: "no-summary" },
    { name: "jobs", short: "j", takesValue: true },
    { name: "output", short: "o", takesValue: true },
    { name: "force" },
    { name: "fix" },
    { name: "fix-dry-run" },
    { name: "max-warnings", takesValue: true },
  ],
  async run(args, ctx) {
    if (args.positionals.length === 0) throw usageError("error.noPaths");
    const severity = severityOverrides(args);
    const format = (lastValue(args, "format") ?? "text") as (typeof FORMATS)[number];
    const output = lastValue(args, "output");
    // Bytes of a zip would garble a terminal; said before the reports are checked, not after.
    if (format === "xlsx" && output === undefined) throw usageError("error.xlsxNeedsOutput");

    const jobs = jobsOption(args);
    const maxWarnings = maxWarningsOption(args);
    const fixMode = fixModeOf(args);
    // One day for the fixes and the check after them (the timeliness rules compare with it).
    const options = withToday({ locale: ctx.locale, severity });

    const paths = args.positionals.filter((p) => p !== "-");
    const stdin = paths.length < args.positionals.length ? await stdinReport() : undefined;
    const settings = { explicitLocale: lastValue(args, "locale") as Locale | undefined };
    const fixed = fixMode ? await runFixes(fixMode, paths, stdin, options, jobs, ctx, settings) : undefined;
    const reports = await checkPaths(paths, ctx.cwd, options, jobs, fixed?.stdin ?? stdin, {
      ...settings,
      ...(fixed?.texts ? { texts: fixed.texts } : {}),
    });
    const failed = reports.some((r) => r.findings.some((f) => f.severity === "error"));
    // An input that could not be read weighs more than errors in those that could: nothing was checked there.
    const unreadable = reports.some((r) => r.findings.some((f) => f.code === UNREADABLE));
    const shown: CheckedReport[] = args.flags.has("quiet")
      ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }))
      : reports;
    const summary = summarize(shown);
    // Colour for a terminal only: a file written with -o stays plain text.
    const paint = painter(ctx.colour === true && output === undefined);

    const body = await outputBody(
      format,
      shown,
      { summary, stdin, paint, noSummary: args.flags.has("no-summary") },
      ctx,
    );

    // A dry run's standard output is the diff alone, ready for git apply; what would remain is counted.
    if (output === undefined && fixMode === "dry-run")
      await ctx.stderr(
        `${cliMessage("fix.remaining", { errors: summary.errors, warnings: summary.warnings, infos: summary.infos }, ctx.locale)}\n`,
      );
    // Every format but XLSX is text; XLSX without -o was refused above.
    else if (output === undefined) await ctx.stdout(body as string);
    else {
      const target = resolve(ctx.cwd, output);
      const shownPath = displayPath(target, ctx.cwd);
      const inputs = reports.filter((r) => r.file !== "-").map((r) => resolve(ctx.cwd, r.file));
      await writeOutputFile(target, body, { shown: shownPath, force: args.flags.has("force"), inputs });
      await ctx.stderr(`${cliMessage("output.written", { path: shownPath }, ctx.locale)}\n`);
    }
    // As eslint counts them: every warning found, shown or not (--quiet hides them, the limit still holds).
    const warnings = reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === "warning").length, 0);
    const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
    if (tooManyWarnings)
      await ctx.stderr(`${cliMessage("maxWarnings.exceeded", { count: warnings, max: maxWarnings }, ctx.locale)}\n`);
    return unreadable || fixed?.writeFailed ? 2 : failed || tooManyWarnings ? 1 : 0;
  },
};

/** The run's result in the format asked for: text in every format but XLSX. */
async function outputBody(
  format: (typeof FORMATS)[number],
  shown: readonly CheckedReport[],
  run: {
    readonly summary: Summary;
    readonly stdin: LoadedInput | undefined;
    readonly paint: Paint;
    readonly noSummary: boolean;
  },
  ctx: CommandContext,
): Promise<string | Uint8Array> {
  const { cwd, locale } = ctx;
  switch (format) {
    case "html":
      return auditHtml(shown, { cwd, locale, version: cliVersion(), stdin: run.stdin });
    case "csv":
    case "xlsx":
      return sheetOutput(format, shown, { cwd, locale, ...(run.stdin ? { stdin: run.stdin } : {}) });
    case "json":
      return JSON.stringify(toJson(shown, run.summary), null, 2) + "\n";
    case "sarif":
      return JSON.stringify(toSarif(shown, { locale, version: cliVersion(), cwd }), null, 2) + "\n";
    case "github":
      return formatGithub(shown);
    case "text":
      return formatText(shown, run.noSummary ? null : run.summary, locale, run.paint);
  }
}

/** `check -`: the report on standard input, named "-" in the output, read like a file. */
async function stdinReport(): Promise<LoadedInput> {
  try {
    return { file: "-", ...(await readReportStdin("-", maxReportBytes())) };
  } catch (err) {
    if (err instanceof CliError) return { file: "-", error: err };
    throw err;
  }
}

/** `--severity CODE=level`, repeatable; a later setting of the same code wins. */
function severityOverrides(args: ParsedArgs): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const value of args.values.get("severity") ?? []) {
    const eq = value.lastIndexOf("=");
    const code = value.slice(0, eq).trim();
    const level = value.slice(eq + 1).trim() as SeveritySetting;
    if (eq <= 0 || !SEVERITY_SETTINGS.includes(level)) throw usageError("error.invalidSeverity", { value });
    // A mistyped code would otherwise be silently ignored and the rule keep firing.
    if (!ruleByCode(code)) throw usageError("error.unknownRule", { code });
    out[code] = level;
  }
  return out;
}

/** `--jobs N`: how many threads check the reports (a whole number from 1); unset, the machine decides. */
function jobsOption(args: ParsedArgs): number | undefined {
  const value = lastValue(args, "jobs");
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw usageError("error.invalidJobs", { value });
  return n;
}

/** `--max-warnings N`: more than N warnings fail the run (exit 1); -1, as in eslint, sets no limit. */
function maxWarningsOption(args: ParsedArgs): number | undefined {
  const value = lastValue(args, "max-warnings");
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < -1) throw usageError("error.invalidMaxWarnings", { value });
  return n === -1 ? undefined : n;
}
