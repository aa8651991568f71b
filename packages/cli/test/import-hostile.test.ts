/**
 * Issue 6: the importer against hostile input — a 50 MB HTML page, deeply nested tables, binary
 * data — gives a clear error in bounded time and memory. The CLI runs with its V8 heap capped at
 * 96 MB, so reading the 50 MB page into a string (100 MB as UTF-16) would crash it: the bound on
 * memory is enforced, not just observed.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, folderWith, removeFolder } from "./support/run.js";

let dir = "";
beforeAll(() => {
  dir = folderWith({});
  const row = "<tr><td>一、本年新收政府信息公开申请数量</td>" + "<td>1</td>".repeat(7) + "</tr>";
  writeFileSync(
    join(dir, "big.html"),
    `<html><body><table>${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}</table></body></html>`,
  );
  // 100,000 levels of tables that never close, about 1.5 MB: under the size limit, so the reader itself must cope.
  writeFileSync(join(dir, "nested.html"), `<html><body>${"<table><tr><td>".repeat(100_000)}1</body></html>`);
  const binary = Buffer.alloc(2 * 1024 * 1024);
  for (let i = 0; i < binary.length; i++) binary[i] = (Math.imul(i, 2654435761) >>> 13) & 255;
  writeFileSync(join(dir, "binary.html"), binary);
});
afterAll(() => removeFolder(dir));

function importCapped(...args: string[]) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=96", BIN, "import", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LANG: "" },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe("nianbao import against hostile input", () => {
  it("refuses a 50 MB HTML page before reading it, with a clear message", () => {
    const r = importCapped("big.html");
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/big\.html 有 \d+\.\d MB，超过导入上限 20\.0 MB/);
    expect(r.stdout).toBe("");
  });

  it("reads deeply nested unclosed tables without running out of stack or memory", () => {
    const r = importCapped("nested.html");
    expect(r.signal).toBeNull();
    // Nothing of a report is in it: that is said, and no YAML is written (issue 10).
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("IMP-UNREADABLE  来源中没有找到年度报告");
    expect(r.stdout).toBe("");
  });

  it("refuses binary data as not a text file", () => {
    const r = importCapped("binary.html");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("binary.html 不是文本文件，或无法判断它的编码");
    const en = spawnSync(process.execPath, [BIN, "import", "binary.html", "--locale", "en"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(en.stderr).toContain("binary.html is not a text file");
  });

  it("keeps importing a folder past the files it cannot read, and says which", () => {
    const r = importCapped(".");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("big.html 有");
    expect(r.stderr).toContain("binary.html 不是文本文件");
    expect(r.stdout).toContain("nested.html");
  });
});
