import { mkdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { importReport, type ImportResult, type Report } from "@nianbao/core";
import { lastValue, type ParsedArgs } from "../args.js";
import { displayPath } from "../check/discover.js";
import { importDocx, isDocx, isLegacyWord } from "../docx.js";
import { CliError, ioError, usageError } from "../errors.js";
import { cliMessage, errorLine } from "../messages/index.js";
import { importPdf } from "../pdf.js";
import { decodeSource, isFolder, isPdf, readBytes, readStdin, sourcesIn } from "./import-inputs.js";
import {
  contentKind,
  decodeFetched,
  DEFAULT_URL_MAX_MB,
  DEFAULT_URL_TIMEOUT_SECONDS,
  fetchSource,
  isUrl,
  readUrlList,
  type FetchOptions,
} from "./import-url.js";
import { writeOutputFile } from "../write-file.js";
import { findingLines, importJson, resultLine, summaryTable, type ImportedFile } from "./import-output.js";
import { hasCuts, previousAmong } from "./import-previous.js";
import type { Command, CommandContext } from "./types.js";

const FORMATS = ["yaml", "json"] as const;
const KINDS = ["tsv", "layout", "markdown", "html", "flattened", "pdf", "docx"] as const;
type Kind = (typeof KINDS)[number];
type Format = (typeof FORMATS)[number];

/** One source as read: its bytes, how messages name it, and for a link the Content-Type it was served with. */
interface Loaded {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
}

/** One source of a batch (a file of a folder, a link of a list), read when its turn comes. */
interface BatchSource {
  readonly file: string;
  /** The file read, never written over (none for a link). */
  readonly abs?: string;
  load(): Promise<Loaded>;
  /** The output's name without its suffix, once the report is read. */
  outputBase(result: ImportResult): string;
}

/**
 * `nianbao import <file|folder|link|->`: a published report (web-page text, pdftotext -layout,
 * Markdown, HTML, a CMS export, a PDF, a Word document, a link to any of them) into a
 * `*.nianbao.yaml` (or the JSON form of the model). A folder, or a list of links (`--urls`), is
 * imported one source at a time, with a summary. Findings go to standard error so the YAML can be piped.
 */
export const importCommand: Command = {
  name: "import",
  help: "help.import",
  options: [
    { name: "output", short: "o", takesValue: true },
    { name: "format", takesValue: true, choices: FORMATS },
    { name: "kind", takesValue: true, choices: KINDS },
    { name: "force" },
    { name: "urls", takesValue: true },
    { name: "timeout", takesValue: true },
    { name: "max-size", takesValue: true },
  ],
  async run(args, ctx) {
    const format = (lastValue(args, "format") ?? "yaml") as Format;
    const kind = lastValue(args, "kind") as Kind | undefined;
    const output = lastValue(args, "output");
    const force = args.flags.has("force");
    const fetching = fetchOptions(args);
    const urlList = lastValue(args, "urls");
    if (urlList !== undefined) {
      if (args.positionals.length > 0) throw usageError("error.importUrlsAndInput");
      const abs = resolve(ctx.cwd, urlList);
      const urls = await readUrlList(abs, displayPath(abs, ctx.cwd));
      return importBatch(
        urls.map((url) => urlSource(url, fetching)),
        output,
        format,
        kind,
        force,
        ctx,
      );
    }
    if (args.positionals.length === 0) throw usageError("error.importNoInput");
    if (args.positionals.length > 1) throw usageError("error.importOneInput", { count: args.positionals.length });
    const input = args.positionals[0]!;
    if (input !== "-" && !isUrl(input) && (await isFolder(input, ctx.cwd)))
      return importFolder(input, output, format, kind, force, ctx);

    const abs = input === "-" || isUrl(input) ? null : resolve(ctx.cwd, input);
    const file = abs === null ? input : displayPath(abs, ctx.cwd);
    const loaded: Loaded = isUrl(input)
      ? await urlSource(input, fetching).load()
      : { file, bytes: abs === null ? await readStdin() : await readBytes(abs, file) };
    const result = await importOne(loaded, kind, ctx);
    // The JSON is the account of the import and is always given; a YAML of no report is not written.
    const body =
      format === "json"
        ? `${JSON.stringify(importJson({ file, result }), null, 2)}\n`
        : result.reportFound
          ? result.yaml
          : null;
    if (body === null) await ctx.stderr(`${cliMessage("import.noReportNotWritten", { file }, ctx.locale)}\n`);
    else if (output === undefined) await ctx.stdout(body);
    else {
      const target = resolve(ctx.cwd, output);
      const shown = displayPath(target, ctx.cwd);
      await writeOutputFile(target, body, { shown, force, inputs: abs === null ? [] : [abs] });
      await ctx.stderr(`${cliMessage("output.written", { path: shown }, ctx.locale)}\n`);
    }
    await ctx.stderr(findingLines(file, result.findings, ctx.locale) + resultLine(file, result, ctx.locale));
    return result.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};

/** `--timeout <seconds>` and `--max-size <MB>` of links, with their defaults. */
function fetchOptions(args: ParsedArgs): FetchOptions {
  const positive = (option: string, fallback: number) => {
    const value = lastValue(args, option);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw usageError("error.importInvalidLimit", { option: `--${option}`, value });
    return n;
  };
  return {
    timeoutMs: positive("timeout", DEFAULT_URL_TIMEOUT_SECONDS) * 1000,
    maxBytes: Math.round(positive("max-size", DEFAULT_URL_MAX_MB) * 1024 * 1024),
  };
}

/**
 * A source by what it is: a Word 97–2003 or WPS file is refused with the way to convert it; a PDF
 * and a Word document by their readers; anything else as text, in the charset a link was served
 * with. A link's Content-Type settles its kind when it names one, and the link is the file named.
 */
async function importOne(
  { bytes, file, contentType }: Loaded,
  kind: Kind | undefined,
  ctx: CommandContext,
  previous: Report | null = null,
): Promise<ImportResult> {
  const served = contentType === undefined ? undefined : contentKind(contentType);
  if (served === "legacy" || isLegacyWord(bytes, file)) throw ioError("error.importLegacyWord", { path: file });
  const name = contentType === undefined ? basename(file) : file;
  if (kind === "pdf" || (kind === undefined && (served === "pdf" || isPdf(bytes, file))))
    return importPdf(bytes, { name: file, locale: ctx.locale, previous });
  if (kind === "docx" || (kind === undefined && (served === "docx" || (await isDocx(bytes, file)))))
    return importDocx(bytes, { name, locale: ctx.locale, previous });
  const text = contentType === undefined ? decodeSource(bytes, file) : decodeFetched(bytes, contentType, file);
  const textKind = kind ?? (served === "html" ? "html" : undefined);
  return importReport(text, {
    fileName: name,
    locale: ctx.locale,
    ...(textKind ? { kind: textKind } : {}),
    ...(previous ? { previous } : {}),
  });
}

/** A link: fetched when its turn comes, its output named after the report (agency and year) or the link's last segment. */
function urlSource(url: string, options: FetchOptions): BatchSource {
  return {
    file: url,
    load: async () => ({ file: url, ...(await fetchSource(url, options)) }),
    outputBase: (result) => {
      const { agency, year } = result.report;
      if (agency && year !== null) return safeName(`${agency}-${year}`);
      const last = new URL(url).pathname.split("/").filter(Boolean).at(-1);
      if (!last) return safeName(new URL(url).hostname);
      const decoded = safeDecode(last);
      return safeName(basename(decoded, extname(decoded)));
    },
  };
}

/** A path segment as written (`%E5%B9%B4%E6%8A%A5` → 年报); a malformed escape is kept as it is. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A name every file system takes: no separators, reserved characters or leading dots. */
// eslint-disable-next-line no-control-regex -- control characters are among what a file name may not hold
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, "-").replace(/^[.-]+/, "") || "report";

/** Every report of a folder (recursively), by its kind. */
async function importFolder(
  input: string,
  output: string | undefined,
  format: Format,
  kind: Kind | undefined,
  force: boolean,
  ctx: CommandContext,
): Promise<number> {
  const sources = await sourcesIn(resolve(ctx.cwd, input), input);
  if (sources.length === 0) throw ioError("error.importNoSources", { path: input });
  return importBatch(
    sources.map((abs) => {
      const file = displayPath(abs, ctx.cwd);
      return {
        file,
        abs,
        load: async () => ({ file, bytes: await readBytes(abs, file) }),
        outputBase: () => basename(abs, extname(abs)),
      };
    }),
    output,
    format,
    kind,
    force,
    ctx,
  );
}

/**
 * Every source of a folder or a list of links; with -o, each written into that folder as
 * <name>.nianbao.yaml (or .json). A file already there is the author's work (often the edited
 * result of an earlier import): it is skipped and listed, not replaced, unless --force. A source
 * that cannot be read (too large, binary, a broken PDF, a link that fails) is reported and counted,
 * and does not stop the others.
 */
async function importBatch(
  sources: readonly BatchSource[],
  output: string | undefined,
  format: Format,
  kind: Kind | undefined,
  force: boolean,
  ctx: CommandContext,
): Promise<number> {
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
  for (const source of sources) {
    const { file } = source;
    let result: ImportResult;
    try {
      const loaded = await source.load();
      result = await importOne(loaded, kind, ctx);
      // Rows left unread are ranked again with last year's report, when this run imported it.
      const previous = hasCuts(result) ? previousAmong(done, result.report) : null;
      if (previous) result = await importOne(loaded, kind, ctx, previous);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      unreadableFiles++;
      await ctx.stderr(errorLine(err.messageId, err.args, ctx.locale));
      continue;
    }
    done.push({ file, result });
    await ctx.stderr(findingLines(file, result.findings, ctx.locale));
    if (target && result.reportFound) {
      const path = join(target, outputName(source, result, format, names));
      const body = format === "json" ? `${JSON.stringify(importJson({ file, result }), null, 2)}\n` : result.yaml;
      try {
        await writeOutputFile(path, body, {
          shown: displayPath(path, ctx.cwd),
          force,
          inputs: source.abs ? [source.abs] : [],
        });
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
    if (unreadableFiles > 0)
      await ctx.stdout(`${cliMessage("import.summary.failed", { count: unreadableFiles }, ctx.locale)}\n`);
    if (skipped > 0) await ctx.stdout(`${cliMessage("import.summary.skipped", { count: skipped }, ctx.locale)}\n`);
    if (!target) await ctx.stdout(`${cliMessage("import.summary.notWritten", {}, ctx.locale)}\n`);
  }
  if (unreadableFiles > 0) return 2;
  return done.some((d) => d.result.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/**
 * `<name>.nianbao.yaml`; when two sources share a name (the .txt and the .pdf of one report), the
 * later keeps its extension (`<name>.pdf.nianbao.yaml`) so neither overwrites the other, then a number.
 */
function outputName(source: BatchSource, result: ImportResult, format: Format, taken: Set<string>): string {
  const suffix = `.nianbao.${format === "json" ? "json" : "yaml"}`;
  const full = source.abs ? basename(source.abs) : source.outputBase(result);
  let name = `${source.outputBase(result)}${suffix}`;
  if (taken.has(name.toLowerCase())) name = `${full}${suffix}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${full}.${n}${suffix}`;
  taken.add(name.toLowerCase());
  return name;
}
