/**
 * What `nianbao import` reads: one published report (a file, or standard input) or every report in
 * a folder, as text. Government sites still publish GB18030 pages, so text that is not valid UTF-8
 * is read as GB18030 when that decodes it cleanly.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { CliError, ioError } from "../errors.js";

/** The published shapes a folder is searched for. */
export const SOURCE_EXTENSIONS: readonly string[] = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"];

const skipFolder = (name: string): boolean => name === "node_modules" || name.startsWith(".");

/** Every published report in a folder (recursively), sorted so the summary is deterministic. */
export async function sourcesIn(dir: string, shown: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (abs: string, label: string) => {
    const entries = await readdir(abs, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      throw unreadable(label, err);
    });
    for (const e of entries) {
      const path = join(abs, e.name);
      if (e.isDirectory()) {
        if (!skipFolder(e.name)) await walk(path, join(label, e.name));
      } else if (SOURCE_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !/\.nianbao\.ya?ml$/i.test(e.name)) found.push(path);
    }
  };
  await walk(dir, shown);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function isFolder(input: string, cwd: string): Promise<boolean> {
  const info = await stat(resolve(cwd, input)).catch((err: NodeJS.ErrnoException) => {
    throw err.code === "ENOENT" || err.code === "ENOTDIR" ? ioError("error.notFound", { path: input }) : unreadable(input, err);
  });
  return info.isDirectory();
}

/**
 * The largest source read, in bytes. A published report is tens to hundreds of kilobytes as text
 * (PDFs with images a few megabytes); anything far larger is not a report, and reading it would
 * only cost memory. The size is checked before a byte is read.
 */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);

export async function readBytes(abs: string, shown: string): Promise<Uint8Array> {
  try {
    const max = extname(abs).toLowerCase() === ".pdf" ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
    const { size } = await stat(abs);
    if (size > max) throw ioError("error.importTooLarge", { path: shown, size: mib(size), max: mib(max) });
    return new Uint8Array(await readFile(abs));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
}

/** Everything on standard input, up to the size of the largest PDF read. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_PDF_BYTES) throw ioError("error.importTooLarge", { path: "-", size: `> ${mib(MAX_PDF_BYTES)}`, max: mib(MAX_PDF_BYTES) });
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Whether bytes that should be text (a web page, Markdown, a text export) are binary data: a NUL
 * byte, which no text encoding of a report contains, in the first 64 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-8 (BOM dropped); GB18030 when the bytes are not UTF-8 but are valid GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      // Neither decodes cleanly: keep what UTF-8 can read; the unreadable cells will be reported.
      return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    }
  }
}

export function isPdf(bytes: Uint8Array, name: string): boolean {
  if (extname(name).toLowerCase() === ".pdf") return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1").includes("%PDF-");
}

function unreadable(path: string, err: NodeJS.ErrnoException) {
  if (err.code === "EACCES" || err.code === "EPERM") return ioError("error.denied", { path });
  return ioError("error.unreadable", { path, reason: err.code ?? err.message });
}
