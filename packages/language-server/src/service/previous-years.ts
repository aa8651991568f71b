import { readReport, type ReadResult } from "@nianbao/core";

/** Reads a report file's text, or null when it cannot be read (gone, too large, not a file). */
export type TextLoader = (uri: string) => Promise<string | null>;

/**
 * The whole reads of the files that open documents are checked against (their previous years),
 * and of no others: the workspace index keeps only summaries. A read is made on first use and
 * kept until the file changes or no open document needs it any more.
 */
export class PreviousYears {
  private readonly reads = new Map<string, Promise<ReadResult | null>>();

  constructor(private readonly load: TextLoader) {}

  /** The read of `uri`, from memory or from its file. Concurrent callers share one read. */
  get(uri: string): Promise<ReadResult | null> {
    let hit = this.reads.get(uri);
    if (!hit) {
      hit = this.load(uri).then(
        (text) => (text === null ? null : readReport(text)),
        () => null,
      );
      this.reads.set(uri, hit);
      // A failed read is not remembered: the file may be readable on the next attempt.
      void hit.then((read) => {
        if (read === null && this.reads.get(uri) === hit) this.reads.delete(uri);
      });
    }
    return hit;
  }

  /** The file changed on disk: the next use reads it again. */
  invalidate(uri: string): void {
    this.reads.delete(uri);
  }

  /** Keeps the reads of `needed` only. */
  retain(needed: ReadonlySet<string>): void {
    for (const uri of [...this.reads.keys()]) if (!needed.has(uri)) this.reads.delete(uri);
  }

  /** How many reads are held (for tests and the memory guarantee). */
  get size(): number {
    return this.reads.size;
  }
}
