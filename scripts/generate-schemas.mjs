#!/usr/bin/env node
// Writes schemas/nianbao-<year>.schema.json from the form description in @nianbao/core, and
// schemas/nianbao.schema.json, the schema for a report of either form (chosen by its 格式) that
// the SchemaStore catalog entry (schemas/schemastore-catalog.json) points to,
// and schemas/nianbao.config.schema.json from its config schema.
// Run after building core (`npm run build`): `node scripts/generate-schemas.mjs`.
// `--check` writes nothing and exits 1 when a committed file is stale (the core test
// packages/core/test/schema.test.ts makes the same comparison from the sources).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_FILE_NAME, configJsonSchema, FORMS, jsonSchema, jsonSchemaFileName } from "@nianbao/core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "schemas");
const check = process.argv.includes("--check");

const read = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
};

let stale = 0;
mkdirSync(outDir, { recursive: true });
const schemas = [
  ...[...Object.keys(FORMS).map(Number), undefined].map((year) => [jsonSchemaFileName(year), jsonSchema(year)]),
  [CONFIG_SCHEMA_FILE_NAME, configJsonSchema()],
];
for (const [name, schema] of schemas) {
  const path = join(outDir, name);
  const text = JSON.stringify(schema, null, 2) + "\n";
  if (read(path) === text) {
    console.log(`up to date  ${path}`);
    continue;
  }
  if (check) {
    stale++;
    console.error(`stale       ${path}`);
  } else {
    writeFileSync(path, text);
    console.log(`written     ${path}`);
  }
}
if (stale) {
  console.error(`${stale} schema file(s) out of date: run node scripts/generate-schemas.mjs`);
  process.exit(1);
}
