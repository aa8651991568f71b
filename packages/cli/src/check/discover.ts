import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { ioError } from "../errors.js";
import { decodeUtf8 } from "./utf8.js";

const REPORT_NAME = /\.nianbao\.ya?ml$/i;

/** Folders never searched: dependencies and dot-folders (.git, .turbo, editor state). */
const skipFolder = (name: string): boolean => name === "node_modules" || name.startsWith(".");

/**
 * The report files named by the inputs, as absolute paths without duplicates. A file named
 * explicitly is taken whatever its name; a folder is searched for `*.nianbao.yaml|yml`.
 */
export async function discoverReports(inputs: readonly string[], cwd: string, progress?: FoundSoFar): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const info = await stat(abs).catch((err: NodeJS.ErrnoException) => {
      throw err.code === "ENOENT" || err.code === "ENOTDIR" ? ioError("error.notFound", { path: input }) : unreadable(input, err);
    });
    if (info.isDirectory()) walk(abs, input, found, progress);
    else found.add(abs);
  }
  return [...found];
}

/** Called once, as soon as `atLeast` reports have been found, while the search goes on. */
export interface FoundSoFar {
  readonly atLeast: number;
  readonly reached: () => void;
}

/**
 * Searches a folder, blocking: a supervising office's tree has thousands of folders, and a
 * synchronous listing costs a fraction of an asynchronous one each (no round trip through the
 * thread pool per folder), while nothing else is waiting for this thread yet.
 */
function walk(dir: string, shown: string, found: Set<string>, progress?: FoundSoFar): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
  for (const e of entries) {
    // `dir` is absolute and normalised and a name holds no separator: no need for path.join's work.
    const path = `${dir}${dir.endsWith(sep) ? "" : sep}${e.name}`;
    if (e.isDirectory()) {
      if (!skipFolder(e.name)) walk(path, join(shown, e.name), found, progress);
    } else if (REPORT_NAME.test(e.name)) {
      // A symlink is followed to a file only: following linked folders could loop forever.
      if (e.isFile() || (e.isSymbolicLink() && isFile(path))) {
        found.add(path);
        if (found.size === progress?.atLeast) progress.reached();
      }
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads a report as UTF-8. A leading BOM is dropped, as editors drop it from the text they show, so
 * the first line's columns match what the author sees.
 */
export async function readText(abs: string, shown: string): Promise<string> {
  try {
    return reportText(await readFile(abs));
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
}

/**
 * The same read, blocking: a worker thread reads its files one after another, and a blocking read
 * of a small file costs a fraction of an asynchronous one.
 */
export function readTextSync(abs: string, shown: string): string {
  try {
    return reportText(readFileSync(abs));
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
}

function reportText(bytes: Buffer): string {
  const text = decodeUtf8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
