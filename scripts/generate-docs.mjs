#!/usr/bin/env node
// Writes the generated documents (docs/rules.md, docs/file-format.md) from the rule registry, the
// message catalogues and the form description of @nianbao/core, so they never drift from the code.
//   node scripts/generate-docs.mjs           write them (needs packages/core/dist: `npm run docs` builds it)
//   node scripts/generate-docs.mjs --check   exit 1 if a committed file differs from what would be written
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { renderFileFormat } from "./docs/file-format.mjs";
import { renderRules } from "./docs/rules.mjs";

export const ROOT = join(import.meta.dirname, "..");

/** Every generated document, path (relative to the repository) → text, and what to warn about. */
export function renderDocs(core) {
  const rules = renderRules(core);
  return {
    files: { "docs/rules.md": rules.text, "docs/file-format.md": renderFileFormat(core) },
    warnings: rules.warnings,
  };
}

async function main() {
  const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
  const { files, warnings } = renderDocs(core);
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    const file = join(ROOT, path);
    let current = null;
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // A missing file is simply stale.
    }
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${path} is stale: run \`npm run docs\``);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  for (const w of warnings) console.warn(`warning: ${w}`);
  process.exitCode = stale ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
