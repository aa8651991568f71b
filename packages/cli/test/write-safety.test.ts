/**
 * Issue 10, point 2: the CLI never writes over what the user has. An existing output is refused
 * unless --force, the input itself is refused even with --force (however it is named), a folder
 * imported again skips the reports already there, and every file is written whole or not at all.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asMarkdown } from "@nianbao/test-support/published";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const report = buildYaml({ agency: "测试市测试局", year: 2024 });
const source = asMarkdown();
/** Temporary files the atomic writes use, if any were left behind. */
const leftovers = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".tmp"));

let dir = "";
beforeEach(() => {
  dir = folderWith({ "r.nianbao.yaml": report, "src/a.md": source, "src/b.md": source });
  symlinkSync("r.nianbao.yaml", join(dir, "link.nianbao.yaml"));
});
afterEach(() => removeFolder(dir));

describe("render and import refuse to write onto their input, even with --force", () => {
  it.each([["r.nianbao.yaml"], ["./r.nianbao.yaml"], [join("..", "r.nianbao.yaml")], ["link.nianbao.yaml"]])(
    "render r.nianbao.yaml --format md -o %s",
    (output) => {
      const cwd = output.startsWith("..") ? join(dir, "src") : dir;
      const input = output.startsWith("..") ? join("..", "r.nianbao.yaml") : "r.nianbao.yaml";
      const r = nianbao(["render", input, "--format", "md", "-o", output, "--force"], cwd);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^nianbao：\S+\.nianbao\.yaml 是正在读取的文件本身，不能写入（--force 也不行）；请用 -o 指定另一个文件\n$/,
      );
      expect(readFileSync(join(dir, "r.nianbao.yaml"), "utf8")).toBe(report);
    },
  );

  it("import src/a.md -o src/a.md --force keeps the source", () => {
    const r = nianbao(["import", "src/a.md", "-o", "./src/a.md", "--force", "--locale", "en"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("src/a.md is the file being read and cannot be written over (not even with --force)");
    expect(readFileSync(join(dir, "src/a.md"), "utf8")).toBe(source);
  });

  it("new --from r.nianbao.yaml -o r.nianbao.yaml --force keeps last year's report", () => {
    const r = nianbao(["new", "--from", "r.nianbao.yaml", "-o", "link.nianbao.yaml", "--force"], dir);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "r.nianbao.yaml"), "utf8")).toBe(report);
  });
});

describe("an existing output is replaced only with --force", () => {
  it.each([
    ["render", ["render", "r.nianbao.yaml", "-o", "out.html"]],
    ["render docx beside the report", ["render", "r.nianbao.yaml", "--format", "docx"], "r.docx"],
    ["import", ["import", "src/a.md", "-o", "out.html"]],
  ])("%s", (_name, args, output = "out.html") => {
    writeFileSync(join(dir, output), "the user's own file");
    const refused = nianbao(args, dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`nianbao：${output} 已存在，未覆盖；如要覆盖请加 --force\n`);
    expect(readFileSync(join(dir, output), "utf8")).toBe("the user's own file");
    const forced = nianbao([...args, "--force"], dir);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(dir, output), "utf8")).not.toBe("the user's own file");
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("import FOLDER -o FOLDER a second time", () => {
  it("skips and lists the reports already there, keeping the edits; --force replaces them", () => {
    expect(nianbao(["import", "src", "-o", "src"], dir).status).toBe(0);
    const edited = join(dir, "src/a.nianbao.yaml");
    writeFileSync(edited, readFileSync(edited, "utf8").replace(/^机关: .*$/m, "机关: 编辑过的机关"));
    const again = nianbao(["import", "src", "-o", "src"], dir);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("src/a.nianbao.yaml 已存在，未覆盖（已跳过）；如要覆盖请加 --force\n");
    expect(again.stderr).toContain("src/b.nianbao.yaml 已存在，未覆盖（已跳过）");
    expect(again.stdout).toContain("已存在而跳过 2 份（未覆盖；如要覆盖请加 --force）。\n");
    expect(readFileSync(edited, "utf8")).toMatch(/^机关: 编辑过的机关$/m);
    const forced = nianbao(["import", "src", "-o", "src", "--force"], dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).not.toContain("跳过");
    expect(readFileSync(edited, "utf8")).not.toMatch(/编辑过的机关/);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("a write that fails", () => {
  it("exits 2 with one line and leaves no temporary file", () => {
    const missing = nianbao(["render", "r.nianbao.yaml", "-o", "no/such/folder/out.html"], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("nianbao：无法写入 no/such/folder/out.html（ENOENT）\n");
    // A folder where the file should go: the temporary file is written, the rename fails, and it is removed.
    mkdirSync(join(dir, "taken.html"));
    const folder = nianbao(["render", "r.nianbao.yaml", "-o", "taken.html", "--force"], dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^nianbao：无法写入 taken\.html（E[A-Z]+）\n$/);
    expect(leftovers(dir)).toEqual([]);
  });
});
