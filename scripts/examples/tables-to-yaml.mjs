#!/usr/bin/env node
/**
 * Writes the tables (二, 三, 四) of an example report as `*.nianbao.yaml` text, from the decoded
 * `*.tables.json` of examples/sources, in the layout of examples/shilong-gongxinju-2023.
 * Every key and column label comes from @nianbao/core's FORMS; only the deviations of the
 * published report (as-published.mjs) are written otherwise.
 *
 * Usage (build core first: cd packages/core && npx tsc -b):
 *   node scripts/examples/tables-to-yaml.mjs <name | path/to/name.tables.json>
 *       prints the tables;
 *   node scripts/examples/tables-to-yaml.mjs <name> --into examples/<name>.nianbao.yaml
 *       replaces the tables of that file (from the table 二 key up to the first top-level key after
 *       table 四), leaving the header, the prose and the 说明 as they are.
 * A name is looked up in examples/sources; a path to a `*.tables.json` is read as given.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AS_PUBLISHED } from "./as-published.mjs";
import { SOURCES_DIR, T2_CELLS, T3_ROWS, T4_ROWS } from "./tables-json.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const core = await import(resolve(repo, "packages/core/dist/index.js")).catch(() => {
  console.error("@nianbao/core is not built: run `cd packages/core && npx tsc -b` first.");
  process.exit(2);
});
const { FORMS, normalizeKey, keyPadder: padKeys, columnWidths, alignedRow } = core;

/**
 * A cell as YAML. JSON numbers are written from their JSON text so a fee keeps every published
 * decimal; a null is a blank cell (written `""`, as the core writer does), never 0.
 */
function cellText(value, annotation) {
  if (annotation !== undefined) return JSON.stringify(annotation);
  if (value === null || value === undefined) return '""';
  if (typeof value === "number") return value.toString();
  return JSON.stringify(String(value));
}

function pathToTables(pathOrName) {
  if (pathOrName.endsWith(".tables.json")) return resolve(pathOrName);
  return resolve(SOURCES_DIR, `${pathOrName}.tables.json`);
}

/** The table part of the YAML for one tables.json. */
export function tablesToYaml(data, name) {
  const form = FORMS[2021];
  const legacyForm = FORMS[2019];
  const dev = AS_PUBLISHED[name] ?? {};
  const keyOf = (path, formKey) => dev.keys?.[path] ?? formKey;
  const notes = dev.cellNotes ?? {};
  const rowNote = (prefix) => {
    const hit = Object.entries(notes).find(([p]) => p === prefix || p.startsWith(`${prefix}.`));
    return hit ? `  # ${hit[1]}` : "";
  };
  const sectionKey = (id) => {
    const def = form.sections.find((s) => s.id === id);
    if (dev.sectionKeys?.[id]) return dev.sectionKeys[id];
    if (dev.sectionOrdinals?.[id]) return `${dev.sectionOrdinals[id]}、${def.heading}`;
    return def.key;
  };
  const out = [];

  // Table 二.
  const t2 = {};
  for (const [field, [rowId, colId]] of Object.entries(T2_CELLS)) {
    const [a, b] = field.split(".");
    const v = b === undefined ? data.table2[a] : data.table2[a]?.[b];
    if (v === undefined) throw new Error(`${name}: table2.${field} is absent from the tables.json`);
    (t2[rowId] ??= {})[colId] = v;
  }
  // The annotations were extracted with PDF spacing around half-width digits; the cell is one string.
  const annotations = Object.fromEntries(
    Object.entries(data.table2._cell_annotations ?? {}).map(([field, text]) => {
      const [rowId, colId] = T2_CELLS[field];
      return [`${rowId}.${colId}`, text.replace(/\s+/gu, "")];
    }),
  );
  out.push(`${sectionKey("proactive")}:`);
  const t2Rows = form.table2.blocks.flatMap((block) => block.rows.map((row) => ({ block, row })));
  const pad2 = padKeys(t2Rows.map(({ row }) => keyOf(`proactive.${row.id}`, row.key)));
  for (const { block, row } of t2Rows) {
    const key = keyOf(`proactive.${row.id}`, row.key);
    const cell = (c) => cellText(t2[row.id][c.id], annotations[`${row.id}.${c.id}`]);
    const note = rowNote(`proactive.${row.id}`);
    if (block.columns.length === 1) {
      const unit = block.columns[0].unit === "万元" ? `  # ${block.columns[0].unit}` : "";
      out.push(`  ${pad2(key)}${cell(block.columns[0])}${unit}${note}`);
    } else out.push(`  ${pad2(key)}{ ${block.columns.map((c) => `${c.key}: ${cell(c)}`).join(", ")} }${note}`);
  }

  // Table 三: numbers right-aligned per column so the table reads like the printed one.
  const t3 = {};
  for (const [field, cells] of Object.entries(data.table3)) {
    const id = T3_ROWS[field];
    if (!id) throw new Error(`${name}: unknown table3 row ${field}`);
    if (!Array.isArray(cells) || cells.length !== form.table3.columns.length) throw new Error(`${name}: table3.${field} must have ${form.table3.columns.length} cells`);
    t3[id] = cells;
  }
  const legacyRow = legacyForm.table3.rows
    .flatMap((n) => (n.type === "group" ? n.children : [n]))
    .find((n) => n.type === "row" && n.id === "otherHandling");
  const widths = columnWidths(Object.values(t3).map((cells) => cells.map((v) => cellText(v))));
  const row3 = (cells) => alignedRow(cells.map((v) => cellText(v)), widths);
  out.push("", `${sectionKey("requests")}:`, `  # ${form.table3.columns.map((c) => c.label).join(" ")}`);
  const walk = (nodes, indent) => {
    const legacy = (n) => n.type === "group" && n.id === "otherHandling" && t3.otherHandling !== undefined;
    const keyFor = (n) => (legacy(n) ? legacyRow.key : keyOf(`requests.${n.id}`, n.key));
    const pad = padKeys(nodes.filter((n) => n.type === "row" || legacy(n)).map(keyFor));
    for (const n of nodes) {
      if (legacy(n)) {
        // 2019's single （六）其他处理 row, as the report printed it inside a 2021 form.
        out.push(`${indent}${pad(keyFor(n))}${row3(t3.otherHandling)}${rowNote("requests.otherHandling")}`);
      } else if (n.type === "group") {
        out.push(`${indent}${keyFor(n)}:`);
        walk(n.children, indent + "  ");
      } else {
        if (!t3[n.id]) throw new Error(`${name}: table3 has no row for ${n.id}`);
        out.push(`${indent}${pad(keyFor(n))}${row3(t3[n.id])}${rowNote(`requests.${n.id}`)}`);
      }
    }
  };
  walk(form.table3.rows, "  ");

  // Table 四.
  out.push("", `${sectionKey("litigation")}:`, `  # ${form.table4.columns.map((c) => c.label).join(" ")}`);
  const t4 = {};
  for (const [field, cells] of Object.entries(data.table4)) t4[T4_ROWS[field]] = cells;
  const w4 = columnWidths(Object.values(t4).map((cells) => cells.map((v) => cellText(v))));
  const pad4 = padKeys(form.table4.rows.map((r) => keyOf(`litigation.${r.id}`, r.key)));
  for (const r of form.table4.rows) {
    const cells = t4[r.id];
    if (!cells || cells.length !== form.table4.columns.length) throw new Error(`${name}: table4.${r.id} must have ${form.table4.columns.length} cells`);
    out.push(`  ${pad4(keyOf(`litigation.${r.id}`, r.key))}${alignedRow(cells.map((v) => cellText(v)), w4)}${rowNote(`litigation.${r.id}`)}`);
  }
  return out.join("\n") + "\n";
}

/** Which top-level section a line's key names, if it is a top-level key line. */
function topLevelSection(line) {
  const m = /^([^\s#][^:]*):(\s|$)/u.exec(line);
  if (!m) return undefined;
  const key = normalizeKey(m[1]);
  const hit = FORMS[2021].sections.find((s) => [s.key, s.heading, ...(s.aliases ?? [])].some((k) => normalizeKey(k) === key));
  // A misspelt heading (平潭: 行政法复议) is still the table 四 key.
  return hit?.id ?? (/复议/u.test(key) ? "litigation" : "other-key");
}

/** Replaces the tables in an existing file, keeping everything else byte for byte. */
export function replaceTables(text, tables) {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => topLevelSection(l) === "proactive");
  if (start < 0) throw new Error("no table 二 key found: write `主动公开:` where the tables go");
  // The block ends at table 四 when the file has one; a new file may hold just the table 二 key.
  const lit = lines.findIndex((l, i) => i >= start && topLevelSection(l) === "litigation");
  const last = lit >= 0 ? lit : start;
  let end = last + 1;
  while (end < lines.length && topLevelSection(lines[end]) === undefined) end++;
  // Keep the blank line(s) that separate the tables from what follows.
  while (end > last + 1 && lines[end - 1].trim() === "") end--;
  return [...lines.slice(0, start), ...tables.trimEnd().split("\n"), ...lines.slice(end)].join("\n");
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const into = args.indexOf("--into");
  const target = into >= 0 ? args[into + 1] : undefined;
  const input = args.find((a, i) => !a.startsWith("--") && (into < 0 || i !== into + 1));
  if (!input || (into >= 0 && !target)) {
    console.error("usage: tables-to-yaml.mjs <name | file.tables.json> [--into file.nianbao.yaml]");
    process.exit(2);
  }
  const file = pathToTables(input);
  const name = basename(file, ".tables.json");
  const tables = tablesToYaml(JSON.parse(readFileSync(file, "utf8")), name);
  if (target) {
    writeFileSync(target, replaceTables(readFileSync(target, "utf8"), tables));
    console.error(`tables of ${name} written into ${target}\n`);
  } else process.stdout.write(tables);
}
