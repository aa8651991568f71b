import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // Packs the three packages and installs the tarballs once, into a temporary project that every
      // test file then uses (see test/setup.ts).
      globalSetup: ["test/setup.ts"],
    },
  }),
);
