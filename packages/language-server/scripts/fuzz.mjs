// The long fuzz run of the language server (`npm run fuzz` at the root): test/fuzz.test.ts with
// 10,000 operations unless told otherwise. The seed is printed; the same seed replays the run.
//
// Usage: node scripts/fuzz.mjs [--ops N] [--seed S]   (needs @nianbao/core built)
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const ops = Number(arg("ops", process.env.FUZZ_OPS ?? 10_000));
// A fresh seed each run unless one is given: long runs are for finding what the CI seed does not.
const seed = Number(arg("seed", process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)));
if (!Number.isInteger(ops) || ops <= 0 || !Number.isInteger(seed)) {
  console.error("usage: node scripts/fuzz.mjs [--ops N] [--seed S]");
  process.exit(2);
}

const pkg = fileURLToPath(new URL("..", import.meta.url));
// vitest's bin, next to its package.json (its exports do not name the file).
const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
console.log(`fuzz: ${ops} operations, seed ${seed} (replay: npm run fuzz -- --ops ${ops} --seed ${seed})`);
const run = spawnSync(process.execPath, [vitest, "run", "test/fuzz.test.ts"], {
  cwd: pkg,
  stdio: "inherit",
  env: { ...process.env, FUZZ_OPS: String(ops), FUZZ_SEED: String(seed) },
});
process.exit(run.status ?? 1);
