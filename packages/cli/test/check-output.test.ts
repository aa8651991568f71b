import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) removeFolder(dir);
});

/** A folder with one report whose table 四 total is wrong (an error), as `check` meets it. */
function folder(): string {
  const dir = folderWith({ "a.nianbao.yaml": buildYaml({ t4: { 行政复议: [2, 0, 0, 0, 0] } }) });
  folders.push(dir);
  return dir;
}

describe("nianbao check -o FILE", () => {
  it("writes what stdout would have held, says where on stderr, and keeps the exit status", () => {
    const dir = folder();
    const piped = nianbao(["check", ".", "--format", "json"], dir);
    const written = nianbao(["check", ".", "--format", "json", "-o", "result.json"], dir);
    expect(written.status).toBe(piped.status);
    expect(written.stdout).toBe("");
    expect(written.stderr).toContain("result.json");
    expect(readFileSync(join(dir, "result.json"), "utf8")).toBe(piped.stdout);
  });

  it("keeps an existing file unless --force, and then replaces it whole", () => {
    const dir = folder();
    writeFileSync(join(dir, "result.txt"), "mine");
    const refused = nianbao(["check", ".", "--output", "result.txt"], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(dir, "result.txt"), "utf8")).toBe("mine");

    const forced = nianbao(["check", ".", "--output", "result.txt", "--force", "--no-summary"], dir);
    expect(forced.status).toBe(1);
    expect(readFileSync(join(dir, "result.txt"), "utf8")).toBe(nianbao(["check", ".", "--no-summary"], dir).stdout);
  });

  it("never writes over a report it checks, even with --force", () => {
    const dir = folder();
    const before = readFileSync(join(dir, "a.nianbao.yaml"), "utf8");
    const r = nianbao(["check", "a.nianbao.yaml", "-o", "a.nianbao.yaml", "--force"], dir);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "a.nianbao.yaml"), "utf8")).toBe(before);
  });
});
