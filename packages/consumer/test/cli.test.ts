import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, inject, it } from "vitest";
import * as workspaceCli from "@nianbao/cli";
import { run, runOk } from "./support/packed.js";

/** The `nianbao` command as a project that ran `npm install @nianbao/cli` has it: through npx. */

const { project, tarballs } = inject("packed");
const version = tarballs.find((t) => t.name === "@nianbao/cli")!.version;
const installedCli = realpathSync(join(project, "node_modules", "@nianbao", "cli"));
const npx = (...args: string[]) => run("npx", ["--no-install", "nianbao", ...args], { cwd: project });

describe("npx nianbao in the installed project", () => {
  it("is the installed package's bin", () => {
    expect(realpathSync(join(project, "node_modules", ".bin", "nianbao"))).toBe(join(installedCli, "bundle", "bin.js"));
  });

  it("prints the packed version", () => {
    const r = npx("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("checks a report and finds its error, exiting 1", () => {
    const r = npx("check", "report.nianbao.yaml", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      reports: { file: string; findings: { code: string; severity: string; range: { start: { line: number } } }[] }[];
    };
    const rowsum = out.reports[0]!.findings.find((f) => f.code === "T4-ROWSUM");
    expect(rowsum).toMatchObject({ severity: "error" });
    const lines = readFileSync(join(project, "report.nianbao.yaml"), "utf8").split("\n");
    // Positions are LSP's, 0-based (docs/cli.md).
    expect(lines[rowsum!.range.start.line]).toMatch(/^ {2}行政复议: \[1, 0, 0, 0, 0\]/u);
  });

  it("writes its text report in Chinese with the located finding", () => {
    const r = npx("check", "report.nianbao.yaml");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^report\.nianbao\.yaml:49:\d+ +错误 +T4-ROWSUM +表四「行政复议」/mu);
  });

  it("renders a report to HTML (the bundled render path)", () => {
    runOk("npx", ["--no-install", "nianbao", "render", "report.nianbao.yaml", "-o", "report.html", "--force"], {
      cwd: project,
    });
    const html = readFileSync(join(project, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).toContain("行政复议");
  });
});

describe("@nianbao/cli as a library in the installed project", () => {
  it("loads its main entry with every dependency, exporting what the workspace build exports", () => {
    const out = JSON.parse(runOk(process.execPath, ["cli-api.mjs"], { cwd: project })) as {
      exports: string[];
      resolved: string;
    };
    expect(out.resolved).toBe(pathToFileURL(join(installedCli, "dist", "index.js")).href);
    expect(out.exports).toEqual(Object.keys(workspaceCli).sort());
    expect(out.exports).toContain("checkReports");
  });
});
