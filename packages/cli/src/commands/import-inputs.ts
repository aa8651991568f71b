/**
 * What `nianbao import` reads: one published report (a file, or standard input) or every report in
 * a folder, as text. Government sites still publish GB18030 pages and Notepad saves UTF-16, so
 * text is decoded as core's `decodeBytes` decides (UTF-8, UTF-16 with a BOM, GB18030).
 */
import { stat } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
import { decodeBytes } from "@nianbao/core";
import { isReportFileName, walkFolder } from "@nianbao/core/node";
import { CliError, ioError } from "../errors.js";
import { readFileAtMost, readStreamAtMost } from "../read-bytes.js";

/**
 * The published shapes a folder is searched for. Word 97–2003 and WPS files are listed too, so the
 * summary names each one that must be saved as .docx rather than passing over it in silence.
 */
export const SOURCE_EXTENSIONS: readonly string[] = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".pdf",
  ".docx",
  ".doc",
  ".wps",
];

/** The owner file Word and WPS keep beside a document while it is open (`~$年报.docx`): a few bytes, no report. */
const isOfficeLock = (name: string): boolean => name.startsWith("~$");

const isSource = (name: string): boolean =>
  SOURCE_EXTENSIONS.includes(extname(name).toLowerCase()) && !isReportFileName(name) && !isOfficeLock(name);

/**
 * Every published report in a folder (recursively), sorted so the summary is deterministic. The
 * folder walker is core's (@nianbao/core/node), the one `check` and the language server use, so
 * the same folders are skipped. An entry that is no file (a dangling link) is listed too: reading
 * it then says why it was not imported.
 */
export async function sourcesIn(dir: string, shown: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of walkFolder(dir, isSource)) {
    if (entry.kind === "unlistable") throw unreadable(join(shown, relative(dir, entry.path)), entry.error);
    found.push(entry.path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function isFolder(input: string, cwd: string): Promise<boolean> {
  const info = await stat(resolve(cwd, input)).catch((err: NodeJS.ErrnoException) => {
    throw err.code === "ENOENT" || err.code === "ENOTDIR"
      ? ioError("error.notFound", { path: input })
      : unreadable(input, err);
  });
  return info.isDirectory();
}

/**
 * The largest source read, in bytes. A published report is tens to hundreds of kilobytes as text
 * (PDFs with images a few megabytes); anything far larger is not a report, and reading it would
 * only cost memory. A file's size is checked before a byte is read; a device or a pipe, whose size
 * is not known, is read up to the limit and no further.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);

export async function readBytes(abs: string, shown: string): Promise<Uint8Array> {
  try {
    // A Word document, like a PDF, may carry megabytes of pictures around a report of a few kilobytes.
    const max = [".pdf", ".docx"].includes(extname(abs).toLowerCase()) ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
    const bytes = await readFileAtMost(abs, max);
    if (bytes === null) {
      const { size } = await stat(abs);
      throw ioError("error.importTooLarge", {
        path: shown,
        size: size > max ? mib(size) : `> ${mib(max)}`,
        max: mib(max),
      });
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
}

/** Everything on standard input, up to the size of the largest PDF read. */
export async function readStdin(): Promise<Uint8Array> {
  const bytes = await readStreamAtMost(process.stdin, MAX_PDF_BYTES);
  if (bytes === null)
    throw ioError("error.importTooLarge", { path: "-", size: `> ${mib(MAX_PDF_BYTES)}`, max: mib(MAX_PDF_BYTES) });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The text of bytes that should be text (a web page, Markdown, a text export), as `decodeBytes`
 * reads them (BOM dropped). Binary data (a NUL byte outside UTF-16), or an encoding it cannot
 * decide, is an input error: guessing would import garbage.
 */
export function decodeSource(bytes: Uint8Array, shown: string): string {
  const decoded = decodeBytes(bytes);
  if (!decoded) throw ioError("error.importBinary", { path: shown });
  return decoded.text;
}

export function isPdf(bytes: Uint8Array, name: string): boolean {
  if (extname(name).toLowerCase() === ".pdf") return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024))
    .toString("latin1")
    .includes("%PDF-");
}

function unreadable(path: string, err: NodeJS.ErrnoException) {
  if (err.code === "EACCES" || err.code === "EPERM") return ioError("error.denied", { path });
  return ioError("error.unreadable", { path, reason: err.code ?? err.message });
}
