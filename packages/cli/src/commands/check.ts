import { ruleByCode, type SeveritySetting } from "@nianbao/core";
import { lastValue, type ParsedArgs } from "../args.js";
import { discoverReports, displayPath, readText } from "../check/discover.js";
import { checkReports, type CheckedReport, type ReportInput } from "../check/run.js";
import { ioError, usageError } from "../errors.js";
import { toJson } from "../output/json.js";
import { toSarif } from "../output/sarif.js";
import { summarize } from "../output/summary.js";
import { formatText } from "../output/text.js";
import { cliVersion } from "../version.js";
import type { Command } from "./types.js";

const FORMATS = ["text", "json", "sarif"] as const;
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
  ],
  async run(args, ctx) {
    if (args.positionals.length === 0) throw usageError("error.noPaths");
    const severity = severityOverrides(args);
    const format = (lastValue(args, "format") ?? "text") as (typeof FORMATS)[number];

    const inputs = await readInputs(args.positionals, ctx.cwd);
    const reports = checkReports(inputs, { locale: ctx.locale, severity });
    const failed = reports.some((r) => r.findings.some((f) => f.severity === "error"));
    const shown: CheckedReport[] = args.flags.has("quiet") ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : reports;
    const summary = summarize(shown);

    if (format === "json") await ctx.stdout(JSON.stringify(toJson(shown, summary), null, 2) + "\n");
    else if (format === "sarif") await ctx.stdout(JSON.stringify(toSarif(shown, { locale: ctx.locale, version: cliVersion(), cwd: ctx.cwd }), null, 2) + "\n");
    else await ctx.stdout(formatText(shown, args.flags.has("no-summary") ? null : summary, ctx.locale));
    return failed ? 1 : 0;
  },
};

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

/** The report files, named as the output shows them and sorted so the output is deterministic. */
async function readInputs(paths: readonly string[], cwd: string): Promise<ReportInput[]> {
  const files = (await discoverReports(paths, cwd)).map((abs) => ({ abs, file: displayPath(abs, cwd) }));
  if (files.length === 0) throw ioError("error.noReports", { paths: paths.join(", ") });
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const inputs: ReportInput[] = [];
  // One at a time: a supervising office may check thousands of files, more than open handles allow.
  for (const f of files) inputs.push({ file: f.file, text: await readText(f.abs, f.file) });
  return inputs;
}
