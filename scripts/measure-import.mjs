#!/usr/bin/env node
// How well `nianbao import` reads what the field publishes: every source of examples/sources (web
// text, pdftotext layout, Markdown, HTML, a CMS export, and the PDFs through the CLI's reader) and
// every CMS page of examples/field, compared cell by cell with their decoded *.tables.json (one
// comparison: scripts/examples/import-accuracy.mjs); then Word documents (the DOCX `nianbao render`
// writes for every example, and the DOCX pandoc writes from the HTML and Markdown sources when pandoc
// is installed) and links (the sources served by a local HTTP server, imported by URL through the
// CLI as a user runs it). Prints right / reported / wrong per source, per source kind and in total
// for each group.
//   npm run measure:import              (builds core and the CLI first)
//   node scripts/measure-import.mjs -v  also lists every cell that is not right
// Exits 1 when any cell is silently wrong.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { compareImport, expectedCells, expectedFromReport } from "./examples/import-accuracy.mjs";
import { FIELD_DIR, loadTablesJson, SOURCES_DIR } from "./examples/tables-json.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const verbose = process.argv.includes("-v") || process.argv.includes("--verbose");
const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
const pdfModule = join(ROOT, "packages/cli/dist/pdf.js");
const importPdf = existsSync(pdfModule) ? (await import(pathToFileURL(pdfModule).href)).importPdf : null;

/** Source files of a folder with their oracle: `<name>.tables.json`, or the example's YAML where a source has none (石龙区). */
function sourcesOf(dir) {
  const out = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+)\.(txt|md|html|htm|pdf)$/u.exec(file);
    if (!m) continue;
    const [, name, ext] = m;
    if (ext === "pdf" && !importPdf) continue;
    if (existsSync(join(dir, `${name}.tables.json`)))
      out.push({ dir, file, expected: () => expectedCells(loadTablesJson(name, dir)) });
    else {
      const yaml = join(ROOT, "examples", `${name}.nianbao.yaml`);
      if (existsSync(yaml))
        out.push({
          dir,
          file,
          expected: () => expectedFromReport(core.parseReport(readFileSync(yaml, "utf8")).report),
        });
    }
  }
  return out;
}

async function importFile(dir, file) {
  if (file.endsWith(".pdf")) return importPdf(join(dir, file));
  return core.importReport(readFileSync(join(dir, file), "utf8"), { fileName: file });
}

const pct = (c) => (c.cells ? ((100 * c.right) / c.cells).toFixed(1) : "0.0");
const line = (name, c) =>
  `${name.padEnd(52)} ${String(c.right).padStart(5)}/${String(c.cells).padEnd(5)} right (${pct(c).padStart(5)} %)  ${String(c.reported).padStart(4)} reported  ${c.wrong} wrong`;
const add = (to, c) => {
  to.cells += c.cells;
  to.right += c.right;
  to.reported += c.reported;
  to.wrong += c.wrong;
};
const zero = () => ({ cells: 0, right: 0, reported: 0, wrong: 0 });

/** One group of sources: each { name, expected(), run() → { kind, report, findings } }. */
async function measure(title, items) {
  const total = zero();
  const byKind = new Map();
  console.log(`\n${title}`);
  for (const item of items) {
    const result = await item.run();
    const counts = compareImport(item.expected(), result);
    const kind = result.kind ?? result.source?.kind;
    if (!byKind.has(kind)) byKind.set(kind, zero());
    add(byKind.get(kind), counts);
    add(total, counts);
    console.log(line(`  ${item.name} [${kind}]`, counts));
    const shown = verbose ? counts.differing : counts.differing.filter((d) => d.startsWith("WRONG"));
    for (const d of shown) console.log(`      ${d}`);
  }
  for (const [kind, c] of [...byKind].sort()) console.log(line(`  kind ${kind}`, c));
  console.log(line(`  TOTAL ${title}`, total));
  return total.wrong;
}

const bin = join(ROOT, "packages/cli/bundle/bin.js");
const run = promisify(execFile);
/** `nianbao import … --format json` as a user runs it: the report and the findings. */
async function importByCli(input, cwd) {
  const { stdout } = await run(process.execPath, [bin, "import", input, "--format", "json"], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((err) => (err.code === 1 ? err : Promise.reject(err)));
  return JSON.parse(stdout);
}

let wrong = 0;
for (const [title, dir] of [
  ["examples/sources", SOURCES_DIR],
  ["examples/field", FIELD_DIR],
]) {
  wrong += await measure(
    title,
    sourcesOf(dir).map((s) => ({ name: s.file, expected: s.expected, run: () => importFile(s.dir, s.file) })),
  );
}

if (existsSync(bin)) {
  const work = mkdtempSync(join(tmpdir(), "nianbao-measure-"));
  try {
    const examples = readdirSync(join(ROOT, "examples"))
      .filter((f) => f.endsWith(".nianbao.yaml"))
      .sort();
    const word = [];
    for (const yaml of examples) {
      const name = yaml.replace(/\.nianbao\.yaml$/u, "");
      const docx = join(work, `${name}.docx`);
      word.push({
        name: `${name}.docx (nianbao render)`,
        expected: () => expectedFromReport(core.parseReport(readFileSync(join(ROOT, "examples", yaml), "utf8")).report),
        run: async () => {
          await run(process.execPath, [bin, "render", join(ROOT, "examples", yaml), "-o", docx, "--force"]).catch(
            (err) => (err.code === 1 ? err : Promise.reject(err)),
          );
          return importByCli(docx, work);
        },
      });
    }
    if (spawnSync("pandoc", ["--version"]).status === 0) {
      for (const source of readdirSync(SOURCES_DIR)
        .filter((f) => /\.(html|md)$/u.test(f) && f !== "README.md")
        .sort()) {
        const name = source.replace(/\.(html|md)$/u, "");
        const docx = join(work, `${source}.docx`);
        const from = source.endsWith(".md") ? ["-f", "gfm+hard_line_breaks"] : ["-f", "html"];
        word.push({
          name: `${source}.docx (pandoc)`,
          expected: () => expectedCells(loadTablesJson(name)),
          run: async () => {
            await run("pandoc", [...from, join(SOURCES_DIR, source), "-o", docx]);
            return importByCli(docx, work);
          },
        });
      }
    } else console.log("\n(pandoc is not installed: the DOCX pandoc writes from the sources are not measured)");
    wrong += await measure("Word documents", word);

    // The sources as a web site serves them, each with its content type.
    const types = {
      html: "text/html; charset=utf-8",
      pdf: "application/pdf",
      md: "text/plain; charset=utf-8",
      txt: "text/plain; charset=utf-8",
    };
    const server = createServer((req, res) => {
      const file = decodeURIComponent(new URL(req.url, "http://x").pathname.slice(1));
      if (!/^[\w.-]+$/u.test(file) || !existsSync(join(SOURCES_DIR, file))) return res.writeHead(404).end();
      res
        .writeHead(200, { "content-type": types[file.split(".").pop()] ?? "application/octet-stream" })
        .end(readFileSync(join(SOURCES_DIR, file)));
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const linked = sourcesOf(SOURCES_DIR).filter((s) => /\.(html|pdf)$/u.test(s.file));
      wrong += await measure(
        "Links (a local HTTP server)",
        linked.map((s) => ({
          name: `${base}/${s.file}`.replace(base, "…"),
          expected: s.expected,
          run: () => importByCli(`${base}/${s.file}`, work),
        })),
      );
    } finally {
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
} else console.log(`\n(${bin} is not built: Word documents and links are not measured)`);
process.exitCode = wrong > 0 ? 1 : 0;
