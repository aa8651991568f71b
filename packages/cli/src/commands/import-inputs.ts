/**
 * What `nianbao import` reads: one published report (a file, or standard input) or every report in
 * a folder, as text. Government sites still publish GB18030 pages, so text that is not valid UTF-8
 * is read as GB18030 when that decodes it cleanly.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { ioError } from "../errors.js";

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

export async function readBytes(abs: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(abs));
  } catch (err) {
    throw unreadable(shown, err as NodeJS.ErrnoException);
  }
}

/** Everything on standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
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
