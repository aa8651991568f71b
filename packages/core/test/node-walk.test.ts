import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReportFileName, walkFolder, type WalkEntry } from "../src/node/index.js";

/** The one folder walker of the CLI and the language server, on a real tree with the awkward cases. */
describe("walkFolder", () => {
  let root: string;
  const put = (path: string, text = "格式: 2021\n") => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const walk = (from = root) =>
    [...walkFolder(from, isReportFileName)].map((e: WalkEntry) => ({
      ...e,
      path: relative(root, e.path),
    }));
  const files = () =>
    walk()
      .filter((e) => e.kind === "file")
      .map((e) => e.path)
      .sort();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "nianbao-walk-"));
    put("a.nianbao.yaml");
    put("b.nianbao.yml");
    put("UPPER.NIANBAO.YAML");
    put("notes.yaml");
    put("dist/copy.nianbao.yaml");
    put("city/2024/c.nianbao.yaml");
    put("node_modules/pkg/x.nianbao.yaml");
    put(".git/y.nianbao.yaml");
    put(".hidden/z.nianbao.yaml");
    mkdirSync(join(root, "loop"));
    // A link to a folder above: followed, it would never end.
    symlinkSync(root, join(root, "loop", "back"));
    symlinkSync(join(root, "a.nianbao.yaml"), join(root, "loop", "link.nianbao.yaml"));
    symlinkSync(join(root, "missing.nianbao.yaml"), join(root, "dangling.nianbao.yaml"));
    mkdirSync(join(root, "locked"));
    put("locked/secret.nianbao.yaml");
    chmodSync(join(root, "locked"), 0o000);
  });
  afterAll(() => {
    chmodSync(join(root, "locked"), 0o755);
    rmSync(root, { recursive: true, force: true });
  });

  it("finds reports in any case of the extension, dist/ included, and follows links to files", () => {
    const found = files();
    expect(found).toEqual(
      expect.arrayContaining([
        "a.nianbao.yaml",
        "b.nianbao.yml",
        "UPPER.NIANBAO.YAML",
        "dist/copy.nianbao.yaml",
        "city/2024/c.nianbao.yaml",
        "loop/link.nianbao.yaml",
      ]),
    );
    expect(found).not.toContain("notes.yaml");
  });

  it("skips node_modules and dot-folders", () => {
    const found = files();
    expect(found.filter((f) => f.startsWith("node_modules") || f.startsWith("."))).toEqual([]);
  });

  it("does not follow a link to a folder, so a link loop ends", () => {
    expect(files().filter((f) => f.startsWith("loop/back"))).toEqual([]);
  });

  it("reports a dangling link named like a report, and a folder it cannot list", () => {
    const odd = walk().filter((e) => e.kind !== "file");
    expect(odd).toContainEqual({ kind: "not-a-file", path: "dangling.nianbao.yaml", reason: "dangling" });
    // Root ignores permissions: then the locked folder is listed like any other.
    if (process.getuid?.() !== 0) expect(odd.map((e) => [e.kind, e.path])).toContainEqual(["unlistable", "locked"]);
  });

  it("reports the searched folder itself when it cannot be listed", () => {
    expect(walk(join(root, "nowhere")).map((e) => [e.kind, e.path])).toEqual([["unlistable", "nowhere"]]);
  });
});
