import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

/** A usage or I/O error: status 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectFailure(r: ReturnType<typeof nianbao>, text: string): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe(`${text}\n`);
}

describe("nianbao usage and I/O errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({
      "empty/readme.txt": "no report here",
      "ok.nianbao.yaml": buildYaml(),
      "node_modules/dep.nianbao.yaml": buildYaml(),
    });
  });
  afterAll(() => removeFolder(dir));

  it("rejects an unknown option with status 2 and a one-line message", () => {
    expectFailure(
      nianbao(["check", "--fromat", "json", "."], dir),
      "nianbao：未知选项 --fromat（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["--frob"], dir, { LANG: "en_GB.UTF-8" }),
      "nianbao: unknown option --frob (run nianbao --help for usage)",
    );
  });

  it("rejects bad option values", () => {
    expectFailure(
      nianbao(["check", "--format", "xml", "."], dir),
      "nianbao：选项 --format 的值“xml”无效，可选：text, json, sarif, github, html, csv, xlsx（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["check", "--locale", "fr", "."], dir),
      "nianbao：选项 --locale 的值“fr”无效，可选：zh-CN, en（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["check", "--severity", "T4-ROWSUM", "."], dir),
      "nianbao：--severity 的值“T4-ROWSUM”无效，应写作 规则代码=级别，级别为 off、info、warning、error（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["check", "--severity", "NO-SUCH=off", "."], dir),
      "nianbao：--severity 中的规则代码“NO-SUCH”不存在（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["check", "--format"], dir),
      "nianbao：选项 --format 需要一个值（运行 nianbao check --help 查看用法）",
    );
    expectFailure(
      nianbao(["check", "--quiet=yes", "."], dir),
      "nianbao：选项 --quiet 不接受值（运行 nianbao check --help 查看用法）",
    );
  });

  it("rejects a missing or unknown command and missing paths", () => {
    expectFailure(nianbao([], dir), "nianbao：请指定命令（运行 nianbao --help 查看用法）");
    expectFailure(nianbao(["frob"], dir), "nianbao：未知命令“frob”（运行 nianbao --help 查看用法）");
    expectFailure(
      nianbao(["check"], dir, { LANG: "en_US" }),
      "nianbao: no file or folder to check (run nianbao check --help for usage)",
    );
  });

  it("exits 2 when a folder holds no report, or a path does not exist", () => {
    expectFailure(
      nianbao(["check", "empty"], dir),
      "nianbao：在 empty 中没有找到 *.nianbao.yaml 或 *.nianbao.yml 报告",
    );
    expectFailure(
      nianbao(["check", "--locale", "en", "ok.nianbao.yaml", "missing"], dir),
      "nianbao: no such file or folder: missing",
    );
    // Under node_modules, which no folder search enters (a dangling link a search finds is a finding: check-inputs.test).
    symlinkSync(join(dir, "gone.nianbao.yaml"), join(dir, "node_modules", "dangling.nianbao.yaml"));
    expectFailure(
      nianbao(["check", "node_modules/dangling.nianbao.yaml"], dir),
      "nianbao：找不到文件或文件夹：node_modules/dangling.nianbao.yaml",
    );
  });

  it("never searches node_modules, and takes a file named explicitly whatever its name", () => {
    const r = nianbao(["check", "--format", "json", ".", "empty/readme.txt"], dir);
    const files = (JSON.parse(r.stdout) as { reports: { file: string }[] }).reports.map((x) => x.file);
    expect(files).toEqual(["empty/readme.txt", "ok.nianbao.yaml"]);
  });

  it("prints help and version on stdout with status 0", () => {
    const help = nianbao(["--help"], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("check <文件或文件夹…>");
    for (const command of ["check", "render", "new", "import"])
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    const checkHelp = nianbao(["check", "-h", "--locale", "en"], dir);
    expect(checkHelp.status).toBe(0);
    expect(checkHelp.stdout).toContain("--format <text|json|sarif|github>");
    const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version as string;
    expect(nianbao(["--version"], dir).stdout).toBe(`${version}\n`);
    expect(nianbao(["-V"], dir).status).toBe(0);
  });
});
