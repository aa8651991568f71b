import { readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeBytes, DEFAULT_LIMITS } from "@nianbao/core";
import { walkFolder } from "@nianbao/core/node";
import { INDEX_SLICE_MS, yieldToEvents } from "./service/indexing.js";
import { patternMatcher } from "./service/settings.js";
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

/**
 * Every file under `folders` whose folder-relative path matches `patterns`, up to `max` (the
 * service then applies nianbao.config.json's include and exclude). The folders are searched by
 * core's one walker (@nianbao/core/node), as `nianbao check` searches them: the same folders are
 * skipped, links to folders are not followed. The search gives way to other events every few
 * milliseconds, so a large workspace does not hold up the first edits.
 */
export async function findReportFiles(
  folders: readonly string[],
  patterns: readonly string[],
  max = MAX_SCANNED_FILES,
): Promise<string[]> {
  const files: string[] = [];
  const matches = patternMatcher(patterns);
  let sliceStart = performance.now();
  for (const root of folders)
    for (const entry of walkFolder(root, () => true)) {
      if (files.length >= max) return files;
      if (entry.kind === "file" && matches(relative(root, entry.path))) files.push(entry.path);
      if (performance.now() - sliceStart >= INDEX_SLICE_MS) {
        await yieldToEvents();
        sliceStart = performance.now();
      }
    }
  return files;
}
