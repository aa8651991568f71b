/**
 * Issue 10, point 4: a file in which no report is found (empty, "hello world", a 404 page) is not an
 * import: exit 1 with a finding that says so, no YAML written, and a folder does not count it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMarkdown } from "@nianbao/test-support/published";
import { folderWith, nianbao, removeFolder } from "./support/run.js";

const PAGE_404 =
  "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr><p>nginx</p></body></html>\n";
const NO_REPORT = "IMP-UNREADABLE  来源中没有找到年度报告";

let dir = "";
beforeAll(() => {
  dir = folderWith({
    "empty.txt": "",
    "hello.txt": "hello world\n",
    "404.html": PAGE_404,
    "real.md": asMarkdown({ t3: { granted: [1, "1O", 0, 0, 0, 0, 11] } }),
  });
});
afterAll(() => removeFolder(dir));

describe("import of a file with no report in it", () => {
  it.each([["empty.txt"], ["hello.txt"], ["404.html"]])("%s: exit 1, the finding, no YAML", (file) => {
    const r = nianbao(["import", file], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file} 中没有找到报告，未写出 YAML\n`);
    expect(r.stderr).toContain(`${file}:1:`);
    expect(r.stderr).toContain(NO_REPORT);
    expect(r.stderr).not.toContain("没有找到表二");
    const o = nianbao(["import", file, "-o", `${file}.nianbao.yaml`], dir);
    expect(o.status).toBe(1);
    expect(existsSync(join(dir, `${file}.nianbao.yaml`))).toBe(false);
  });

  it("still gives the JSON account with --format json", () => {
    const r = nianbao(["import", "hello.txt", "--format", "json"], dir);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { messageId: string }) => f.messageId)).toEqual([
      "IMP-UNREADABLE.noReport",
    ]);
  });

  it("a real report with an unreadable cell still imports (exit 0)", () => {
    const r = nianbao(["import", "real.md"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^依申请公开:/m);
  });

  it("a folder counts them as not imported, writes no YAML for them, and exits 1", () => {
    const r = nianbao(["import", ".", "-o", "out"], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("共导入 1 份：");
    expect(r.stdout).toContain("未找到报告而未导入 3 份。\n");
    expect(existsSync(join(dir, "out/real.nianbao.yaml"))).toBe(true);
    for (const name of ["empty", "hello", "404"]) expect(existsSync(join(dir, `out/${name}.nianbao.yaml`))).toBe(false);
  });
});
