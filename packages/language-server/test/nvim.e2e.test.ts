import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(repo, "packages/language-server/dist/bin.cjs");
const script = join(repo, "e2e/nvim/check.lua");
const example = join(repo, "examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml");
const hasNvim = spawnSync("nvim", ["--version"]).status === 0;

// CI installs Neovim (.ci/run); there the test must run. Elsewhere it runs when nvim is present.
describe.runIf(hasNvim || process.env.CI)("Neovim (real third-party LSP client)", () => {
  it("shows the diagnostic, completes a key and applies a quick fix", () => {
    expect(existsSync(bin), "build the language server first (npm run build)").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "nianbao-nvim-"));
    const file = join(dir, "hongze-2023.nianbao.yaml");
    copyFileSync(example, file);
    // The completion below types 发布日期's initials; make sure the key is not already there.
    writeFileSync(file, readFileSync(file, "utf8").replace(/^发布日期:.*\n/m, ""));
    const before = readFileSync(file, "utf8").split("\n");
    const out = join(dir, "out.json");
    execFileSync("nvim", ["--headless", "--clean", "-u", "NONE", "-S", script], {
      env: { ...process.env, SERVER: bin, FILE: file, OUT: out, FIX_CODE: "T4-ROWSUM", COMPLETE_TEXT: "fbrq" },
      timeout: 60_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const result = JSON.parse(readFileSync(out, "utf8")) as {
      diagnostics: { code: string; line: number; message: string }[];
      completion: string[];
      fixed: string | false;
    };
    const reviewLine = before.findIndex((l) => /^\s*行政复议:/.test(l));
    const rowsum = result.diagnostics.filter((d) => d.code === "T4-ROWSUM");
    expect(rowsum.map((d) => d.line)).toContain(reviewLine);
    expect(rowsum.find((d) => d.line === reviewLine)!.message).toContain("「行政复议」");
    expect(rowsum.find((d) => d.line === reviewLine)!.message).toContain("11");
    expect(result.completion).toContain("发布日期");
    expect(result.fixed).toBeTruthy();
    const after = readFileSync(file, "utf8").split("\n");
    expect(after[reviewLine]).toMatch(/10,\s*1,\s*0,\s*0,\s*11\]/);
    // Only the fixed line changed.
    expect(after.filter((l, i) => l !== before[i]).length).toBe(1);
  });
});
