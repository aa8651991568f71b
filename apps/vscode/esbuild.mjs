// Five bundles. The desktop's: the extension (CommonJS for the Node extension host, `vscode`
// external) and the language server (self-contained, run by the client over IPC). VS Code for the
// Web's: the extension (CommonJS, which the web worker extension host evaluates, `vscode` external)
// and the language server (a classic script for a web worker), both for the browser with no Node
// built-in (test/browser-bundles.test.ts). And the preview's script (browser).
import { copyFileSync, mkdirSync } from "node:fs";
import { build, context } from "esbuild";
import { pathToFileURL } from "node:url";

const browser = { platform: "browser", target: "es2022" };

/** The bundles, for this script and for the test that checks the browser ones. */
export function bundles(production = false) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    legalComments: "none",
    logLevel: "warning",
  };
  return [
    {
      ...common,
      entryPoints: ["src/extension.ts"],
      outfile: "dist/extension.js",
      platform: "node",
      format: "cjs",
      target: "node20",
      external: ["vscode"],
    },
    {
      ...common,
      entryPoints: ["src/server-main.ts"],
      outfile: "dist/server.js",
      platform: "node",
      format: "cjs",
      target: "node20",
    },
    {
      ...common,
      ...browser,
      entryPoints: ["src/browser/extension.ts"],
      outfile: "dist/browser/extension.js",
      format: "cjs",
      external: ["vscode"],
    },
    {
      ...common,
      ...browser,
      entryPoints: ["src/browser/server.ts"],
      outfile: "dist/browser/server.js",
      format: "iife",
    },
    { ...common, ...browser, entryPoints: ["src/webview/main.ts"], outfile: "dist/webview.js", format: "iife" },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const production = process.argv.includes("--production");
  // The JSON Schema of nianbao.config.json, for the manifest's jsonValidation: generated from core
  // into schemas/ at the repository root (scripts/generate-schemas.mjs), shipped in dist/.
  mkdirSync("dist", { recursive: true });
  copyFileSync("../../schemas/nianbao.config.schema.json", "dist/nianbao.config.schema.json");
  if (process.argv.includes("--watch"))
    // "info" prints esbuild's "[watch] build started/finished" lines, which the "watch" task waits for.
    for (const b of bundles(production)) await (await context({ ...b, logLevel: "info" })).watch();
  else await Promise.all(bundles(production).map((b) => build(b)));
}
