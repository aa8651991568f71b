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
    for (const form of Object.values(core.FORMS))
      for (const leaf of core.table3Leaves(form)) expect(format).toContain(`| ${leaf.row.label} |`);
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

describe("the user guide", () => {
  const guide = readFileSync(join(ROOT, "docs/guide.md"), "utf8");

  it("quotes the 石龙区 example verbatim", () => {
    const example = "examples/shilong-gongxinju-2023.nianbao.yaml";
    const lines = readFileSync(join(ROOT, example), "utf8").split("\n");
    const excerpts = [...guide.matchAll(/```yaml\n# 摘自 ([^\n]+)\n([\s\S]*?)```/g)];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const [, source, body] of excerpts) {
      expect(source).toBe(example);
      // An excerpt may leave lines out but never changes or reorders them.
      let at = 0;
      for (const line of body!.replace(/\n$/, "").split("\n")) {
        const found = lines.indexOf(line, at);
        expect(found, `not in ${example} (after line ${at}): ${line}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }
  });

  it("names only registered rules", () => {
    const codes = new Set(guide.match(/\b[A-Z][A-Z0-9]*-[A-Z][A-Z0-9-]*[A-Z0-9]\b/g));
    expect(codes.size).toBeGreaterThan(0);
    for (const code of codes) expect(core.ruleByCode(code), `${code} is not a registered rule`).toBeDefined();
  });
});
