import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as taskScenario from "../../../e2e/vscode/task-scenario.mjs";
import { e2eTools, repo, runE2ETests } from "./support/e2e.js";

// 洪泽区's two years: errors, warnings, and the infos of the cross-year comparison.
const sources = ["2023", "2024"].map((y) => join(repo, `examples/jiangsu-huaian-hongzequ-gov-${y}.nianbao.yaml`));
const bin = join(repo, "packages/cli/bundle/bin.js");

interface Row {
  text: string;
  severity: string;
}
interface JsonFinding {
  code: string;
  severity: string;
  range: { start: { line: number; character: number } };
}

/** The findings of the two reports, as the CLI's JSON gives them. */
function jsonFindings(): JsonFinding[] {
  const env = { ...process.env };
  delete env.LANG;
  const json = JSON.parse(
    spawnSync(process.execPath, [bin, "check", ...sources, "--format", "json"], { encoding: "utf8", env }).stdout,
  ) as { reports: { findings: JsonFinding[] }[] };
  return json.reports.flatMap((r) => r.findings);
}

describe.runIf(runE2ETests)("nianbao check as a VS Code task, in a real VS Code (code-server + Chromium)", () => {
  let rows: Row[];
  let terminal: string;

  it("runs the task scenario on the built .vsix", async () => {
    const facts = (await runE2E({
      ...e2eTools(),
      scenario: taskScenario,
      workspace: { sources, node: process.execPath, bin, locale: "zh-CN", expected: jsonFindings().length },
      viewport: { width: 1400, height: 1800 },
    })) as { rows: Row[]; terminal: string };
    rows = facts.rows;
    terminal = facts.terminal;
  }, 600_000);

  it("puts every finding of the text output in the Problems view, with its place and severity", () => {
    const findings = jsonFindings();
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["error", "warning", "info"]));
    for (const f of findings) {
      const place = `[Ln ${f.range.start.line + 1}, Col ${f.range.start.character + 1}]`;
      const row = rows.find((r) => r.text.includes(f.code) && r.text.includes(place));
      expect(row, `${f.code} ${place} in ${JSON.stringify(rows)}; the task printed:\n${terminal}`).toBeDefined();
      expect(row!.severity).toBe(f.severity);
    }
    // And nothing else: every row is one of the CLI's findings.
    expect(rows).toHaveLength(findings.length);
  });
});
