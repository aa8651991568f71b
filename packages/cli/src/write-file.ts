/**
 * The one way the CLI writes a file (import, render, new): never over a file the user has unless
 * asked (`--force`), never over the file being read even then, and atomically, so an interrupted
 * run leaves either the old file or the whole new one, never half a report.
 */
import { randomBytes } from "node:crypto";
import { chmod, link, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, ioError } from "./errors.js";

export interface WriteOptions {
  /** How messages name the target (relative to the working folder when below it). */
  readonly shown: string;
  /** Replace an existing file. */
  readonly force: boolean;
  /** The files the command reads (absolute paths): never written over, even with force. */
  readonly inputs?: readonly string[];
}

/**
 * Writes `body` to `target` through a temporary file in the same folder, flushed to disk and then
 * renamed over the target (a rename within one file system is atomic). Throws a CliError:
 * `error.exists` when the target exists and force is off, `error.outputIsInput` when it is one of
 * the inputs, `error.cannotWrite` for anything the file system refuses. The temporary file never
 * outlives a failure.
 */
export async function writeOutputFile(target: string, body: string | Uint8Array, options: WriteOptions): Promise<void> {
  const { shown, force } = options;
  const existing = await stat(target, { bigint: true }).catch(() => null);
  if (existing) {
    for (const input of options.inputs ?? [])
      if (await sameFile(existing, target, input)) throw ioError("error.outputIsInput", { path: shown });
    if (!force) throw ioError("error.exists", { path: shown });
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(body);
      // Flushed before the rename: after a power cut the target is the old file or the new, whole.
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A replaced file keeps its permissions (a report may be shared with colleagues by group rights).
    if (existing) await chmod(temp, Number(existing.mode & 0o7777n)).catch(() => {});
    if (force) await rename(temp, target);
    else await placeNew(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => {});
    if (err instanceof CliError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EEXIST" && !force) throw ioError("error.exists", { path: shown });
    throw ioError("error.cannotWrite", { path: shown, reason: e.code ?? e.message });
  }
}

/**
 * Puts the temporary file at the target only if nothing is there: a hard link fails atomically
 * when the target exists (a file created since the check above is not replaced either). File
 * systems without hard links (FAT, some network shares) fall back to a check and a rename.
 */
async function placeNew(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS" && code !== "EMLINK")
      throw err;
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await rename(temp, target);
    return;
  }
  await unlink(temp);
}

/**
 * Whether an existing target is the input file itself: the same device and inode, so `./r.yaml`,
 * `r.yaml`, a symlink, a hard link and another letter case on a case-insensitive disk all count.
 */
async function sameFile(target: { dev: bigint; ino: bigint }, targetPath: string, input: string): Promise<boolean> {
  const info = await stat(input, { bigint: true }).catch(() => null);
  if (info === null) return false;
  if (info.ino !== 0n && target.ino !== 0n) return info.dev === target.dev && info.ino === target.ino;
  // A file system without inode numbers: the real paths, links resolved, are compared instead.
  const [a, b] = await Promise.all([realpath(input), realpath(targetPath)]).catch(() => [input, targetPath]);
  return a === b;
}
