import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig, parseReport } from "../../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const doc = readFileSync(new URL("../../../../docs/config.md", import.meta.url), "utf8");
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "gu"))].map((m) => m[1]!);

/** docs/config.md shows what the code does: its examples are checked here. */
describe("docs/config.md", () => {
  it("shows a config the loader accepts, with every setting", () => {
    const [example] = blocks("json");
    const { config, findings } = parseConfig(example!);
    expect(findings).toEqual([]);
    expect(Object.keys(config.rules).length).toBeGreaterThan(0);
    expect(config.include && config.exclude.length && config.profile && config.locale).toBeTruthy();
  });

  it("shows a disable comment that silences its finding", () => {
    const [example] = blocks("yaml");
    const rows = example!.split("\n").slice(1).join("\n");
    const text = buildYaml({ t4: { 行政复议: [1, 0, 0, 0, 5] } }).replace(/^\s*行政复议:.*$/mu, rows.trimEnd());
    const codes = parseReport(text).findings.map((f) => f.code);
    expect(codes).not.toContain("T4-ROWSUM");
    expect(codes).not.toContain("DISABLE-UNUSED");
    expect(parseReport(text.replace(/^\s*# nianbao-disable.*\n/mu, "")).findings.map((f) => f.code)).toContain(
      "T4-ROWSUM",
    );
  });
});
