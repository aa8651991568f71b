/**
 * What the API hands out is either the caller's own or deeply frozen (docs/api.md): a caller that
 * changes a report it got (as a language-server plugin or a batch script may) changes nothing in
 * any other report, read before or after, in the same long-running process.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIMITS,
  FORMS,
  nextYearReport,
  parseReport,
  PLACEHOLDERS,
  readReport,
  table3Leaves,
  type Cell,
  type Report,
} from "../src/index.js";

const example = (name: string): string => readFileSync(resolve(import.meta.dirname, "../../../examples", name), "utf8");
const SUQIAN = example("jiangsu-suqian-city-2023.nianbao.yaml");
const SHILONG = example("shilong-gongxinju-2023.nianbao.yaml");

/** Every cell of a report, table by table. */
function cellsOf(report: Report): Cell[] {
  return [
    ...Object.values(report.proactive).flatMap((row) => Object.values(row)),
    ...Object.values(report.requests).flat(),
    ...Object.values(report.litigation).flat(),
  ] as Cell[];
}

/** Every object reachable from `root` through own properties (and Map and Set entries). */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const pending = [root];
  while (pending.length) {
    const v = pending.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) pending.push(k, x);
    if (v instanceof Set) for (const x of v) pending.push(x);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) pending.push(d.value);
    }
  }
  return seen;
}

describe("objects the API hands out", () => {
  it("a change to one report's cells changes no other report, read before or after", () => {
    const before = parseReport(SHILONG);
    const expected = structuredClone(before.report);
    const changed = parseReport(SUQIAN);
    // Reflect.set rather than assignment: a frozen cell refuses the change without throwing.
    for (const cell of cellsOf(changed.report))
      for (const field of ["value", "exact", "status", "raw"])
        Reflect.set(cell, field, field === "value" ? 4242 : "改过");
    expect(cellsOf(changed.report).length).toBeGreaterThan(100);
    expect(before.report).toEqual(expected);
    const after = parseReport(SHILONG);
    expect(after.report).toEqual(expected);
    expect(after.findings).toEqual(before.findings);
  });

  it("a change to a report's tables and rows changes no other report", () => {
    const first = readReport(SHILONG);
    const expected = structuredClone(first.report);
    const second = readReport(SHILONG);
    for (const row of Object.values(second.report.requests)) row!.fill(row![0]!);
    for (const row of Object.values(second.report.proactive)) for (const k of Object.keys(row)) delete row[k];
    (second.report.present as { requests: boolean }).requests = false;
    expect(first.report).toEqual(expected);
    expect(readReport(SHILONG).report).toEqual(expected);
  });

  it("whatever two results share is deeply frozen", () => {
    const a = reachable([parseReport(SUQIAN), nextYearReport(parseReport(SUQIAN).report)]);
    const b = reachable([parseReport(SHILONG), nextYearReport(parseReport(SHILONG).report)]);
    const shared = [...a].filter((o) => b.has(o));
    // The form definitions and the cells of small counts at least.
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  it("the reader's exported constants are frozen", () => {
    expect([Object.isFrozen(DEFAULT_LIMITS), Object.isFrozen(PLACEHOLDERS)]).toEqual([true, true]);
  });

  it("the form definitions and their derived tables are deeply frozen", () => {
    for (const form of Object.values(FORMS))
      for (const root of [form, table3Leaves(form)])
        expect([...reachable(root)].filter((o) => !Object.isFrozen(o))).toEqual([]);
  });
});
