/** `--max-warnings N`, with eslint's meaning: more than N warnings fail the run even without errors. */
import { afterEach, describe, expect, it } from "vitest";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFolder(dir);
});

/** Reports with warnings only: a placeholder cell (VAL-BLANK) in each of two reports. */
function warningsOnly(): string {
  const report = (agency: string) => buildYaml({ agency, t4: { 行政复议: ['"-"', 0, 0, 0, 0] } });
  const dir = folderWith({ "a.nianbao.yaml": report("甲市甲局"), "b.nianbao.yaml": report("甲市乙局") });
  folders.push(dir);
  return dir;
}

const warningCount = (dir: string): number =>
  (JSON.parse(nianbao(["check", ".", "--format", "json"], dir).stdout) as { summary: { warnings: number } }).summary
    .warnings;

describe("nianbao check --max-warnings", () => {
  it("exits 1 when the warnings exceed N, 0 at N, with no error among them", () => {
    const dir = warningsOnly();
    const n = warningCount(dir);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(nianbao(["check", "."], dir).status).toBe(0);
    expect(nianbao(["check", ".", "--max-warnings", String(n)], dir).status).toBe(0);
    const over = nianbao(["check", ".", "--max-warnings", String(n - 1)], dir);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe(`警告 ${n} 个，超过 --max-warnings ${n - 1} 的上限。\n`);
    expect(nianbao(["check", ".", "--max-warnings=0", "--locale", "en"], dir).stderr).toBe(
      `${n} warnings, more than --max-warnings 0 allows.\n`,
    );
  });

  it("counts the warnings --quiet hides, and -1 sets no limit", () => {
    const dir = warningsOnly();
    const quiet = nianbao(["check", ".", "--quiet", "--max-warnings", "0"], dir);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).not.toContain("VAL-BLANK");
    expect(nianbao(["check", ".", "--max-warnings", "-1"], dir).status).toBe(0);
  });

  it("counts warnings after --severity", () => {
    const dir = warningsOnly();
    const out = JSON.parse(nianbao(["check", ".", "--format", "json"], dir).stdout) as {
      reports: { findings: { code: string; severity: string }[] }[];
    };
    const blanks = out.reports.flatMap((r) => r.findings).filter((f) => f.code === "VAL-BLANK").length;
    expect(blanks).toBe(2);
    const limit = String(warningCount(dir) - blanks);
    expect(nianbao(["check", ".", "--max-warnings", limit], dir).status).toBe(1);
    expect(nianbao(["check", ".", "--max-warnings", limit, "--severity", "VAL-BLANK=info"], dir).status).toBe(0);
  });

  it("rejects what is not a whole number from -1", () => {
    const dir = warningsOnly();
    for (const value of ["x", "1.5", "-2", ""]) {
      const r = nianbao(["check", ".", "--max-warnings", value], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--max-warnings");
    }
  });
});
