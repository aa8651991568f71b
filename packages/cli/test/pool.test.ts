import { describe, expect, it, vi } from "vitest";

// Every V8 option the process is given goes through node:v8; the pool must use none of them.
vi.mock("node:v8", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:v8")>()),
  setFlagsFromString: vi.fn(),
}));

const { setFlagsFromString } = await import("node:v8");
const { WorkerPool } = await import("../src/check/pool.js");

/**
 * The worker pool runs on documented Node options only: an engine flag (V8's own, undocumented,
 * changed or dropped between Node releases) would make a future Node print an error on every batch.
 */
describe("worker pool", () => {
  it("sets no V8 flag", async () => {
    const pool = new WorkerPool(0, {});
    await pool.close();
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
