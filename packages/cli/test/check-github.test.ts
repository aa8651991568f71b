/** `--format github`: GitHub Actions workflow commands, one per finding, escaped as the runner reads them. */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../src/output/github.js";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const EXAMPLES = join(import.meta.dirname, "../../../examples");
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFolder(dir);
});

/** What the runner does with an escaped value. */
const unescape = (s: string) =>
  s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related: { range: { start: { line: number; character: number } }; message: string; file?: string }[];
}

describe("escaping", () => {
  it("encodes %, CR and LF in messages, and also : and , in properties", () => {
    expect(escapeData("50%\r\na: b, c")).toBe("50%25%0D%0Aa: b, c");
    expect(escapeProperty("50%\r\na: b, c")).toBe("50%25%0D%0Aa%3A b%2C c");
    // % first, so an escape already in the text is not read back as the character it stands for.
    expect(escapeProperty("%0A%3A")).toBe("%250A%253A");
    expect(unescape(escapeProperty("%0A%3A,:\n"))).toBe("%0A%3A,:\n");
  });
});

describe("nianbao check --format github", () => {
  it("writes one command per finding of the real 洪泽区 reports, placed as the JSON places them", () => {
    const dir = folderWith({});
    folders.push(dir);
    for (const f of ["jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", "jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml"])
      copyFileSync(join(EXAMPLES, f), join(dir, f));
    const r = nianbao(["check", ".", "--format", "github"], dir);
    const json = JSON.parse(nianbao(["check", ".", "--format", "json"], dir).stdout) as {
      reports: { file: string; findings: JsonFinding[] }[];
    };
    expect(r.status).toBe(1);
    const lines = r.stdout.replace(/\n$/, "").split("\n");
    const findings = json.reports.flatMap((rep) => rep.findings.map((f) => ({ file: rep.file, f })));
    expect(lines.length).toBe(findings.length);
    const command =
      /^::(error|warning|notice) (file=[^,:]+,line=\d+,(?:col=\d+,endColumn=\d+|endLine=\d+),title=[A-Z0-9-]+)::(.*)$/;
    lines.forEach((line, i) => {
      const { file, f } = findings[i]!;
      const m = command.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe({ error: "error", warning: "warning", info: "notice" }[f.severity]);
      const props = Object.fromEntries(m![2]!.split(",").map((p) => p.split("=") as [string, string]));
      expect(unescape(props.file!)).toBe(file);
      expect(Number(props.line)).toBe(f.range.start.line + 1);
      if (f.range.start.line === f.range.end.line) {
        expect(Number(props.col)).toBe(f.range.start.character + 1);
        expect(Number(props.endColumn)).toBe(f.range.end.character + 1);
      } else expect(Number(props.endLine)).toBe(f.range.end.line + 1);
      expect(props.title).toBe(f.code);
      const related = f.related.map(
        (rel) => `${rel.file ?? file}:${rel.range.start.line + 1}:${rel.range.start.character + 1}  ${rel.message}`,
      );
      expect(unescape(m![3]!)).toBe([f.message, ...related].join("\n"));
    });
    // XY-SIMILARITY says "重复 66%": the % is encoded.
    expect(r.stdout).toMatch(/title=XY-SIMILARITY::[^\n]*\d+%25/);
    expect(r.stdout).toContain(
      "::error file=jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml,line=68,col=31,endColumn=32,title=T4-ROWSUM::表四「行政复议」：",
    );
  });

  it("escapes : and , in a file's name", () => {
    const dir = folderWith({ "甲,乙:2023.nianbao.yaml": buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }) });
    folders.push(dir);
    const r = nianbao(["check", ".", "--format", "github"], dir);
    expect(r.stdout).toMatch(
      /^::error file=甲%2C乙%3A2023\.nianbao\.yaml,line=\d+,col=\d+,endColumn=\d+,title=T4-ROWSUM::/m,
    );
  });
});
