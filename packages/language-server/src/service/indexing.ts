/**
 * Longest stretch the indexing runs without letting other events through, in milliseconds: an
 * edit of an open document waits at most this long (plus one file's reading) before it is checked.
 */
export const INDEX_SLICE_MS = 4;
/** Longest the indexing waits for the open documents' work before reading its next file. */
const MAX_WAIT_MS = 500;
/** Least time between two progress reports, so a fast scan does not flood the client. */
const PROGRESS_INTERVAL_MS = 100;

export interface IndexingHooks {
  /** True once a newer scan has started: this one stops. */
  cancelled(): boolean;
  /** True while the open documents have work waiting (a check, a request): indexing waits for it. */
  busy(): boolean;
  progress(done: number, total: number): void;
}

/**
 * Lets the messages already received through. Node's setImmediate runs right after them; a
 * browser or worker has none, and a zero timeout is the nearest it offers.
 */
export const yieldToEvents = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === "function" ? setImmediate(resolve) : void setTimeout(resolve, 0),
  );
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Indexes `files` one by one in slices of INDEX_SLICE_MS, yielding between slices so that
 * messages (edits, requests) are served while a large workspace is indexed, and waiting whenever
 * the open documents have work: an edit is checked before the next file is read. A file that
 * cannot be indexed is skipped.
 */
export async function indexFiles(
  files: readonly string[],
  indexOne: (file: string) => Promise<void>,
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
