import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatForYear, formFor, nextYearReport, readReport, reportTemplate, reportTitle, writeReportYaml, type FormatYear, type Locale, type Report } from "@nianbao/core";
import { lastValue, type ParsedArgs } from "../args.js";
import { discoverReports, displayPath, readText } from "../check/discover.js";
import { ioError, usageError } from "../errors.js";
import { cliMessage } from "../messages/index.js";
import type { Command } from "./types.js";

const FORMATS = ["2021", "2019"] as const;

/** `nianbao new [--from last.nianbao.yaml] [--agency …] [--year …] [--format 2021|2019] [-o file] [--force]` */
export const newCommand: Command = {
  name: "new",
  help: "help.new",
  options: [
    { name: "from", takesValue: true },
    { name: "agency", takesValue: true },
    { name: "year", takesValue: true },
    { name: "format", takesValue: true, choices: FORMATS },
    { name: "output", short: "o", takesValue: true },
    { name: "force" },
  ],
  async run(args, ctx) {
    if (args.positionals.length > 0) throw usageError("error.unexpectedArgument", { value: args.positionals[0]! });
    const year = yearOption(args);
    const agency = lastValue(args, "agency")?.trim() || undefined;
    const formatGiven = lastValue(args, "format");
    const format = formatGiven === undefined ? undefined : (Number(formatGiven) as FormatYear);
    const from = lastValue(args, "from");

    let text: string;
    if (from !== undefined) {
      // The form follows from the new year; choosing it as well could only contradict that.
      if (format !== undefined) throw usageError("error.fromWithFormat");
      const found = await discoverReports([from], ctx.cwd);
      if (found.length !== 1) throw usageError("error.oneReportFile", { count: found.length });
      const previous = readReport(await readText(found[0]!, from)).report;
      text = fromPreviousYear(previous, from, { year, agency }, ctx.locale);
    } else {
      if (year !== undefined && format !== undefined && formatForYear(year) !== format)
        throw usageError("error.formatForYear", { year, expected: formatForYear(year), format });
      const report = reportTemplate({ format: format ?? (year !== undefined ? formatForYear(year) : 2021), ...(agency ? { agency } : {}), ...(year !== undefined ? { year } : {}) });
      text = writeReportYaml(report, { header: [reportTitle(report), cliMessage("new.header", {}, ctx.locale)] });
    }

    const output = lastValue(args, "output");
    if (output === undefined) {
      await ctx.stdout(text);
      return 0;
    }
    const target = resolve(ctx.cwd, output);
    const shown = displayPath(target, ctx.cwd);
    // A report being written must never be replaced by an empty one by mistake.
    await writeFile(target, text, { flag: args.flags.has("force") ? "w" : "wx" }).catch((err: NodeJS.ErrnoException) => {
      throw err.code === "EEXIST" ? ioError("error.exists", { path: shown }) : ioError("error.cannotWrite", { path: shown, reason: err.code ?? err.message });
    });
    await ctx.stderr(`${cliMessage("render.written", { path: shown }, ctx.locale)}\n`);
    return 0;
  },
};

function yearOption(args: ParsedArgs): number | undefined {
  const value = lastValue(args, "year");
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw usageError("error.invalidYear", { value });
  return Number(value);
}

/**
 * Next year's report from last year's (core's nextYearReport: 结转 and 现行有效 carried, every other
 * cell 0, the prose empty), with last year's 存在问题及改进 quoted as comments under the empty
 * section: the author answers it in this year's text, and nothing of it is copied into the report.
 */
function fromPreviousYear(previous: Report, file: string, given: { year: number | undefined; agency: string | undefined }, locale: Locale): string {
  const base = given.year !== undefined ? { ...previous, year: given.year - 1 } : previous;
  const next = nextYearReport(base);
  const report: Report = given.agency ? { ...next, agency: given.agency } : next;
  const text = writeReportYaml(report, { header: [reportTitle(report), cliMessage("new.headerFrom", { file }, locale)] });
  const problems = previous.problems?.trim();
  if (!problems) return text;
  const key = formFor(report.format).sections.find((s) => s.id === "problems")!.key;
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return text;
  const quoted = [cliMessage("new.previousProblems", {}, locale), ...problems.split("\n").map((l) => (l.trim() ? `> ${l.trim()}` : ">"))];
  lines.splice(at + 1, 0, ...quoted.map((l) => `  # ${l}`));
  return lines.join("\n");
}
