import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      testTimeout: 30_000,
    },
  }),
);
