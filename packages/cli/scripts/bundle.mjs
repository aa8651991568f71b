// Bundles the CLI into bundle/: the `nianbao` bin and the two worker threads it starts (checking,
// PDF reading), each one file. Loading the ~150 modules of dist/ one by one took half of a small
// run's time and delayed every worker of a large one; a bundle loads in a fraction. Modules used
// by one command only (docx for `render --format docx`) are initialised when that command runs.
// pdfjs-dist stays outside: it loads its own worker, fonts and WebAssembly from its package. So does
// exceljs (2.3 MB bundled, which every command would parse at start): only --format xlsx loads it.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { chmod, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const cli = new URL("..", import.meta.url).pathname;
const outdir = `${cli}bundle`;
await rm(outdir, { recursive: true, force: true });
const audit = await auditAssets();
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
  // The audit page's script and stylesheet, inlined into the page with their CSP hashes (output/audit/page.ts).
  define: { __NIANBAO_AUDIT_ASSETS__: JSON.stringify(audit) },
});
await chmod(`${outdir}/bin.js`, 0o755);

function yamlEsm() {
  const require = createRequire(`${cli}package.json`);
  return join(dirname(require.resolve("yaml/package.json")), "browser", "index.js");
}

/**
 * The audit page's script (page/main.ts with the parts of core and d3 it uses, one minified file)
 * and stylesheet (core's REPORT_CSS, as the preview, and page/audit.css), each with the sha256 its
 * page's Content-Security-Policy allows it by: computed here, once, not per page.
 */
async function auditAssets() {
  const result = await build({
    entryPoints: [`${cli}page/main.ts`],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    write: false,
    legalComments: "none",
    logLevel: "warning",
  });
  const script = result.outputFiles[0].text.trim();
  const { REPORT_CSS } = await import("@nianbao/core");
  const css = `${REPORT_CSS}\n${(await readFile(`${cli}page/audit.css`, "utf8")).trim()}`;
  // Inlined as they are: either would end its element early.
  if (/<\/script|<!--/i.test(script)) throw new Error("the audit page script contains </script or <!--");
  if (/<\/style/i.test(css)) throw new Error("the audit page stylesheet contains </style");
  const hash = (text) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
  return { script, css, scriptHash: hash(script), styleHash: hash(css) };
}
