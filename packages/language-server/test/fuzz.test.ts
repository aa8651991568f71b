import { describe, expect, it } from "vitest";
import { runFuzz } from "./support/fuzz-driver.js";

/**
 * The server under random edits (typing, deletions, pastes of garbage, of other reports and of
 * huge lines, whole-text replacements) interleaved with completion, hover, code-action,
 * inlay-hint, outline and folding requests, last year's file opened, closed and changed on disk.
 * CI runs this short version; `npm run fuzz` runs 10,000 operations or more (FUZZ_OPS, FUZZ_SEED).
 */
const operations = Number(process.env.FUZZ_OPS ?? 1_500);
const seed = Number(process.env.FUZZ_SEED ?? 20_261_126);
/** The test process holds the client, the server and vitest; a leak would cross this within the run. */
const HEAP_LIMIT_MIB = 512;

describe("fuzzing the language server", () => {
  it(
    `survives ${operations} random operations (seed ${seed})`,
    { timeout: Math.max(120_000, operations * 200) },
    async () => {
      console.log(
        `fuzz: seed ${seed}, ${operations} operations (FUZZ_SEED=${seed} FUZZ_OPS=${operations} reproduces the run)`,
      );
      const report = await runFuzz({ operations, seed, log: (line) => console.log(line) });
      console.log(
        `fuzz: ${report.edits} edits, ${report.requests} requests, ${report.diagnostics} diagnostics published; slowest answer ${report.slowestMs.toFixed(0)} ms (${report.slowest}); largest text ${report.largestText} chars; peak heap ${report.peakHeapMiB.toFixed(0)} MiB`,
      );
      expect(report.problems.slice(0, 20)).toEqual([]);
      expect(report.requests).toBeGreaterThan(operations / 3);
      expect(report.edits).toBeGreaterThan(operations / 3);
      expect(report.diagnostics).toBeGreaterThan(0);
      expect(report.peakHeapMiB).toBeLessThan(HEAP_LIMIT_MIB);
    },
  );
});
