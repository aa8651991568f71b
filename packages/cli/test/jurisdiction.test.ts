import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INJECTIONS } from "./support/jurisdiction-errors.js";
import { writeJurisdiction, type Jurisdiction } from "./support/jurisdiction.js";
import { nianbao, removeFolder } from "./support/run.js";

// The generated jurisdiction is test data other tests assert on: what it says it holds must be what
// `nianbao check` finds in it, report by report.

const folders: string[] = [];
const freshFolder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-jurisdiction-"));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach(removeFolder));
/** Two thousand reports on two cores shared with other suites: generous limits, not speed claims. */
const LARGE = 300_000;

/** Rule codes per file (relative to the folder) as `nianbao check . --format json` reports them. */
function codesByFile(dir: string): Map<string, string[]> {
  const r = nianbao(["check", ".", "--format", "json"], dir);
  expect(r.stderr).toBe("");
  const out = JSON.parse(r.stdout) as { reports: { file: string; findings: { code: string }[] }[] };
  return new Map(
    out.reports.map((rep) => [rep.file.replace(/^\.\//u, ""), [...new Set(rep.findings.map((f) => f.code))].sort()]),
  );
}

/** Every file's bytes, hashed in path order. */
function digest(dir: string, j: Jurisdiction): string {
  const h = createHash("sha256");
  for (const f of [...j.files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    h.update(f.path).update(readFileSync(join(dir, f.path)));
  return h.digest("hex");
}

describe("the generated jurisdiction of 2,000 reports", { timeout: LARGE }, () => {
  let dir: string;
  let j: Jurisdiction;
  let found: Map<string, string[]>;
  beforeAll(() => {
    dir = freshFolder();
    j = writeJurisdiction(dir);
    found = codesByFile(dir);
  }, LARGE);

  it("holds about 2,000 reports of 400 agencies over 2021–2025, each file where it says", () => {
    expect(j.expected.agencies).toHaveLength(400);
    expect(new Set(j.expected.agencies).size).toBe(400);
    expect(j.expected.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(j.files.length).toBeGreaterThan(1900);
    expect(j.files.length).toBeLessThanOrEqual(2000);
    expect(found.size).toBe(j.files.length);
    for (const f of j.files) {
      const text = readFileSync(join(dir, f.path), "utf8");
      expect(text).toContain(`机关: ${f.agency}\n`);
      expect(text).toContain(`年度: ${f.year}\n`);
    }
    // Three folder layouts, as offices receive them: by agency, by year, flat.
    const shapes = new Set(j.files.map((f) => f.path.replace(/[^/]+/gu, "x")));
    expect(shapes).toEqual(new Set(["x/x/x", "x/x"]));
    expect(j.files.some((f) => /^\d{4}年度\//u.test(f.path))).toBe(true);
  });

  it("gives exactly the recorded findings: none for a clean report, the injected rules' for the others", () => {
    const wrong = j.files
      .map((f) => ({ path: f.path, expected: [...(f.injected?.codes ?? [])].sort(), found: found.get(f.path) }))
      .filter((x) => JSON.stringify(x.expected) !== JSON.stringify(x.found));
    expect(wrong).toEqual([]);
  });

  it("injects every kind of error, a few percent of the reports", () => {
    const kinds = new Set(j.expected.injected.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(INJECTIONS.map((i) => i.kind).sort());
    expect(j.expected.injected.length).toBeGreaterThan(50);
    expect(j.expected.injected.length).toBeLessThan(200);
  });

  it("has agencies with last year's report and none this year", () => {
    expect(j.expected.missing.length).toBeGreaterThan(5);
    const last = j.expected.years.at(-1)!;
    for (const m of j.expected.missing) {
      expect(m.year).toBe(last);
      expect(existsSync(join(dir, m.previousPath))).toBe(true);
      const years = j.files.filter((f) => f.agency === m.agency).map((f) => f.year);
      expect(years).toContain(last - 1);
      expect(years).not.toContain(last);
    }
  });
});

describe("writeJurisdiction", () => {
  it("writes the same files for the same seed, other files for another", () => {
    const options = { agencies: 30, seed: 7 };
    const [a, b, c] = [freshFolder(), freshFolder(), freshFolder()];
    const ja = writeJurisdiction(a, options);
    expect(digest(b, writeJurisdiction(b, options))).toBe(digest(a, ja));
    expect(digest(c, writeJurisdiction(c, { ...options, seed: 8 }))).not.toBe(digest(a, ja));
  });

  it("writes 2019-format reports for the years up to 2020, as clean as the others", () => {
    const dir = freshFolder();
    const j = writeJurisdiction(dir, { agencies: 40, years: [2019, 2020, 2021, 2022], errorRate: 0 });
    expect(new Set(j.files.map((f) => f.format))).toEqual(new Set([2019, 2021]));
    for (const f of j.files) expect(f.format).toBe(f.year <= 2020 ? 2019 : 2021);
    const found = codesByFile(dir);
    expect([...found.values()].filter((codes) => codes.length)).toEqual([]);
    expect(found.size).toBe(j.files.length);
  });
});
