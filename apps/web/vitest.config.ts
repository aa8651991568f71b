import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // One browser scenario builds on the step before it (open, fix, import, export, reload).
      sequence: { concurrent: false },
      testTimeout: 120_000,
    },
  }),
);
