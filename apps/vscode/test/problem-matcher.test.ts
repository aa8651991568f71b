/**
 * The problem matchers the extension contributes ($nianbao, $nianbao-warning, $nianbao-info), run
 * over real `nianbao check` text output of examples/ in both languages: each finding's line is
 * matched by the matcher of its severity, with the file, line, column, code and message the JSON
 * output gives, and nothing else (related places, the summary) is taken for a problem.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;
const repo = join(root, "../..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const BIN = join(repo, "packages/cli/bundle/bin.js");

interface Pattern {
  name: string;
  regexp: string;
  file: number;
  line: number;
  column: number;
  code: number;
  message: number;
}
interface Matcher {
  name: string;
  owner: string;
  severity: string;
  pattern: string;
  fileLocation: string[];
}

const patterns: Pattern[] = manifest.contributes.problemPatterns;
const matchers: Matcher[] = manifest.contributes.problemMatchers;

function check(args: string[]) {
  const env = { ...process.env };
  delete env.LANG;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [BIN, "check", "examples", ...args], { cwd: repo, encoding: "utf8", env });
}

interface JsonFinding {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  range: { start: { line: number; character: number } };
}

describe("problem matchers", () => {
  it("contributes one matcher per severity, each with its own owner and pattern", () => {
    expect(matchers.map((m) => [m.name, m.severity])).toEqual([
      ["nianbao", "error"],
      ["nianbao-warning", "warning"],
      ["nianbao-info", "info"],
    ]);
    expect(new Set(matchers.map((m) => m.owner)).size).toBe(3);
    for (const m of matchers) {
      expect(patterns.map((p) => `$${p.name}`)).toContain(m.pattern);
      // The CLI writes paths relative to the folder it runs in, absolute outside it.
      expect(m.fileLocation).toEqual(["autoDetect", "${workspaceFolder}"]);
    }
  });

  for (const locale of ["zh-CN", "en"])
    it(`finds every finding of examples/ in the ${locale} text output, and nothing else`, () => {
      const text = check(["--locale", locale]);
      const json = JSON.parse(check(["--locale", locale, "--format", "json"]).stdout) as {
        reports: { file: string; findings: JsonFinding[] }[];
      };
      const expected = json.reports.flatMap((r) =>
        r.findings.map((f) => ({
          severity: f.severity,
          file: r.file,
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          code: f.code,
          message: f.message.replace(/\s*\r?\n\s*/g, " "),
        })),
      );
      expect(expected.length).toBeGreaterThan(30);
      expect(new Set(expected.map((e) => e.severity))).toEqual(new Set(["error", "warning", "info"]));

      const found = [];
      for (const line of text.stdout.split("\n"))
        for (const m of matchers) {
          const p = patterns.find((x) => `$${x.name}` === m.pattern)!;
          const g = new RegExp(p.regexp).exec(line);
          if (g)
            found.push({
              severity: m.severity,
              file: g[p.file],
              line: Number(g[p.line]),
              column: Number(g[p.column]),
              code: g[p.code],
              message: g[p.message],
            });
        }
      expect(found).toEqual(expected);
    });
});
