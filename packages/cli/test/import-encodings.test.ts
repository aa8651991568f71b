/**
 * Issue 10, point 3: `import` reads published text in the encodings it comes in. Notepad's
 * "Unicode" (UTF-16 with a BOM) was refused as binary data.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";
import { BIN, buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

let dir = "";
let markdown = "";
beforeAll(() => {
  dir = folderWith({ "r.nianbao.yaml": buildYaml({ agency: "测试市测试局" }) });
  const rendered = nianbao(["render", "r.nianbao.yaml", "--format", "md"], dir);
  expect(rendered.status).toBe(0);
  markdown = rendered.stdout;
  writeFileSync(join(dir, "utf8.md"), markdown);
  writeFileSync(join(dir, "utf16le.md"), Buffer.from(`\uFEFF${markdown}`, "utf16le"));
  writeFileSync(join(dir, "utf16be.md"), Buffer.from(`\uFEFF${markdown}`, "utf16le").swap16());
  writeFileSync(join(dir, "gb18030.md"), encodeGb18030(markdown));
});
afterAll(() => removeFolder(dir));

describe("import reads the encodings published text comes in", () => {
  it("imports UTF-16 LE/BE with a BOM and GB18030 text as it imports the same text in UTF-8", () => {
    const utf8 = nianbao(["import", "utf8.md"], dir);
    expect(utf8.status).toBe(0);
    expect(utf8.stdout).toContain("测试市测试局");
    for (const file of ["utf16le.md", "utf16be.md", "gb18030.md"]) {
      const r = nianbao(["import", file], dir);
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stdout.replaceAll(file, "utf8.md"), file).toBe(utf8.stdout);
    }
  });

  it("imports UTF-16 text from standard input", () => {
    const r = spawnSync(process.execPath, [BIN, "import", "-"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, LANG: "" },
      input: Buffer.from(`\uFEFF${markdown}`, "utf16le"),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("测试市测试局");
  });
});
