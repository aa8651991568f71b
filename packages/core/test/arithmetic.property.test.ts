import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkRead,
  FORMS,
  readReport,
  RULES,
  table3Leaves,
  type Finding,
  type ReadResult,
  type Range,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";
import { consistentT3, t4Row } from "@nianbao/test-support/tables";

/**
 * The arithmetic of tables 三 and 四 as a property: a consistent report draws no finding of a T3- or T4- rule,
 * and changing any single cell of either table draws at least one finding that points at that cell
 * (its range or one of its related ranges).
 */

type Variant = "2021" | "2019" | "2021 with 2019's （六）";

/** The rows a variant writes: 2019's rows for the mixed variant, whose table 三 is 2019's. */
const leavesOf = (variant: Variant) => table3Leaves(FORMS[variant === "2021" ? 2021 : 2019]);
const otherGroup = FORMS[2021].table3.rows
  .flatMap((n) => (n.type === "group" ? n.children : []))
  .find((n) => n.id === "otherHandling")!;
const otherBlock = new RegExp(`    ${otherGroup.key}:\\n(?:      .*\\n){3}`);

interface Generated {
  readonly variant: Variant;
  readonly t3: Record<string, number[]>;
  readonly t4: Record<string, number[]>;
}

function render(g: Generated): string {
  if (g.variant === "2019") return buildYaml({ format: 2019, year: 2020, t3: g.t3, t4: g.t4 });
  if (g.variant === "2021") return buildYaml({ t3: g.t3, t4: g.t4 });
  const single = g.t3[otherGroup.key]!;
  const text = buildYaml({ t3: g.t3, t4: g.t4 });
  if (!otherBlock.test(text)) throw new Error("the （六） block was not found");
  return text.replace(otherBlock, `    ${otherGroup.key}: [${single.join(", ")}]\n`);
}

/** Mostly zeros and small counts, sometimes millions (real totals reach 11 million). */
const count = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.nat({ max: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 2_000_000 }) },
);
const sixCounts = fc.array(count, { minLength: 6, maxLength: 6 });

const generated: fc.Arbitrary<Generated> = fc
  .record({
    variant: fc.constantFrom<Variant>("2021", "2021", "2019", "2021 with 2019's （六）"),
    // An inactive applicant column is 0 throughout, so zero columns (and all-zero reports) occur.
    active: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    results: fc.array(sixCounts, { minLength: 21, maxLength: 21 }),
    carriedIn: sixCounts,
    carriedOut: sixCounts,
    t4: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ variant, active, results, carriedIn, carriedOut, t4 }) => {
    const mask = (cells: number[]) => cells.map((v, c) => (active[c] ? v : 0));
    const resultKeys = leavesOf(variant)
      .filter((l) => l.row.role === "result")
      .map((l) => l.row.key);
    const res = Object.fromEntries(resultKeys.map((k, i) => [k, mask(results[i]!)]));
    const concluded = (c: number) => resultKeys.reduce((s, k) => s + res[k]![c]!, 0);
    const out = mask(carriedOut);
    // 二 cannot exceed what was concluded or carried forward, or 一 would be negative.
    const carried = mask(carriedIn).map((v, c) => Math.min(v, concluded(c) + out[c]!));
    const t3 = consistentT3({ results: res, carriedIn: carried, carriedOut: out }, variant === "2021" ? 2021 : 2019);
    const rows4 = FORMS[2021].table4.rows;
    return { variant, t3, t4: Object.fromEntries(rows4.map((r, i) => [r.key, t4Row(t4[i]!)])) };
  });

/** Every cell of both tables: where the test writes it and its model path. */
function cellsOf(variant: Variant): { table: "t3" | "t4"; key: string; col: number; path: string }[] {
  const t3 = leavesOf(variant).flatMap((l) =>
    Array.from({ length: 7 }, (_, col) => ({
      table: "t3" as const,
      key: l.row.key,
      col,
      path: `requests.${l.row.id}.${col}`,
    })),
  );
  const t4 = FORMS[2021].table4.rows.flatMap((r) =>
    Array.from({ length: 5 }, (_, col) => ({
      table: "t4" as const,
      key: r.key,
      col,
      path: `litigation.${r.id}.${col}`,
    })),
  );
  return [...t3, ...t4];
}

// Only the rules under test run, so that the property stays fast and speaks of them alone.
const ARITHMETIC_RULES = RULES.filter((r) => /^T[34]-/.test(r.code));
const arithmetic = (read: ReadResult): Finding[] => checkRead(read, {}, ARITHMETIC_RULES);
const covers = (outer: Range, inner: Range) => outer.start <= inner.start && inner.end <= outer.end;

describe("arithmetic of tables 三 and 四 (property)", () => {
  it("the generator covers both forms and has the expected number of cells", () => {
    expect(cellsOf("2021")).toHaveLength(25 * 7 + 3 * 5);
    expect(cellsOf("2019")).toHaveLength(23 * 7 + 3 * 5);
    expect(cellsOf("2021 with 2019's （六）")).toHaveLength(23 * 7 + 3 * 5);
  });

  it("a consistent report draws no T3-* or T4-* finding", () => {
    fc.assert(
      fc.property(generated, (g) => {
        const read = readReport(render(g));
        expect(read.observations.filter((o) => o.kind !== "template-mismatch")).toEqual([]);
        expect(arithmetic(read)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("changing any one cell draws a finding that points at that cell", () => {
    const mutated = generated.chain((g) =>
      fc.record({ g: fc.constant(g), cell: fc.constantFrom(...cellsOf(g.variant)), value: count }),
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutated, ({ g, cell, value }) => {
        const rows = cell.table === "t3" ? g.t3 : g.t4;
        const cells = [...rows[cell.key]!];
        const old = cells[cell.col]!;
        cells[cell.col] = value === old ? old + 1 : value;
        const read = readReport(render({ ...g, [cell.table]: { ...rows, [cell.key]: cells } }));
        const range = read.sourceMap.get(cell.path)?.value;
        expect(range, cell.path).toBeDefined();
        const findings = arithmetic(read);
        for (const f of findings) seen.add(f.code);
        const hit = findings.some((f) => covers(f.range, range!) || f.related.some((r) => covers(r.range, range!)));
        expect(
          hit,
          `${g.variant} ${cell.path}: ${old} → ${cells[cell.col]}; findings: ${findings.map((f) => f.code).join(", ")}`,
        ).toBe(true);
      }),
      { numRuns: 700 },
    );
    // The runs reached every rule, so the property was not met by one rule alone.
    expect([...seen].sort()).toEqual(["T3-IDENTITY", "T3-RESULTS", "T3-ROWTOTAL", "T3-ZERO-PROPAGATION", "T4-ROWSUM"]);
  }, 30_000);
});
