// Lint configuration for the whole monorepo: typescript-eslint's recommended rules (no type information,
// so linting stays a few seconds) over the TypeScript sources, tests and the repository's scripts.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/bundle/**",
      "**/out/**",
      "artifacts/**",
      "examples/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Scenario scripts and browser fixtures run partly inside the page (page.evaluate, <script type=module>).
    files: ["e2e/**/*.mjs", "**/test/fixtures/consumer/browser.mjs", "apps/*/media/**/*.{js,mjs,ts}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Tests and their declaration shims read untyped JSON (CLI output, generated schemas).
    files: ["**/test/**/*.ts", "scripts/**/*.d.mts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The language service and its LSP host run in browsers and web workers too (issue 15): I/O comes through what they are given.
    files: ["packages/language-server/src/service/**/*.ts", "packages/language-server/src/lsp/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^node:", message: "The service must run without Node: take I/O from the workspace." }] },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
