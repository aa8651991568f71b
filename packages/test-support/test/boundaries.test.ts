import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Shared fixtures come from this package by name. A relative import that climbs out of one
 * workspace package into another one's folder (`../../core/test/support/build.js`) ties the tests
 * to the repository's layout and to files that package never meant to share. (Repository-level
 * scripts and scenarios, outside every package, are not another package's files.)
 */

const root = fileURLToPath(new URL("../../../", import.meta.url));
const workspaceDirs = ["packages", "apps"].flatMap((parent) =>
  readdirSync(join(root, parent), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, parent, d.name)),
);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", "bundle", "out"].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:[cm]?ts|[cm]?js)$/u.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

/** Every relative module specifier of a file (import, export … from, dynamic import). */
const relativeSpecifiers = (text: string) =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.\.?\/[^"']+)["']/gu)].map((m) => m[1]!);

describe("tests take shared fixtures from @nianbao/test-support", () => {
  const crossings: string[] = [];
  for (const pkg of workspaceDirs)
    for (const file of sourceFiles(pkg)) {
      for (const spec of relativeSpecifiers(readFileSync(file, "utf8"))) {
        const target = join(file, "..", spec);
        const owner = workspaceDirs.find((dir) => target.startsWith(dir + sep));
        if (owner && owner !== pkg)
          crossings.push(`${relative(root, file)} imports ${spec} (in ${relative(root, target)})`);
      }
    }

  it("scans the workspace packages' files", () => {
    expect(workspaceDirs.map((d) => relative(root, d))).toEqual(
      expect.arrayContaining(["packages/core", "packages/cli", "packages/language-server", "apps/vscode"]),
    );
  });

  it("has no relative import reaching into another package's folder", () => {
    expect(crossings).toEqual([]);
  });
});
