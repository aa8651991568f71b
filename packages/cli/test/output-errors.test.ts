/**
 * Issue 10, point 2: a failed write of standard output or error exits 2 with one line, where every
 * stdout error used to be ignored (`nianbao check … > /dev/full` exited 0 with nothing written). A
 * reader that goes away (`| head`) stays quiet and is no failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMarkdown } from "@nianbao/test-support/published";
import { BIN, buildYaml, folderWith, removeFolder } from "./support/run.js";

const FULL = "/dev/full";
const report = buildYaml({ agency: "测试市测试局", year: 2024 });

/** Runs the bin with standard output (or error) sent to /dev/full, as `> /dev/full` does. */
function toFull(args: readonly string[], cwd: string, stream: "stdout" | "stderr" = "stdout") {
  const fd = openSync(FULL, "w");
  try {
    const stdio = stream === "stdout" ? (["ignore", fd, "pipe"] as const) : (["ignore", "pipe", fd] as const);
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      stdio: [...stdio],
      encoding: "utf8",
      env: { ...process.env, LANG: "" },
    });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  } finally {
    closeSync(fd);
  }
}

let dir = "";
beforeAll(() => {
  dir = folderWith({
    "r.nianbao.yaml": report,
    "a.md": asMarkdown(),
    ...Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`many/${i}.nianbao.yaml`, report.replace("测试市测试局", `测试局${i}`)]),
    ),
  });
});
afterAll(() => removeFolder(dir));

describe.runIf(existsSync(FULL))("standard output that cannot be written", () => {
  it.each([
    ["check", ["check", "r.nianbao.yaml"]],
    ["check --format json", ["check", "r.nianbao.yaml", "--format", "json"]],
    ["render", ["render", "r.nianbao.yaml"]],
    ["import", ["import", "a.md"]],
    ["new", ["new"]],
  ])("%s > /dev/full exits 2 with one line", (_name, args) => {
    const r = toFull(args, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("nianbao：无法写入标准输出（ENOSPC），输出不完整\n");
  });

  it("says so in English with --locale en", () => {
    expect(toFull(["--locale", "en", "check", "r.nianbao.yaml"], dir).stderr).toBe(
      "nianbao: cannot write to standard output (ENOSPC); the output is incomplete\n",
    );
  });

  it("standard error that cannot be written exits 2 as well (import's findings go there)", () => {
    const r = toFull(["import", "a.md", "-o", "out.nianbao.yaml"], dir, "stderr");
    expect(r.status).toBe(2);
  });
});

describe("a reader that goes away (| head)", () => {
  it("is no error: no message, and the status is the check's own", () => {
    const script = `"${process.execPath}" "${BIN}" check many --format json | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const r = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "" } });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toMatch(/^status=[01]$/);
  });
});
