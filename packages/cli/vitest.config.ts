import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // The tests run the built bin, so build first: a stale dist/ would test yesterday's CLI.
      globalSetup: ["test/support/build-bin.ts"],
      testTimeout: 60_000,
    },
  }),
);
