import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

export { buildYaml } from "@nianbao/test-support/build";

/** The bin as users run it: the bundle (scripts/bundle.mjs), which starts the bundled workers. */
export const BIN = fileURLToPath(new URL("../../bundle/bin.js", import.meta.url));

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `nianbao` in a folder, through pipes as a shell pipeline would. */
export function nianbao(args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const base = { ...process.env };
  delete base.LANG;
  // Colour follows these (output/colour.ts): a test sets them when it means to.
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding the given files (relative path → text). */
export function folderWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A `folderWith` whose folders are removed after each test of the file that calls this (at its top level). */
export function foldersRemovedAfterEach(): (files: Readonly<Record<string, string>>) => string {
  const folders: string[] = [];
  afterEach(() => {
    while (folders.length) removeFolder(folders.pop()!);
  });
  return (files) => {
    const dir = folderWith(files);
    folders.push(dir);
    return dir;
  };
}

/** The 0-based line and UTF-16 character of the first occurrence of `needle` after `after`. */
export function positionOf(text: string, needle: string, after = ""): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  if (from < 0 || offset < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before.at(-1)!.length };
}
