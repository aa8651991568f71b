// Three bundles: the extension (CommonJS for the extension host, `vscode` external), the language
// server (self-contained, run by the client over IPC) and the preview's script (browser).
import { copyFileSync, mkdirSync } from "node:fs";
import { build, context } from "esbuild";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const common = { bundle: true, minify: production, sourcemap: !production, legalComments: "none", logLevel: "warning" };
const bundles = [
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
    entryPoints: ["src/webview/main.ts"],
    outfile: "dist/webview.js",
    platform: "browser",
    format: "iife",
    target: "es2022",
  },
];

// The JSON Schema of nianbao.config.json, for the manifest's jsonValidation: generated from core
// into schemas/ at the repository root (scripts/generate-schemas.mjs), shipped in dist/.
mkdirSync("dist", { recursive: true });
copyFileSync("../../schemas/nianbao.config.schema.json", "dist/nianbao.config.schema.json");

if (watch) {
  // "info" prints esbuild's "[watch] build started/finished" lines, which the "watch" task waits for.
  for (const b of bundles) await (await context({ ...b, logLevel: "info" })).watch();
} else await Promise.all(bundles.map((b) => build(b)));
