import { basename } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Shared by every workspace package: vitest looks for its config from the package folder upwards,
 * so a package without a config of its own runs with this one (its root stays the package folder).
 * Besides the usual console output, each package writes a JSON report to
 * artifacts/test-results/<package folder>.json, which `.ci/run` adds up: CI reads those counts,
 * never the console summary. A package that needs its own vitest config must merge this one
 * (`mergeConfig(shared, defineConfig({...}))`) or CI will report its results as missing.
 */
export default defineConfig({
  test: {
    // Hang guards and end-to-end tests share two cores with the other packages' suites under turbo:
    // a slow machine must not fail a test that is merely waiting its turn.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: `${import.meta.dirname}/artifacts/test-results/${basename(process.cwd())}.json` },
  },
});
