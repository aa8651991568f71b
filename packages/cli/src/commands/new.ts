import { resolve } from "node:path";
import {
  formatForYear,
  nextYearFrom,
  quotePreviousProblems,
  reportTemplate,
  reportTitle,
  writeReportYaml,
  type CarryFinding,
  type FormatYear,
  type Locale,
  type ReadResult,
  type Report,
} from "@nianbao/core";
import { lastValue, type ParsedArgs } from "../args.js";
import { discoverReports, displayPath } from "../check/discover.js";
import { usageError } from "../errors.js";
import { cliMessage } from "../messages/index.js";
import { writeOutputFile } from "../write-file.js";
import { readReportInput } from "./not-a-report.js";
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
    const inputs: string[] = [];
    if (from !== undefined) {
      // The form follows from the new year; choosing it as well could only contradict that.
      if (format !== undefined) throw usageError("error.fromWithFormat");
      const found = await discoverReports([from], ctx.cwd);
      if (found.length !== 1) throw usageError("error.oneReportFile", { count: found.length });
      inputs.push(found[0]!);
      const read = await readReportInput(found[0]!, from, "error.fromNotReport", ctx.locale);
      const next = fromPreviousYear(read, from, { year, agency }, ctx.locale);
      await ctx.stderr(carryLines(from, read, next.findings, ctx.locale));
      // A carried figure that could not be read would be a guess: nothing is written.
      if (next.findings.some((f) => f.severity === "error")) return 1;
      text = next.text;
    } else {
      if (year !== undefined && format !== undefined && formatForYear(year) !== format)
        throw usageError("error.formatForYear", { year, expected: formatForYear(year), format });
      const report = reportTemplate({
        format: format ?? (year !== undefined ? formatForYear(year) : 2021),
        ...(agency ? { agency } : {}),
        ...(year !== undefined ? { year } : {}),
      });
      text = writeReportYaml(report, { header: [reportTitle(report), cliMessage("new.header", {}, ctx.locale)] });
    }

    const output = lastValue(args, "output");
    if (output === undefined) {
      await ctx.stdout(text);
      return 0;
    }
    const target = resolve(ctx.cwd, output);
    const shown = displayPath(target, ctx.cwd);
    // A report being written must never be replaced by an empty one by mistake, nor last year's by this year's.
    await writeOutputFile(target, text, { shown, force: args.flags.has("force"), inputs });
    await ctx.stderr(`${cliMessage("output.written", { path: shown }, ctx.locale)}\n`);
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
 * Next year's report from last year's (core's nextYearFrom: 结转 and 现行有效 carried, every other
 * cell 0, the prose empty, and what could not be carried as a figure), with last year's 存在问题及改进
 * quoted as comments under the empty section: the author answers it in this year's text, and nothing
 * of it is copied into the report.
 */
function fromPreviousYear(
  read: ReadResult,
  file: string,
  given: { year: number | undefined; agency: string | undefined },
  locale: Locale,
): { text: string; findings: readonly CarryFinding[] } {
  const previous = read.report;
  const base = given.year !== undefined ? { ...read, report: { ...previous, year: given.year - 1 } } : read;
  const { report: next, findings } = nextYearFrom(base, locale);
  const report: Report = given.agency ? { ...next, agency: given.agency } : next;
  return {
    text: quotePreviousProblems(
      writeReportYaml(report, { header: [reportTitle(report), cliMessage("new.headerFrom", { file }, locale)] }),
      report,
      previous,
      cliMessage("new.previousProblems", {}, locale),
    ),
    findings,
  };
}

/** `file:line:column  severity  XY-CARRY  message`, pointing into last year's report, as `check` prints. */
function carryLines(file: string, read: ReadResult, findings: readonly CarryFinding[], locale: Locale): string {
  return findings
    .map((f) => {
      const at = read.lineIndex.position(f.range.start);
      return `${file}:${at.line + 1}:${at.character + 1}  ${cliMessage(`severity.${f.severity}`, {}, locale)}  ${f.code}  ${f.message}\n`;
    })
    .join("");
}
