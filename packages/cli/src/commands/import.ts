import { mkdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { importReport, type ImportResult, type Report } from "@nianbao/core";
import { lastValue } from "../args.js";
import { displayPath } from "../check/discover.js";
import { CliError, ioError, usageError } from "../errors.js";
import { cliMessage } from "../messages/index.js";
import { importPdf } from "../pdf.js";
import { decodeSource, isFolder, isPdf, readBytes, readStdin, sourcesIn } from "./import-inputs.js";
import { writeOutputFile } from "../write-file.js";
import { findingLines, importJson, resultLine, summaryTable, type ImportedFile } from "./import-output.js";
import { hasCuts, previousAmong } from "./import-previous.js";
import type { Command, CommandContext } from "./types.js";

const FORMATS = ["yaml", "json"] as const;
const KINDS = ["tsv", "layout", "markdown", "html", "flattened", "pdf"] as const;
type Kind = (typeof KINDS)[number];

/**
 * `nianbao import <file|folder|->`: a published report (web-page text, pdftotext -layout, Markdown,
 * HTML, a CMS export, a PDF) into a `*.nianbao.yaml` (or the JSON form of the model). A folder is
 * imported file by file, with a summary. Findings go to standard error so the YAML can be piped.
 */
export const importCommand: Command = {
  name: "import",
  help: "help.import",
  options: [
    { name: "output", short: "o", takesValue: true },
    { name: "format", takesValue: true, choices: FORMATS },
    { name: "kind", takesValue: true, choices: KINDS },
    { name: "force" },
  ],
  async run(args, ctx) {
    if (args.positionals.length === 0) throw usageError("error.importNoInput");
    if (args.positionals.length > 1) throw usageError("error.importOneInput", { count: args.positionals.length });
    const input = args.positionals[0]!;
    const format = (lastValue(args, "format") ?? "yaml") as (typeof FORMATS)[number];
    const kind = lastValue(args, "kind") as Kind | undefined;
    const output = lastValue(args, "output");
    const force = args.flags.has("force");
    if (input !== "-" && (await isFolder(input, ctx.cwd))) return importFolder(input, output, format, kind, force, ctx);

    const file = input === "-" ? "-" : displayPath(resolve(ctx.cwd, input), ctx.cwd);
    const bytes = input === "-" ? await readStdin() : await readBytes(resolve(ctx.cwd, input), file);
    const result = await importOne(bytes, file, kind, ctx);
    // The JSON is the account of the import and is always given; a YAML of no report is not written.
    const body = format === "json" ? `${JSON.stringify(importJson({ file, result }), null, 2)}\n` : result.reportFound ? result.yaml : null;
    if (body === null) await ctx.stderr(`${cliMessage("import.noReportNotWritten", { file }, ctx.locale)}\n`);
    else if (output === undefined) await ctx.stdout(body);
    else {
      const target = resolve(ctx.cwd, output);
      const shown = displayPath(target, ctx.cwd);
      await writeOutputFile(target, body, { shown, force, inputs: input === "-" ? [] : [resolve(ctx.cwd, input)] });
      await ctx.stderr(`${cliMessage("import.written", { path: shown }, ctx.locale)}\n`);
    }
    await ctx.stderr(findingLines(file, result.findings, ctx.locale) + resultLine(file, result, ctx.locale));
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};

async function importOne(bytes: Uint8Array, file: string, kind: Kind | undefined, ctx: CommandContext, previous: Report | null = null): Promise<ImportResult> {
  if (kind === "pdf" || (kind === undefined && isPdf(bytes, file))) return importPdf(bytes, { name: file, locale: ctx.locale });
  return importReport(decodeSource(bytes, file), { fileName: basename(file), locale: ctx.locale, ...(kind ? { kind } : {}), ...(previous ? { previous } : {}) });
}

/**
 * Every report of a folder; with -o, each written into that folder as <name>.nianbao.yaml (or .json).
 * A file already there is the author's work (often the edited result of an earlier import): it is
 * skipped and listed, not replaced, unless --force.
 */
async function importFolder(input: string, output: string | undefined, format: (typeof FORMATS)[number], kind: Kind | undefined, force: boolean, ctx: CommandContext): Promise<number> {
  const dir = resolve(ctx.cwd, input);
  const sources = await sourcesIn(dir, input);
  if (sources.length === 0) throw ioError("error.importNoSources", { path: input });
  const target = output === undefined ? null : resolve(ctx.cwd, output);
  if (target) {
    const info = await stat(target).catch(() => null);
    if (info && !info.isDirectory()) throw usageError("error.importOutputFolder", { path: output! });
    await mkdir(target, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      throw ioError("error.cannotWrite", { path: output!, reason: err.code ?? err.message });
    });
  }
  const done: ImportedFile[] = [];
  const names = new Set<string>();
  // One at a time: a supervising office may import hundreds of reports, PDFs among them.
  let unreadableFiles = 0;
  let skipped = 0;
  for (const abs of sources) {
    const file = displayPath(abs, ctx.cwd);
    let result: ImportResult;
    try {
      const bytes = await readBytes(abs, file);
      result = await importOne(bytes, file, kind, ctx);
      // Rows left unread are ranked again with last year's report, when this run imported it.
      const previous = hasCuts(result) ? previousAmong(done, result.report) : null;
      if (previous) result = await importOne(bytes, file, kind, ctx, previous);
    } catch (err) {
      // One file that cannot be read (too large, binary, a broken PDF) does not stop the others.
      if (!(err instanceof CliError)) throw err;
      unreadableFiles++;
      await ctx.stderr(`${cliMessage("error.prefix", { message: cliMessage(err.messageId, err.args, ctx.locale) }, ctx.locale)}\n`);
      continue;
    }
    done.push({ file, result });
    await ctx.stderr(findingLines(file, result.findings, ctx.locale));
    if (target && result.reportFound) {
      const path = join(target, outputName(abs, format, names));
      const body = format === "json" ? `${JSON.stringify(importJson({ file, result }), null, 2)}\n` : result.yaml;
      try {
        await writeOutputFile(path, body, { shown: displayPath(path, ctx.cwd), force, inputs: [abs] });
      } catch (err) {
        if (!(err instanceof CliError) || err.messageId !== "error.exists") throw err;
        skipped++;
        await ctx.stderr(`${cliMessage("import.skipped", { path: displayPath(path, ctx.cwd) }, ctx.locale)}\n`);
      }
    }
  }
  if (format === "json" && !target) await ctx.stdout(`${JSON.stringify(done.map(importJson), null, 2)}\n`);
  else {
    await ctx.stdout(summaryTable(done, ctx.locale));
    if (skipped > 0) await ctx.stdout(`${cliMessage("import.summary.skipped", { count: skipped }, ctx.locale)}\n`);
    if (!target) await ctx.stdout(`${cliMessage("import.summary.notWritten", {}, ctx.locale)}\n`);
  }
  if (unreadableFiles > 0) return 2;
  return done.some((d) => d.result.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/**
 * `<name>.nianbao.yaml`; when two sources share a name (the .txt and the .pdf of one report), the
 * later keeps its extension (`<name>.pdf.nianbao.yaml`) so neither overwrites the other.
 */
function outputName(abs: string, format: (typeof FORMATS)[number], taken: Set<string>): string {
  const suffix = `.nianbao.${format === "json" ? "json" : "yaml"}`;
  const base = basename(abs, extname(abs));
  let name = `${base}${suffix}`;
  if (taken.has(name.toLowerCase())) name = `${basename(abs)}${suffix}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${basename(abs)}.${n}${suffix}`;
  taken.add(name.toLowerCase());
  return name;
}
