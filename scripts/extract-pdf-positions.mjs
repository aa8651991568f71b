#!/usr/bin/env node
// Writes the positioned text of the published PDFs in examples/sources as JSON fixtures under
// packages/core/test/fixtures/pdf/, so core's tests of positionsToSource need no PDF library.
// The items come from the CLI's own reader (pdfjs-dist in a worker), exactly what `importPdf` feeds
// to core. Build first (`npm run build`), then:
//   node scripts/extract-pdf-positions.mjs [file.pdf …]       default: every *.pdf of examples/sources
//   node scripts/extract-pdf-positions.mjs --check             exit 1 when a fixture differs from a fresh extraction
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLES = join(ROOT, "examples", "sources");
const OUT = join(ROOT, "packages", "core", "test", "fixtures", "pdf");

const { readPdfPositions } = await import(pathToFileURL(join(ROOT, "packages/cli/dist/pdf.js")).href);
const pdfjsVersion = JSON.parse(readFileSync(join(ROOT, "node_modules/pdfjs-dist/package.json"), "utf8")).version;

const args = process.argv.slice(2);
const check = args.includes("--check");
const given = args.filter((a) => !a.startsWith("--"));
const files =
  given.length > 0
    ? given
    : readdirSync(EXAMPLES)
        .filter((f) => f.endsWith(".pdf"))
        .sort()
        .map((f) => join(EXAMPLES, f));

/** One item per line: reviewable in a diff, and a changed position shows as one changed line. */
function render(source, positions) {
  const head = JSON.stringify({ source, pdfjs: pdfjsVersion, pages: positions.pages });
  const items = positions.items.map(
    (i) => "    " + JSON.stringify({ text: i.text, page: i.page, x: i.x, y: i.y, width: i.width, height: i.height }),
  );
  return `${head.slice(0, -1)},\n  "items": [\n${items.join(",\n")}\n  ]\n}\n`;
}

mkdirSync(OUT, { recursive: true });
let stale = 0;
for (const file of files) {
  const source = basename(file);
  const positions = await readPdfPositions(file);
  const text = render(source, positions);
  const target = join(OUT, source.replace(/\.pdf$/, ".positions.json"));
  if (check) {
    let current = null;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // No output yet: it is stale.
    }
    if (current !== text) {
      stale++;
      console.error(`stale: ${target}`);
    }
  } else {
    writeFileSync(target, text);
    console.log(`${target}: ${positions.items.length} items from ${positions.pagesRead} pages`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
