#!/usr/bin/env node
// How well `nianbao import` reads what the field publishes: every source of examples/sources (web
// text, pdftotext layout, Markdown, HTML, a CMS export, and the PDFs through the CLI's reader) and
// every CMS page of examples/field, compared cell by cell with their decoded *.tables.json (one
// comparison: scripts/examples/import-accuracy.mjs). Prints right / reported / wrong per source,
// per source kind and in total for each folder.
//   npm run measure:import              (builds core and the CLI first)
//   node scripts/measure-import.mjs -v  also lists every cell that is not right
// Exits 1 when any cell is silently wrong.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
    if (existsSync(join(dir, `${name}.tables.json`))) out.push({ dir, file, expected: () => expectedCells(loadTablesJson(name, dir)) });
    else {
      const yaml = join(ROOT, "examples", `${name}.nianbao.yaml`);
      if (existsSync(yaml)) out.push({ dir, file, expected: () => expectedFromReport(core.parseReport(readFileSync(yaml, "utf8")).report) });
    }
  }
  return out;
}

async function importFile(dir, file) {
  if (file.endsWith(".pdf")) return importPdf(join(dir, file));
  return core.importReport(readFileSync(join(dir, file), "utf8"), { fileName: file });
}

const pct = (c) => (c.cells ? ((100 * c.right) / c.cells).toFixed(1) : "0.0");
const line = (name, c) => `${name.padEnd(52)} ${String(c.right).padStart(5)}/${String(c.cells).padEnd(5)} right (${pct(c).padStart(5)} %)  ${String(c.reported).padStart(4)} reported  ${c.wrong} wrong`;
const add = (to, c) => {
  to.cells += c.cells;
  to.right += c.right;
  to.reported += c.reported;
  to.wrong += c.wrong;
};
const zero = () => ({ cells: 0, right: 0, reported: 0, wrong: 0 });

let wrong = 0;
for (const [title, dir] of [["examples/sources", SOURCES_DIR], ["examples/field", FIELD_DIR]]) {
  const total = zero();
  const byKind = new Map();
  console.log(`\n${title}`);
  for (const s of sourcesOf(dir)) {
    const result = await importFile(s.dir, s.file);
    const counts = compareImport(s.expected(), result);
    const kind = result.kind;
    if (!byKind.has(kind)) byKind.set(kind, zero());
    add(byKind.get(kind), counts);
    add(total, counts);
    console.log(line(`  ${s.file} [${kind}]`, counts));
    const shown = verbose ? counts.differing : counts.differing.filter((d) => d.startsWith("WRONG"));
    for (const d of shown) console.log(`      ${d}`);
  }
  for (const [kind, c] of [...byKind].sort()) console.log(line(`  kind ${kind}`, c));
  console.log(line(`  TOTAL ${title}`, total));
  wrong += total.wrong;
}
process.exitCode = wrong > 0 ? 1 : 0;
