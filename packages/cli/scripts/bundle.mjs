// Bundles the CLI into bundle/: the `nianbao` bin and the two worker threads it starts (checking,
// PDF reading), each one file. Loading the ~150 modules of dist/ one by one took half of a small
// run's time and delayed every worker of a large one; a bundle loads in a fraction. Modules used
// by one command only (docx for `render --format docx`) are initialised when that command runs.
// pdfjs-dist stays outside: it loads its own worker, fonts and WebAssembly from its package. So does
// exceljs (2.3 MB bundled, which every command would parse at start): only --format xlsx loads it.
import { build } from "esbuild";
import { chmod, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const cli = new URL("..", import.meta.url).pathname;
const outdir = `${cli}bundle`;
await rm(outdir, { recursive: true, force: true });
await build({
  // The names keep the places the code expects: bin.js starts ./worker.js and ./pdf-worker.js beside it,
  // and reads ../package.json for its version.
  entryPoints: {
    bin: `${cli}dist/bin.js`,
    worker: `${cli}dist/check/worker.js`,
    "pdf-worker": `${cli}dist/pdf-worker.js`,
  },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outdir,
  external: ["pdfjs-dist", "exceljs"],
  // yaml's ESM build (the one browsers get, and core's browser test runs on): its CommonJS build
  // would be reached through getters esbuild defines per export, one call per isScalar/isMap.
  alias: { yaml: yamlEsm() },
  // Bundled CommonJS modules may call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __nianbaoRequire } from "node:module"; const require = __nianbaoRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
await chmod(`${outdir}/bin.js`, 0o755);

function yamlEsm() {
  const require = createRequire(`${cli}package.json`);
  return join(dirname(require.resolve("yaml/package.json")), "browser", "index.js");
}
