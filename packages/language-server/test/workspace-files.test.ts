import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILE_PATTERNS } from "../src/service/settings.js";
import { findReportFiles } from "../src/workspace-files.js";
import { indexFiles } from "../src/service/indexing.js";

describe("finding the workspace's reports", () => {
  it("matches the file patterns and skips dependency and hidden folders", async () => {
    const root = mkdtempSync(join(tmpdir(), "nianbao-find-"));
    for (const d of ["2023", "node_modules/x", ".git", "dist", "a/b"]) mkdirSync(join(root, d), { recursive: true });
    for (const f of [
      "2023/r.nianbao.yaml",
      "a/b/s.nianbao.yml",
      "a/other.yaml",
      "node_modules/x/n.nianbao.yaml",
      ".git/g.nianbao.yaml",
      "dist/d.nianbao.yaml",
    ])
      writeFileSync(join(root, f), "");
    const found = (await findReportFiles([root], DEFAULT_FILE_PATTERNS))
      .map((p) => p.slice(root.length + 1).replace(/\\/g, "/"))
      .sort();
    expect(found).toEqual(["2023/r.nianbao.yaml", "a/b/s.nianbao.yml"]);
    expect(await findReportFiles([root], DEFAULT_FILE_PATTERNS, 1)).toHaveLength(1);
  });
});

describe("indexing in the background", () => {
  const files = Array.from({ length: 50 }, (_, i) => `f${i}`);

  it("indexes every file in order, skipping failures, and reports progress up to the total", async () => {
    const seen: string[] = [];
    const progress: [number, number][] = [];
    await indexFiles(
      files,
      async (f) => {
        if (f === "f3") throw new Error("unreadable");
        seen.push(f);
      },
      { cancelled: () => false, busy: () => false, progress: (d, t) => progress.push([d, t]) },
    );
    expect(seen).toEqual(files.filter((f) => f !== "f3"));
    expect(progress.at(-1)).toEqual([50, 50]);
  });

  it("stops when a newer scan starts", async () => {
    const seen: string[] = [];
    await indexFiles(files, async (f) => void seen.push(f), {
      cancelled: () => seen.length >= 10,
      busy: () => false,
      progress: () => {},
    });
    expect(seen).toHaveLength(10);
  });

  it("waits while the open documents have work, but not for ever", async () => {
    let busyUntil = performance.now() + 50;
    const started: number[] = [];
    const t0 = performance.now();
    await indexFiles(["a"], async () => void started.push(performance.now() - t0), {
      cancelled: () => false,
      busy: () => performance.now() < busyUntil,
      progress: () => {},
    });
    expect(started[0]).toBeGreaterThanOrEqual(45);
    busyUntil = Infinity;
    const t1 = performance.now();
    await indexFiles(["b"], async () => {}, { cancelled: () => false, busy: () => true, progress: () => {} });
    expect(performance.now() - t1).toBeLessThan(5_000);
    expect(performance.now() - t1).toBeGreaterThanOrEqual(450);
  });
});
