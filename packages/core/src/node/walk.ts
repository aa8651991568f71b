import { readdirSync, statSync, type Dirent } from "node:fs";
import { sep } from "node:path";

/** A report file's name: `*.nianbao.yaml` or `*.nianbao.yml`, in any case (Windows saves `.NIANBAO.YAML` too). */
export const isReportFileName = (name: string): boolean => /\.nianbao\.ya?ml$/iu.test(name);

/**
 * Folders a search never enters: dependencies and dot-folders (.git, .turbo, .vscode, editor
 * state). Nothing else is skipped by name, `dist/` included: a folder of reports may be called
 * anything, and a project that keeps copies somewhere says so with `exclude` in nianbao.config.json.
 */
export const skipsFolder = (name: string): boolean => name === "node_modules" || name.startsWith(".");

/** What a folder search meets. */
export type WalkEntry =
  /** A wanted file (or a link to one). */
  | { readonly kind: "file"; readonly path: string }
  /** A folder that cannot be listed (the searched folder itself included). */
  | { readonly kind: "unlistable"; readonly path: string; readonly error: NodeJS.ErrnoException }
  /** An entry with a wanted name that is not a file: a pipe or device, a dangling link, or a link that cannot be followed. */
  | {
      readonly kind: "not-a-file";
      readonly path: string;
      readonly reason: "other" | "dangling" | NodeJS.ErrnoException;
    };

/**
 * Searches a folder and the folders below it for the files `wanted` accepts by name: the one folder
 * walker of `nianbao check`, `nianbao import` and the language server's workspace scan, so that all
 * three find the same files. Links to files are followed; links to folders are not, so a link loop
 * cannot make a search endless. Entries come in listing order, folder by folder, as they are found:
 * the caller may stop at any point (the server stops at its limit) or pause between entries.
 *
 * The listing is blocking: a supervising office's tree has thousands of folders, and a synchronous
 * listing costs a fraction of an asynchronous one each (no round trip through the thread pool).
 */
export function* walkFolder(root: string, wanted: (name: string) => boolean): Generator<WalkEntry, void, undefined> {
  const pending: string[] = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      yield { kind: "unlistable", path: dir, error: err as NodeJS.ErrnoException };
      continue;
    }
    const below: string[] = [];
    for (const e of entries) {
      // A name holds no separator: no need for path.join's work, ten thousand times in a batch.
      const path = `${dir}${dir.endsWith(sep) ? "" : sep}${e.name}`;
      if (e.isDirectory()) {
        if (!skipsFolder(e.name)) below.push(path);
      } else if (wanted(e.name)) {
        const kind = e.isFile() ? "file" : e.isSymbolicLink() ? linkTarget(path) : "other";
        if (kind === "file") yield { kind: "file", path };
        else if (kind !== "folder") yield { kind: "not-a-file", path, reason: kind };
      }
    }
    // Depth first, in listing order.
    for (let i = below.length - 1; i >= 0; i--) pending.push(below[i]!);
  }
}

/** What a symlink leads to; "other" for a pipe or a device, which a folder search does not open. */
function linkTarget(path: string): "file" | "folder" | "other" | "dangling" | NodeJS.ErrnoException {
  try {
    const info = statSync(path);
    return info.isFile() ? "file" : info.isDirectory() ? "folder" : "other";
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === "ENOENT" || e.code === "ENOTDIR" ? "dangling" : e;
  }
}
