import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { fixtures, PUBLISHED, repoRoot, runOk, type PackedTarball } from "./support/packed.js";

interface PackJson {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

/**
 * Packs the three published packages exactly as `npm publish` would (their built dist/ and bundle/,
 * so turbo builds them first: this package depends on all three), then installs the tarballs into
 * an empty project in the system's temporary folder, far from the repository's node_modules. The
 * dependencies are the versions the repository installs, so npm takes them from its cache where it
 * has them (--prefer-offline) and asks the registry only for what it lacks (package metadata
 * after a bare `npm ci`, which caches tarballs only).
 */
export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), "nianbao-packed-"));
  const tarballDir = join(work, "tarballs");
  const consumer = join(work, "project");
  mkdirSync(tarballDir);
  mkdirSync(consumer);

  // --ignore-scripts: prepack would rebuild each package, which turbo has just done.
  const packOut = runOk(
    "npm",
    [
      "pack",
      "--ignore-scripts",
      "--json",
      "--pack-destination",
      tarballDir,
      ...Object.keys(PUBLISHED).flatMap((name) => ["--workspace", name]),
    ],
    { cwd: repoRoot },
  );
  const packed = JSON.parse(packOut) as PackJson[];
  const tarballs: PackedTarball[] = packed.map((p) => ({
    name: p.name,
    version: p.version,
    file: join(tarballDir, p.filename),
    dir: join(repoRoot, PUBLISHED[p.name as keyof typeof PUBLISHED]),
    files: p.files.map((f) => f.path).sort(),
  }));

  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "nianbao-consumer", version: "1.0.0", private: true, type: "module" }, null, 2),
  );
  cpSync(fixtures, consumer, { recursive: true });
  // The docs' examples read the repository's example report by a relative path.
  mkdirSync(join(consumer, "examples"));
  cpSync(
    join(repoRoot, "examples", "shilong-gongxinju-2023.nianbao.yaml"),
    join(consumer, "examples", "shilong-gongxinju-2023.nianbao.yaml"),
  );

  // @types/node at the repository's version (so it is in the cache), for the docs' examples.
  const typesNode = JSON.parse(readFileSync(join(repoRoot, "node_modules/@types/node/package.json"), "utf8")) as {
    version: string;
  };
  runOk(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      ...tarballs.map((t) => t.file),
      `@types/node@${typesNode.version}`,
    ],
    { cwd: consumer },
  );

  project.provide("packed", { project: consumer, tarballs });
  return () => rmSync(work, { recursive: true, force: true });
}
