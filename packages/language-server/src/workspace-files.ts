import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeBytes, DEFAULT_LIMITS } from "@nianbao/core";
import { matchesPatterns } from "./service/settings.js";

/** Folders never searched for reports. */
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", ".turbo"]);
/** Most files one workspace scan looks at, so a home directory opened by mistake cannot stall the server. */
export const MAX_SCANNED_FILES = 50_000;
/**
 * Largest file read, in bytes. UTF-8 takes at most three bytes per UTF-16 unit (GB18030 and UTF-16
 * fewer), so a larger file cannot fit within core's size limit and would only be refused after
 * being read whole.
 */
export const MAX_FILE_BYTES = DEFAULT_LIMITS.maxLength * 3;
/**
 * The text of a report file, or null when it is not a file, is too large or cannot be read. It is
 * decoded as the CLI decodes it (UTF-8, GB18030, UTF-16 with a BOM), so last year's report saved by
 * Windows or WPS pairs in the editor as it does in `nianbao check`; undecidable bytes give null.
 */
export async function loadReportText(uri: string): Promise<string | null> {
  if (!uri.startsWith("file:")) return null;
  try {
    const path = fileURLToPath(uri);
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return null;
    return decodeBytes(await readFile(path))?.text ?? null;
  } catch {
    return null;
  }
}

/** Every file under `folders` whose folder-relative path matches `patterns`, up to `max`. */
export async function findReportFiles(
  folders: readonly string[],
  patterns: readonly string[],
  max = MAX_SCANNED_FILES,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, root: string) => {
    if (files.length >= max) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(p, root);
      } else if (e.isFile() && matchesPatterns(relative(root, p), patterns)) files.push(p);
      if (files.length >= max) return;
    }
  };
  for (const f of folders) await walk(f, f);
  return files;
}
