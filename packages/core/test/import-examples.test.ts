/**
 * Importing every published text of examples/sources (web-page text, pdftotext -layout, Markdown,
 * HTML, a CMS export with glued cells) and comparing every cell of tables 二, 三 and 四 with the
 * decoded `*.tables.json` (石龙区 has none: its hand transcription examples/*.nianbao.yaml stands in).
 * A cell is right when it equals the decoded value, or when the import left it empty and reported
 * it with a finding. Any other difference is a silent wrong number, and fails the test. The
 * accuracy is printed per example and in total. The imported YAML must read back to the same model.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canonicalDecimal, FORMS, importReport, parseReport, reportSchema, type Cell, type ImportFinding, type Report, type Table3Node } from "../src/index.js";
import { loadTablesJson, SOURCES_DIR, T2_CELLS, T3_ROWS, T4_ROWS } from "../../../scripts/examples/tables-json.mjs";

const repo = resolve(import.meta.dirname, "../../..");



type Value = number | null;
interface TablesJson {
  table2: Record<string, unknown> & { _cell_annotations?: Record<string, string> };
  table3: Record<string, Value[]>;
  table4: Record<string, Value[]>;
}
interface Expected {
  readonly path: string;
  readonly value: Value;
  /** The note published with the number (「22（其中修订 16 件）」 → 其中修订16件). */
  readonly note?: string;
}

const EXAMPLES: readonly { source: string; tables: string | null; kind: string }[] = [
  { source: "shilong-gongxinju-2023.txt", tables: null, kind: "tsv" },
  { source: "jiangsu-huaian-city-gov-2024.txt", tables: "jiangsu-huaian-city-gov-2024", kind: "layout" },
  { source: "jiangsu-huaian-hongzequ-gov-2023.txt", tables: "jiangsu-huaian-hongzequ-gov-2023", kind: "layout" },
  { source: "jiangsu-huaian-hongzequ-gov-2024.txt", tables: "jiangsu-huaian-hongzequ-gov-2024", kind: "layout" },
  { source: "jiangsu-suqian-city-2023.txt", tables: "jiangsu-suqian-city-2023", kind: "layout" },
  { source: "jiangsu-suqian-city-2024.txt", tables: "jiangsu-suqian-city-2024", kind: "layout" },
  { source: "fujian-pingtan-zone-2022.txt", tables: "fujian-pingtan-zone-2022", kind: "flattened" },
  { source: "jiangsu-suqian-shuyangxian-gov-2025.md", tables: "jiangsu-suqian-shuyangxian-gov-2025", kind: "markdown" },
  { source: "shanghai-city-gov-office-2025.md", tables: "shanghai-city-gov-office-2025", kind: "markdown" },
  { source: "shanghai-stcsm-kewei-2024.md", tables: "shanghai-stcsm-kewei-2024", kind: "markdown" },
  { source: "anon-hangzhou-style-city-2025.html", tables: "anon-hangzhou-style-city-2025", kind: "html" },
];

/** Every cell the decoded tables give, as model paths. */
function expectedFromTables(t: TablesJson): Expected[] {
  const out: Expected[] = [];
  const notes = t.table2._cell_annotations ?? {};
  for (const [field, [rowId, colId]] of Object.entries(T2_CELLS)) {
    const path = `${rowId}.${colId}`;
    const [a, b] = field.split(".");
    const v = (b === undefined ? t.table2[a!] : (t.table2[a!] as Record<string, unknown>)[b]) as Value;
    const note = notes[field] ? /[（(]([^）)]+)[）)]/u.exec(notes[field]!)?.[1] : undefined;
    out.push({ path: `proactive.${path}`, value: v, ...(note ? { note } : {}) });
  }
  for (const [row, cells] of Object.entries(t.table3)) cells.forEach((v, c) => out.push({ path: `requests.${T3_ROWS[row]}.${c}`, value: v }));
  for (const [row, cells] of Object.entries(t.table4)) cells.forEach((v, c) => out.push({ path: `litigation.${T4_ROWS[row]}.${c}`, value: v }));
  return out;
}

/** The same cells from a hand-transcribed report (石龙区). */
function expectedFromReport(r: Report): Expected[] {
  const out: Expected[] = [];
  const value = (c: Cell | undefined): Value => (c?.status === "number" ? c.value : null);
  for (const [row, cols] of Object.entries(r.proactive)) for (const [col, c] of Object.entries(cols)) out.push({ path: `proactive.${row}.${col}`, value: value(c) });
  for (const [row, cells] of Object.entries(r.requests)) cells!.forEach((c, i) => out.push({ path: `requests.${row}.${i}`, value: value(c) }));
  for (const [row, cells] of Object.entries(r.litigation)) cells.forEach((c, i) => out.push({ path: `litigation.${row}.${i}`, value: value(c) }));
  return out;
}

function cellAt(r: Report, path: string): Cell | undefined {
  const [table, row, col] = path.split(".");
  if (table === "proactive") return r.proactive[row!]?.[col!];
  if (table === "requests") return r.requests[row as keyof Report["requests"]]?.[Number(col)];
  return r.litigation[row as keyof Report["litigation"]]?.[Number(col)];
}

const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/gu, "");

type Verdict = "right" | "reported" | "wrong";
function judge(e: Expected, cell: Cell | undefined, findings: readonly ImportFinding[]): { verdict: Verdict; got: string } {
  const got = cell ? (cell.status === "number" ? `${cell.exact}${cell.note ? `（${cell.note}）` : ""}` : `${cell.status}${cell.raw ? ` ${JSON.stringify(cell.raw)}` : ""}`) : "absent";
  const isNumber = cell?.status === "number";
  if (e.value === null ? !isNumber : isNumber && cell!.exact === canonicalDecimal(String(e.value)) && (e.note === undefined || squash(cell!.note) === squash(e.note))) return { verdict: "right", got };
  const reported = !isNumber && findings.some((f) => f.paths.includes(e.path));
  return { verdict: reported ? "reported" : "wrong", got };
}

const summary: string[] = [];
const totals = { cells: 0, right: 0, reported: 0, wrong: 0 };

describe("importing the published examples", () => {
  for (const ex of EXAMPLES) {
    describe(ex.source, () => {
      const text = readFileSync(resolve(SOURCES_DIR, ex.source), "utf8");
      const result = importReport(text, { fileName: ex.source });
      const expected = ex.tables
        ? expectedFromTables(loadTablesJson(ex.tables) as TablesJson)
        : expectedFromReport(parseReport(readFileSync(resolve(repo, "examples/shilong-gongxinju-2023.nianbao.yaml"), "utf8")).report);

      it(`is read as ${ex.kind}`, () => {
        expect(result.kind).toBe(ex.kind);
      });

      it("has every cell right or reported as unreadable: no silent wrong number", () => {
        const counts = { right: 0, reported: 0, wrong: 0 };
        const differing: string[] = [];
        for (const e of expected) {
          const { verdict, got } = judge(e, cellAt(result.report, e.path), result.findings);
          counts[verdict]++;
          if (verdict !== "right") differing.push(`${verdict === "wrong" ? "WRONG" : "reported"} ${e.path}: expected ${e.value ?? "blank"}${e.note ? `（${e.note}）` : ""}, imported ${got}`);
        }
        totals.cells += expected.length;
        totals.right += counts.right;
        totals.reported += counts.reported;
        totals.wrong += counts.wrong;
        const pct = ((100 * counts.right) / expected.length).toFixed(1);
        summary.push(`${ex.source}: ${counts.right}/${expected.length} right (${pct} %), ${counts.reported} reported unreadable, ${counts.wrong} silently wrong`);
        if (differing.length) summary.push(...differing.map((d) => `    ${d}`));
        expect(differing.filter((d) => d.startsWith("WRONG")), differing.join("\n")).toEqual([]);
      });

      it("gives a model the model's schema accepts", () => {
        const parsed = reportSchema.safeParse(result.report);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      });

      it("writes YAML that reads back to the same model", () => {
        const back = parseReport(result.yaml);
        expect(back.findings.filter((f) => f.code === "YAML-SYNTAX")).toEqual([]);
        expect(back.report).toEqual(result.report);
      });

      it("comments every row it inferred or could not read", () => {
        const lines = result.yaml.split("\n");
        const commented = (f: ImportFinding) => f.path !== null && f.path.includes(".") && (f.code !== "IMP-SOURCE-GATE" || f.messageId === "IMP-SOURCE-GATE.byPosition");
        const rows = new Set(result.findings.filter(commented).map((f) => f.path!.split(".").slice(0, 2).join(".")));
        for (const row of rows) {
          const key = keyOf(result.report, row);
          expect(lines.some((l) => l.trimStart().startsWith(`${key}:`) && l.includes("# ")), `${row} (${key}) carries a comment`).toBe(true);
        }
      });
    });
  }

  afterAll(() => {
    const pct = totals.cells ? ((100 * totals.right) / totals.cells).toFixed(1) : "0";
    console.log(
      ["Import accuracy (cells of tables 二 三 四 against *.tables.json):", ...summary, `TOTAL: ${totals.right}/${totals.cells} right (${pct} %), ${totals.reported} reported unreadable, ${totals.wrong} silently wrong`].join("\n"),
    );
  });
});

/** The YAML key a row path is written under. */
function keyOf(report: Report, rowPath: string): string {
  const [table, id] = rowPath.split(".");
  const form = FORMS[report.format];
  if (table === "proactive") return form.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === id)!.key;
  if (table === "litigation") return form.table4.rows.find((r) => r.id === id)!.key;
  const walk = (nodes: readonly Table3Node[]): string | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n.key;
      if (n.type === "group") {
        const k = walk(n.children);
        if (k) return k;
      }
    }
    return undefined;
  };
  return walk(form.table3.rows) ?? walk(FORMS[report.format === 2021 ? 2019 : 2021].table3.rows)!;
}
