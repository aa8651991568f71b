// Builds the static site into dist/: index.html, the page's script and stylesheet, and each web
// worker as a classic script that only defines its source. Chromium refuses module scripts and
// `new Worker(file:…)` on a page opened from file://, so the page loads these scripts with
// <script src> (allowed from file://) and starts each worker from a blob URL of its source.
import { build } from "esbuild";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const production = !process.argv.includes("--dev");
const common = {
  bundle: true,
  minify: production,
  legalComments: "none",
  logLevel: "warning",
  platform: "browser",
  format: "iife",
  target: "es2022",
  // Libraries that test for Node (pdfjs, jszip, mammoth) must take their browser paths.
  define: { "process.env.NODE_ENV": '"production"' },
  write: false,
};

/**
 * pdfjs-dist's Chinese CMaps (GB encodings, Adobe-GB1), base64 by name, for PDFs set in predefined
 * CJK encodings: the worker cannot fetch them from file://, so they are bundled (about 290 KB).
 */
const chineseCMaps = {
  name: "chinese-cmaps",
  setup(b) {
    b.onResolve({ filter: /^virtual:chinese-cmaps$/ }, (args) => ({ path: args.path, namespace: "cmaps" }));
    b.onLoad({ filter: /.*/, namespace: "cmaps" }, async () => {
      const dir = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps");
      const names = (await readdir(dir)).filter((f) => f.endsWith(".bcmap") && f.includes("GB")).sort();
      const entries = await Promise.all(
        names.map(async (f) => [f.slice(0, -".bcmap".length), (await readFile(join(dir, f))).toString("base64")]),
      );
      return { contents: `export const CMAPS = ${JSON.stringify(Object.fromEntries(entries))};`, loader: "js" };
    });
  },
};

/** A worker bundle as a script that stores its source under its name, for the page to start it from a blob. */
async function workerScript(name, entry) {
  const out = await build({ ...common, entryPoints: [entry], outfile: `${name}.js`, plugins: [chineseCMaps] });
  const source = out.outputFiles[0].text;
  return `(self.nianbaoWorkers = self.nianbaoWorkers || {})[${JSON.stringify(name)}] = ${JSON.stringify(source)};\n`;
}

await rm("dist", { recursive: true, force: true });
await mkdir("dist", { recursive: true });
const [service, importer, app] = await Promise.all([
  workerScript("service", "src/worker/service-main.ts"),
  workerScript("import", "src/worker/import-main.ts"),
  build({ ...common, entryPoints: ["src/app/main.ts"], outfile: "app.js" }),
]);
await Promise.all([
  writeFile("dist/worker-service.js", service),
  writeFile("dist/worker-import.js", importer),
  writeFile("dist/app.js", app.outputFiles[0].text),
  copyFile("src/index.html", "dist/index.html"),
  copyFile("src/app.css", "dist/app.css"),
  // The tables' stylesheet is core's, the same as the VS Code preview's and the exported page's.
  writeFile("dist/report.css", (await import("@nianbao/core")).REPORT_CSS),
]);
