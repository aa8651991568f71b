import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";
// The generator is the repository's docs script; it takes the core module as an argument, so the
// test renders from src (what the code says now) and the script from dist.
import { ROOT, renderDocs } from "../../../scripts/generate-docs.mjs";

const { files } = renderDocs(core);

/** Where two texts first differ, for a failure message that says what to look at. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split("\n");
  const b = generated.split("\n");
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? "(end)")}, generated ${JSON.stringify(b[at] ?? "(end)")}`;
}

describe("generated docs", () => {
  for (const [path, generated] of Object.entries(files)) {
    it(`${path} is up to date (run \`npm run docs\` if not)`, () => {
      const committed = readFileSync(join(ROOT, path), "utf8");
      expect(committed === generated, `${path} is stale: ${firstDifference(committed, generated)}`).toBe(true);
    });
  }

  it("the rules reference has an entry for every registered rule", () => {
    const rules = files["docs/rules.md"]!;
    for (const rule of core.RULES) expect(rules).toContain(`\n### ${rule.code}\n`);
  });

  it("the file format lists every leaf row of table 三 in both forms", () => {
    const format = files["docs/file-format.md"]!;
    for (const form of Object.values(core.FORMS)) for (const leaf of core.table3Leaves(form)) expect(format).toContain(`| ${leaf.row.label} |`);
  });

  it("the example report of the file format reads back without a single observation", () => {
    const format = files["docs/file-format.md"]!;
    const yaml = /## 完整的空白报告[^\n]*\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(format)?.[1];
    expect(yaml).toBeTruthy();
    const read = core.readReport(yaml!);
    expect(read.observations).toEqual([]);
    expect(read.report.requests.feeUnpaid?.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
