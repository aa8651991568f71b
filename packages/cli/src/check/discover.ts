import { stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { decodeBytes, DEFAULT_LIMITS, type TextEncoding } from "@nianbao/core";
import { isReportFileName, walkFolder } from "@nianbao/core/node";
import { CliError, ioError } from "../errors.js";
import { readFileAtMost, readFileAtMostSync, readStreamAtMost } from "../read-bytes.js";

/**
 * The report files named by the inputs, as absolute paths without duplicates. A file named
 * explicitly is taken whatever its name; a folder is searched for `*.nianbao.yaml|yml`.
 */
export async function discoverReports(
  inputs: readonly string[],
  cwd: string,
  progress?: FoundSoFar,
): Promise<string[]> {
  return (await discoverInputs(inputs, cwd, progress)).files;
}

/**
 * What a folder search cannot read, by absolute path: an entry named like a report that is a
 * dangling link or not a file (a pipe, a device), or a folder that cannot be listed. Each is
 * reported in its place while the rest is checked.
 */
export type Unreadable = ReadonlyMap<string, CliError>;

/**
 * The report files named by the inputs, those of them named on the command line (`named`: a
 * config's include and exclude do not apply to them), and what a folder search found but cannot read.
 */
export async function discoverInputs(
  inputs: readonly string[],
  cwd: string,
  progress?: FoundSoFar,
): Promise<{ files: string[]; named: ReadonlySet<string>; unreadable: Unreadable }> {
  const found = new Set<string>();
  const named = new Set<string>();
  const failed = new Map<string, CliError>();
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch((err: NodeJS.ErrnoException) => {
      throw err.code === "ENOENT" || err.code === "ENOTDIR"
        ? ioError("error.notFound", { path: input })
        : unreadable(input, err);
    });
    if (!info.isDirectory()) {
      found.add(abs);
      named.add(abs);
      continue;
    }
    const shown = (path: string) => join(input, relative(abs, path));
    // The one walker of core (@nianbao/core/node), shared with `import` and the language server.
    for (const entry of walkFolder(abs, isReportFileName)) {
      if (entry.kind === "file") {
        found.add(entry.path);
        if (found.size === progress?.atLeast) progress.reached();
      } else if (entry.kind === "unlistable") {
        const error = unreadable(shown(entry.path), entry.error);
        // A folder named on the command line that cannot be listed is the whole input: that stops the run.
        if (entry.path === abs) throw error;
        failed.set(entry.path, error);
      } else failed.set(entry.path, notReadable(entry.reason, shown(entry.path)));
    }
  }
  // A file also named on the command line is read as named (a pipe given explicitly is read).
  for (const abs of named) failed.delete(abs);
  return { files: [...found], named, unreadable: failed };
}

/** Called once, as soon as `atLeast` reports have been found, while the search goes on. */
export interface FoundSoFar {
  readonly atLeast: number;
  readonly reached: () => void;
}

/** Why an entry named like a report is not read: a pipe or a device, a dangling link, or an error. */
function notReadable(kind: "other" | "dangling" | NodeJS.ErrnoException, shown: string): CliError {
  if (kind === "other") return ioError("error.notAFile", { path: shown });
  return kind === "dangling" ? ioError("error.danglingLink", { path: shown }) : unreadable(shown, kind);
}

/** A report's text, and the encoding it was decoded from (FILE-ENCODING names any but UTF-8). */
export interface ReportText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * The most bytes a report may have: four per UTF-16 unit of the reader's size limit (no encoding
 * read here takes more), plus a BOM. A file within it is read, and the reader's YAML-LIMIT
 * reports a text over the limit; anything larger cannot be a report and is not read at all.
 */
export function maxReportBytes(maxLength: number = DEFAULT_LIMITS.maxLength): number {
  return maxLength * 4 + 4;
}

/**
 * Reads a report file, in any encoding `decodeBytes` decides (a leading BOM is dropped, as editors
 * drop it from the text they show, so the first line's columns match what the author sees).
 * Throws a CliError for a file that cannot be read, is over `maxBytes`, or is not decidable text.
 */
export async function readReportFile(abs: string, shown: string, maxBytes = maxReportBytes()): Promise<ReportText> {
  let bytes: Buffer | null;
  try {
    bytes = await readFileAtMost(abs, maxBytes);
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
  return reportText(bytes, shown, maxBytes);
}

/**
 * The same read, blocking: a worker thread reads its files one after another, and a blocking read
 * of a small file costs a fraction of an asynchronous one.
 */
export function readReportFileSync(abs: string, shown: string, maxBytes = maxReportBytes()): ReportText {
  let bytes: Buffer | null;
  try {
    bytes = readFileAtMostSync(abs, maxBytes);
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
  return reportText(bytes, shown, maxBytes);
}

/** A report on standard input (`check -`), with the same limit and decoding as a file. */
export async function readReportStdin(shown: string, maxBytes = maxReportBytes()): Promise<ReportText> {
  return reportText(await readStreamAtMost(process.stdin, maxBytes), shown, maxBytes);
}

function reportText(bytes: Buffer | null, shown: string, maxBytes: number): ReportText {
  if (bytes === null) throw ioError("error.tooLarge", { path: shown, max: (maxBytes / 1024 / 1024).toFixed(1) });
  const decoded = decodeBytes(bytes);
  if (!decoded) throw ioError("error.undecidable", { path: shown });
  return decoded;
}

/** How a file is named in the output: relative to the working folder when it lies below it. */
export function displayPath(abs: string, cwd: string): string {
  // A file below the working folder (the common case, ten thousand times in a batch) is the rest of its path.
  const prefix = cwd.endsWith(sep) ? cwd : `${cwd}${sep}`;
  const rel = abs.startsWith(prefix) && isAbsolute(cwd) ? abs.slice(prefix.length) : relative(cwd, abs);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? abs : rel;
}

function unreadable(path: string, err: NodeJS.ErrnoException) {
  if (err.code === "EACCES" || err.code === "EPERM") return ioError("error.denied", { path });
  return ioError("error.unreadable", { path, reason: err.code ?? err.message });
}
