import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The tests run the built bin, so build first: a stale dist/ would test yesterday's CLI.
    globalSetup: ["test/support/build-bin.ts"],
    testTimeout: 30_000,
  },
});
