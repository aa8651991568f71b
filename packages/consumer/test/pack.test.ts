import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PUBLISHED, repoRoot } from "./support/packed.js";

/**
 * What is in each tarball and what its package.json promises: every file a manifest points to is
 * there, nothing that belongs to the repository (tests, build caches, maps into missing sources)
 * is, and each dependency resolves in the project the tarballs were installed into.
 */

const { project, tarballs } = inject("packed");

interface Manifest {
  name: string;
  version: string;
  license?: string;
  type?: string;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  engines?: Record<string, string>;
  repository?: { type: string; url: string; directory: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
const installedDir = (name: string) => join(project, "node_modules", name);
const manifestOf = (name: string) =>
  JSON.parse(readFileSync(join(installedDir(name), "package.json"), "utf8")) as Manifest;

/** Every file a manifest names: main, types, bin and each condition of each export. */
function manifestTargets(m: Manifest): string[] {
  const targets: string[] = [];
  if (m.main) targets.push(m.main);
  if (m.types) targets.push(m.types);
  targets.push(...Object.values(m.bin ?? {}));
  for (const value of Object.values(m.exports ?? {}))
    targets.push(...(typeof value === "string" ? [value] : Object.values(value)));
  return [...new Set(targets.map((t) => t.replace(/^\.\//u, "")))];
}

it("packs the three published packages", () => {
  expect(tarballs.map((t) => t.name).sort()).toEqual(Object.keys(PUBLISHED).sort());
});

describe.each(tarballs.map((t) => [t.name, t] as const))("%s", (name, tarball) => {
  const manifest = manifestOf(name);
  const files = new Set(tarball.files);

  it("installs exactly the tarball's files", () => {
    expect(realpathSync(installedDir(name)).startsWith(realpathSync(project))).toBe(true);
    for (const file of tarball.files) expect(existsSync(join(installedDir(name), file)), file).toBe(true);
  });

  it("holds a README, the MIT LICENSE and a CHANGELOG", () => {
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(installedDir(name), "LICENSE"), "utf8")).toMatch(/^MIT License\n/u);
    const readme = readFileSync(join(installedDir(name), "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`^# ${name.replace("/", "\\/")}\\n`, "u"));
    // 中文 first, then English, as every document of the project.
    expect(readme.search(/\p{Script=Han}/u)).toBeLessThan(readme.search(/\b(?:the|The)\b/u));
    expect(readFileSync(join(installedDir(name), "CHANGELOG.md"), "utf8")).toContain(`## ${manifest.version}`);
  });

  it("leaves out tests, build caches and repository files", () => {
    const unwanted = tarball.files.filter((f) =>
      /(?:^|\/)(?:test|tests|__tests__|fixtures|node_modules|\.turbo)\/|\.tsbuildinfo$|\.test\.[cm]?[jt]s$|(?:^|\/)(?:tsconfig|vitest\.config)[^/]*$|^scripts\//u.test(
        f,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it("has every file its package.json points to", () => {
    const targets = manifestTargets(manifest);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(files.has(target), `${target} is not in the tarball`).toBe(true);
  });

  it("has source maps that point to files in the tarball", () => {
    let maps = 0;
    for (const file of tarball.files.filter((f) => /\.[cm]?js$|\.d\.ts$/u.test(f))) {
      const text = readFileSync(join(installedDir(name), file), "utf8");
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/u.exec(text)?.[1];
      if (!url) continue;
      const map = join(dirname(file), url);
      expect(files.has(map), `${file} names the map ${map}, not in the tarball`).toBe(true);
      const { sources } = JSON.parse(readFileSync(join(installedDir(name), map), "utf8")) as { sources: string[] };
      for (const source of sources) {
        const path = relative(".", join(dirname(map), source));
        // A map to a missing source is most often a stale output of a deleted source file, which
        // `tsc -b` leaves in dist/ (prepack builds from a clean dist/ for that reason).
        expect(files.has(path), `${map} maps to ${path}, not in the tarball (stale build output?)`).toBe(true);
      }
      maps++;
    }
    expect(maps).toBeGreaterThan(0);
  });

  it("declares its repository folder, Node version and module type", () => {
    expect(manifest.repository).toMatchObject({ type: "git", directory: PUBLISHED[name as keyof typeof PUBLISHED] });
    expect(manifest.repository!.url).toMatch(/^git\+https:\/\/\S+\.git$/u);
    expect(manifest.engines).toEqual({ node: rootManifest.engines.node });
    expect(manifest.type).toBe("module");
  });

  it("starts each bin with a node shebang", () => {
    for (const bin of Object.values(manifest.bin ?? {}))
      expect(readFileSync(join(installedDir(name), bin), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/u);
  });

  it("depends on published packages only, each resolved in the project at its pinned version", () => {
    const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const [dep, range] of Object.entries(deps)) {
      // A private workspace package cannot be installed from the registry.
      expect(dep).not.toBe("@nianbao/test-support");
      expect(range, `${dep} is pinned to an exact version`).toMatch(/^\d+\.\d+\.\d+$/u);
      // Hoisted beside the package, or nested under it when two versions were needed.
      const at = [join(installedDir(name), "node_modules", dep), join(project, "node_modules", dep)].find((d) =>
        existsSync(join(d, "package.json")),
      );
      expect(at, `${dep} is not installed`).toBeDefined();
      expect((JSON.parse(readFileSync(join(at!, "package.json"), "utf8")) as Manifest).version).toBe(range);
    }
  });

  it("depends on the @nianbao/core packed with it, one copy for the whole project", () => {
    const core = manifest.dependencies?.["@nianbao/core"];
    if (name === "@nianbao/core") return;
    expect(core).toBe(tarballs.find((t) => t.name === "@nianbao/core")!.version);
    expect(existsSync(join(installedDir(name), "node_modules", "@nianbao", "core"))).toBe(false);
  });
});
