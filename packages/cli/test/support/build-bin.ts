import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** Builds core and the CLI (`tsc -b` follows the project reference) and bundles the bin before any test spawns it. */
export default function setup(): void {
  const cli = fileURLToPath(new URL("../..", import.meta.url));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  // Type errors elsewhere in the tree do not stop tsc -b from emitting; only a missing bin is fatal.
  const run = spawnSync(process.execPath, [tsc, "-b"], { cwd: cli, encoding: "utf8" });
  if (!existsSync(fileURLToPath(new URL("../../dist/bin.js", import.meta.url))))
    throw new Error(`tsc -b did not produce dist/bin.js:\n${run.stdout}${run.stderr}`);
  const bundle = spawnSync(process.execPath, ["scripts/bundle.mjs"], { cwd: cli, encoding: "utf8" });
  if (bundle.status !== 0) throw new Error(`scripts/bundle.mjs failed:\n${bundle.stdout}${bundle.stderr}`);
}
