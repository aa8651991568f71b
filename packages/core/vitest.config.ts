import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
// The repository's shared config adds the JSON report that CI adds up (see vitest.config.mjs).
import shared from "../../vitest.config.mjs";

export default mergeConfig(
  shared,
  defineConfig({
    resolve: {
      // @nianbao/test-support imports core by its name, which would load the built dist/ beside the
      // sources these tests import: one copy of core, the sources, so the tests never see a stale build.
      alias: [{ find: /^@nianbao\/core$/u, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) }],
    },
  }),
);
