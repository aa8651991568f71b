import { extname, resolve } from "node:path";
import { checkRead, renderReportMarkdown, renderReportPage, unreadableParts, type Locale } from "@nianbao/core";
import { lastValue } from "../args.js";
import { RunConfigs } from "../check/config.js";
import { discoverReports, displayPath } from "../check/discover.js";
import { usageError } from "../errors.js";
import { cliMessage, errorLine } from "../messages/index.js";
import { writeOutputFile } from "../write-file.js";
import { readReportInput } from "./not-a-report.js";
import type { Command } from "./types.js";

const FORMATS = ["html", "docx", "md"] as const;
type RenderFormat = (typeof FORMATS)[number];

/** The format an output file's extension asks for. */
const BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".md": "md",
  ".markdown": "md",
};

/** `nianbao render <report> [--format html|docx|md] [-o file]` */
export const renderCommand: Command = {
  name: "render",
  help: "help.render",
  options: [
    { name: "format", takesValue: true, choices: FORMATS },
    { name: "output", short: "o", takesValue: true },
    { name: "force" },
  ],
  async run(args, ctx) {
    if (args.positionals.length === 0) throw usageError("error.noReportFile");
    if (args.positionals.length > 1) throw usageError("error.oneReportFile", { count: args.positionals.length });
    const input = args.positionals[0]!;
    const found = await discoverReports([input], ctx.cwd);
    // A folder names no single report: render one file at a time.
    if (found.length !== 1) throw usageError("error.oneReportFile", { count: found.length });
    const abs = found[0]!;
    const output = lastValue(args, "output");
    const format = outputFormat(lastValue(args, "format") as RenderFormat | undefined, output);

    const read = await readReportInput(abs, input, "error.renderNotReport", ctx.locale);
    // The report's nianbao.config.json counts its errors as `nianbao check` does (a rule it turns off
    // is no error here either); a config that cannot be used is said, and the defaults apply.
    const configs = new RunConfigs({ locale: ctx.locale }, lastValue(args, "locale") as Locale | undefined);
    const parsed = { report: read.report, findings: checkRead(read, configs.optionsOf(abs)) };
    for (const broken of configs.brokenConfigs(ctx.cwd))
      await ctx.stderr(errorLine("render.configInvalid", { config: broken.file }, ctx.locale));
    // The page is rendered even so: an author may want to see it, but must know it is not publishable.
    const errors = parsed.findings.filter((f) => f.severity === "error").length;
    if (errors > 0) await ctx.stderr(errorLine("render.withErrors", { file: input, count: errors }, ctx.locale));

    const target = output !== undefined ? resolve(ctx.cwd, output) : format === "docx" ? besideInput(abs) : null;
    // docx is a large library: loaded only when a DOCX is written.
    // Lines YAML could not read are shown marked where they stand, never dropped; the exit status says
    // the rendering is not the report as meant.
    const unreadable = unreadableParts(read);
    const body =
      format === "docx"
        ? await (await import("../render/docx.js")).renderReportDocx(parsed.report, { unreadable })
        : format === "md"
          ? renderReportMarkdown(parsed.report, { unreadable })
          : renderReportPage(parsed.report, { unreadable });
    const unreadableNote = async () => {
      if (!unreadable.length) return 0;
      const lines = unreadable.map((p) => (p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`)).join(", ");
      await ctx.stderr(errorLine("render.unreadable", { file: input, lines }, ctx.locale));
      return 1;
    };
    if (target === null) {
      await ctx.stdout(body as string);
      return unreadableNote();
    }
    const shown = displayPath(target, ctx.cwd);
    await writeOutputFile(target, body, { shown, force: args.flags.has("force"), inputs: [abs] });
    await ctx.stderr(`${cliMessage("output.written", { path: shown }, ctx.locale)}\n`);
    return unreadableNote();
  },
};

/** `--format` when given; else what the output file's extension says; else HTML. */
function outputFormat(given: RenderFormat | undefined, output: string | undefined): RenderFormat {
  if (given) return given;
  if (output === undefined) return "html";
  const byExtension = BY_EXTENSION[extname(output).toLowerCase()];
  if (!byExtension) throw usageError("error.renderFormatUnknown", { path: output });
  return byExtension;
}

/** `foo.nianbao.yaml` → `foo.docx` in the same folder. */
function besideInput(abs: string): string {
  return abs.replace(/(\.nianbao)?\.ya?ml$/i, "") + ".docx";
}
