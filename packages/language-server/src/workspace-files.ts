import { readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeBytes, DEFAULT_LIMITS } from "@nianbao/core";
import { walkFolder } from "@nianbao/core/node";
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
 * Longest stretch the indexing runs without letting other events through, in milliseconds: an
 * edit of an open document waits at most this long (plus one file's reading) before it is checked.
 */
export const INDEX_SLICE_MS = 4;
/** Longest the indexing waits for the open documents' work before reading its next file. */
const MAX_WAIT_MS = 500;
/** Least time between two progress reports, so a fast scan does not flood the client. */
const PROGRESS_INTERVAL_MS = 100;

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
 * Every file under `folders` whose folder-relative path matches `patterns` and that `included`
 * keeps (nianbao.config.json's include and exclude), up to `max`. The folders are searched by
 * core's one walker (@nianbao/core/node), as `nianbao check` searches them: the same folders are
 * skipped, links to folders are not followed. The search gives way to other events every few
 * milliseconds, so a large workspace does not hold up the first edits.
 */
export async function findReportFiles(
  folders: readonly string[],
  patterns: readonly string[],
  max = MAX_SCANNED_FILES,
  included: (path: string) => boolean = () => true,
): Promise<string[]> {
  const files: string[] = [];
  const matches = patternMatcher(patterns);
  let sliceStart = performance.now();
  for (const root of folders)
    for (const entry of walkFolder(root, () => true)) {
      if (files.length >= max) return files;
      if (entry.kind === "file" && matches(relative(root, entry.path)) && included(entry.path)) files.push(entry.path);
      if (performance.now() - sliceStart >= INDEX_SLICE_MS) {
        await yieldToEvents();
        sliceStart = performance.now();
      }
    }
  return files;
}

export interface IndexingHooks {
  /** True once a newer scan has started: this one stops. */
  cancelled(): boolean;
  /** True while the open documents have work waiting (a check, a request): indexing waits for it. */
  busy(): boolean;
  progress(done: number, total: number): void;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Indexes `files` one by one in slices of INDEX_SLICE_MS, yielding between slices so that
 * messages (edits, requests) are served while a large workspace is indexed, and waiting whenever
 * the open documents have work: an edit is checked before the next file is read. A file that
 * cannot be indexed is skipped.
 */
export async function indexFiles(
  files: readonly string[],
  indexOne: (path: string) => Promise<void>,
  hooks: IndexingHooks,
): Promise<void> {
  let sliceStart = performance.now();
  let lastReport = sliceStart;
  for (let i = 0; i < files.length; i++) {
    // Bounded: a check stuck on a slow disk must not stop the indexing for good.
    for (const until = performance.now() + MAX_WAIT_MS; hooks.busy() && performance.now() < until;) await pause(1);
    if (hooks.cancelled()) return;
    try {
      await indexOne(files[i]!);
    } catch {
      // An unreadable file is simply not indexed.
    }
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      hooks.progress(i + 1, files.length);
      lastReport = now;
    }
    if (now - sliceStart >= INDEX_SLICE_MS) {
      await yieldToEvents();
      sliceStart = performance.now();
    }
  }
  hooks.progress(files.length, files.length);
}
