import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      testTimeout: 30_000,
      // Each end-to-end file starts its own code-server and Chromium: on a 2-core machine two at once
      // starve each other into timeouts, so files run one after another (the unit files take seconds).
      fileParallelism: false,
    },
  }),
);
