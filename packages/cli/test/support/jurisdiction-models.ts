import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formFor, readReport, table3Leaves, type Cell, type Report } from "@nianbao/core";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));

/** What a generated agency takes from a published report of examples/. */
export interface Model {
  /** Table 三 result rows: the model's total per row (row id → count). */
  readonly results: ReadonlyMap<string, number>;
  /** How the model's applicants spread over the six columns (sums to 1). */
  readonly spread: readonly number[];
  /** Table 二: row id → column id → the model's count. */
  readonly proactive: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Table 四: row id → the model's four result counts. */
  readonly litigation: ReadonlyMap<string, readonly number[]>;
  /** Sentences of the model's prose without figures (figures would not match generated tables). */
  readonly sentences: readonly string[];
}

const numberOf = (cell: Cell | undefined): number => (cell?.status === "number" ? Math.max(0, cell.value ?? 0) : 0);

export function loadModels(): Model[] {
  return readdirSync(EXAMPLES)
    .filter((n) => n.endsWith(".nianbao.yaml"))
    .sort()
    .map((name) => {
      const r = readReport(readFileSync(join(EXAMPLES, name), "utf8")).report;
      const results = new Map<string, number>();
      for (const leaf of table3Leaves(formFor(r.format)))
        if (leaf.row.role === "result") results.set(leaf.row.id, numberOf(r.requests[leaf.row.id as never]?.[6]));
      const newRow = r.requests.new ?? [];
      const weights = Array.from({ length: 6 }, (_, c) => numberOf(newRow[c]) + 0.2);
      const sum = weights.reduce((s, w) => s + w, 0);
      const proactive = new Map(
        Object.entries(r.proactive).map(([row, cols]) => [
          row,
          new Map(Object.entries(cols).map(([col, cell]) => [col, numberOf(cell)])),
        ]),
      );
      const litigation = new Map(
        Object.entries(r.litigation).map(([row, cells]) => [row, cells.slice(0, 4).map(numberOf)]),
      );
      return { results, spread: weights.map((w) => w / sum), proactive, litigation, sentences: sentencesOf(r) };
    });
}

function sentencesOf(r: Report): string[] {
  const prose = [...Object.values(r.overview.topics), r.overview.text, r.problems, r.other].filter(Boolean).join("\n");
  const out: string[] = [];
  for (const s of prose.split(/(?<=[。；！？])|\n+/u)) {
    const t = s.trim();
    // No figures, no years, no names of places (the model's agency would be another agency's name
    // here), nothing the text rules compare with the tables (a sentence saying there was no review).
    if (
      t.length >= 12 &&
      t.length <= 120 &&
      !/[0-9０-９〇零一二三四五六七八九十百千万]{2,}|[省市区县镇乡州]|复议|诉讼|申请|规章|规范性文件|收费|费用/u.test(t)
    )
      out.push(t);
  }
  return out;
}
