import { readFileSync } from "node:fs";
import { findTable3Leaf, FORMS, table3Leaves } from "@nianbao/core";
import { buildYaml } from "./build.js";

/**
 * The XSS corpus (fixtures/xss/corpus.txt, one payload a line), with what a text file cannot hold
 * well: NUL characters, the Unicode line and paragraph separators, and payloads long enough to cross
 * any buffer or line limit a renderer might have.
 */
export const XSS_CORPUS: readonly string[] = [
  ...readFileSync(new URL("../fixtures/xss/corpus.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l !== ""),
  "a\u0000<script>alert(1)</script>",
  "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
  "\u2028<script>alert(1)</script>\u2029",
  "<script>alert(1)</script>".repeat(400),
  "<".repeat(5000) + "img src=x onerror=alert(1)>",
];

const form = FORMS[2021];
const table2Row = (id: string) => form.table2.blocks.flatMap((b) => b.rows).find((r) => r.id === id)!.key;
const table3Leaf = (id: string) => findTable3Leaf(form, id)!.row.key;
const table4Row = (id: string) => form.table4.rows.find((r) => r.id === id)!.key;

/** A cell written as a YAML double-quoted string, so any text stays one scalar. */
export const yamlString = (text: string): string => JSON.stringify(text);

/** Where the hostile text of a report built by `hostileReport` is shown: model path → the text it must show. */
export type HostileFields = ReadonlyMap<string, string>;

/**
 * A complete report with `payload` in every text field: 机关 (or 标题), 总体情况 (each topic, or one
 * text), 五, 六, a 说明 under each table and one under none, and cells of each table as text,
 * inside a figure's note ('22（…）') and beside a placeholder. Returns the YAML and, for each model
 * path the renderer shows it at, the text that must appear there.
 */
export function hostileReport(payload: string, variant: "agency" | "title"): { yaml: string; fields: HostileFields } {
  const shown = payload.trim();
  const topics = form.overviewTopics;
  const yaml = buildYaml({
    agency: variant === "agency" ? payload : "测试市测试局",
    ...(variant === "title" ? { title: payload } : {}),
    overview: variant === "agency" ? Object.fromEntries(topics.map((t) => [t.key, payload])) : payload,
    problems: payload,
    other: payload,
    t2: { [table2Row("fees")]: yamlString(payload) },
    t3: { [table3Leaf("granted")]: [yamlString(payload), yamlString(`22（${payload}）`), "'/'", 0, 0, 0, 0] },
    t4: { [table4Row("review")]: [yamlString(payload), 0, 0, 0, 0] },
    notes: [
      { table: form.table2.key, text: payload },
      { table: form.table3.key, text: payload },
      { table: form.table4.key, text: payload },
      { rule: "T3-ROWTOTAL", text: payload },
      { text: payload },
    ],
  });
  const fields = new Map<string, string>([
    [variant === "agency" ? "meta.agency" : "meta.title", shown],
    ...(variant === "agency"
      ? topics.map((t): [string, string] => [`overview.${t.id}`, shown])
      : [["overview", shown] as [string, string]]),
    ["problems", shown],
    ["other", shown],
    ["proactive.fees.amount", payload],
    ["requests.granted.0", payload],
    ["requests.granted.1", `22（${payload}）`],
    ["requests.granted.2", "/"],
    ["litigation.review.0", payload],
    ...[0, 1, 2, 3, 4].map((i): [string, string] => [`notes.${i}`, shown]),
  ]);
  return { yaml, fields };
}

/** One report with the whole corpus: a payload a paragraph, a note, a cell; 机关 all of them on one line. */
export function corpusReport(corpus: readonly string[]): { yaml: string; cells: ReadonlyMap<string, string> } {
  const prose = corpus.join("\n");
  const leaves = table3Leaves(form).map((l) => l.row);
  const t3: Record<string, (string | number)[]> = {};
  const cells = new Map<string, string>();
  corpus.forEach((p, i) => {
    // Six payloads a row, in the applicant columns; 总计 stays 0.
    const leaf = leaves[Math.floor(i / 6) % leaves.length]!;
    (t3[leaf.key] ??= [0, 0, 0, 0, 0, 0, 0])[i % 6] = yamlString(p);
    cells.set(`requests.${leaf.id}.${i % 6}`, p);
  });
  const tables = [form.table2.key, form.table3.key, form.table4.key, undefined];
  const yaml = buildYaml({
    agency: corpus.join(" "),
    overview: Object.fromEntries(form.overviewTopics.map((t) => [t.key, prose])),
    problems: prose,
    other: prose,
    t3,
    notes: corpus.map((p, i) => ({ text: p, ...(tables[i % 4] ? { table: tables[i % 4]! } : {}) })),
  });
  return { yaml, cells };
}
