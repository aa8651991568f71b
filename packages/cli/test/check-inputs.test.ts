/**
 * Issue 10, point 4: the size limit holds before an input is read whole (a device, a pipe, standard
 * input); `check -` reads standard input; one input that cannot be read is reported in its place,
 * the rest are checked, and the exit status says an input failed.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, openSync, closeSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";
import { BIN, buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

interface JsonReport {
  file: string;
  findings: { code: string; message: string }[];
}

const REPORT = buildYaml();
const isRoot = process.getuid?.() === 0;

let dir = "";
beforeAll(() => {
  dir = folderWith({ "ok.nianbao.yaml": REPORT });
});
afterAll(() => removeFolder(dir));

/** The bin with a heap capped at 64 MB and a time limit: reading an endless input whole would fail either. */
function capped(args: readonly string[], stdin: "pipe" | number = "pipe", input?: Uint8Array) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=64", BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, LANG: "" },
    timeout: 30_000,
    stdio: [stdin, "pipe", "pipe"],
    ...(input ? { input } : {}),
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function withDevZeroOnStdin<T>(run: (fd: number) => T): T {
  const fd = openSync("/dev/zero", "r");
  try {
    return run(fd);
  } finally {
    closeSync(fd);
  }
}

describe("size limits hold before an input is read whole", () => {
  it("check /dev/zero stops at the limit: FILE-UNREADABLE, status 2", () => {
    const r = capped(["check", "/dev/zero"]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("/dev/zero:1:1  错误  FILE-UNREADABLE  /dev/zero 超过 1.9 MB，不可能是一份年报");
  });

  it("check - with an endless standard input stops at the same limit", () => {
    const r = withDevZeroOnStdin((fd) => capped(["check", "-"], fd));
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("-:1:1  错误  FILE-UNREADABLE  - 超过 1.9 MB");
  });

  it("import /dev/zero and import - stop at import's limit", () => {
    const file = capped(["import", "/dev/zero"]);
    expect(file.signal).toBeNull();
    expect(file.status).toBe(2);
    expect(file.stderr).toBe(
      "nianbao：/dev/zero 有 > 20.0 MB，超过导入上限 20.0 MB；年度报告通常只有几十到几百 KB，请确认选对了文件\n",
    );
    const stdin = withDevZeroOnStdin((fd) => capped(["import", "-"], fd));
    expect(stdin.signal).toBeNull();
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toContain("超过导入上限 100.0 MB");
  }, 60_000);
});

describe("check - reads a report from standard input", () => {
  it("checks it as a file named -, in any encoding, beside files named on the command line", () => {
    const alone = capped(["check", "--format", "json", "-"], "pipe", Buffer.from(REPORT));
    expect(alone.status).toBe(0);
    const file = JSON.parse(nianbao(["check", "--format", "json", "ok.nianbao.yaml"], dir).stdout) as {
      reports: JsonReport[];
    };
    const stdin = JSON.parse(alone.stdout) as { reports: JsonReport[] };
    expect(stdin.reports).toEqual([{ ...file.reports[0]!, file: "-" }]);

    const gb = capped(["check", "--format", "json", "-", "ok.nianbao.yaml"], "pipe", encodeGb18030(REPORT));
    const both = JSON.parse(gb.stdout) as { reports: JsonReport[] };
    expect(both.reports.map((x) => [x.file, x.findings.map((f) => f.code)])).toEqual([
      ["-", ["FILE-ENCODING", ...file.reports[0]!.findings.map((f) => f.code)]],
      ["ok.nianbao.yaml", file.reports[0]!.findings.map((f) => f.code)],
    ]);
  });

  it("refuses undecidable bytes on standard input as it does in a file", () => {
    const r = capped(["check", "-"], "pipe", Buffer.alloc(64));
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("-:1:1  错误  FILE-UNREADABLE  无法判断 - 的编码");
  });
});

describe("one unreadable input does not stop the others", () => {
  /** A folder of good reports with, among them, entries named like reports that cannot be read. */
  function folderWithUnreadable(count: number): string {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`a/r${String(i).padStart(2, "0")}.nianbao.yaml`] = REPORT;
    const f = folderWith(files);
    symlinkSync(join(f, "gone.nianbao.yaml"), join(f, "a", "dangling.nianbao.yaml"));
    spawnSync("mkfifo", [join(f, "a", "pipe.nianbao.yaml")]);
    // Root reads a file or a folder whatever its permissions: these two only count when not root.
    writeFileSync(join(f, "a", "denied.nianbao.yaml"), REPORT);
    chmodSync(join(f, "a", "denied.nianbao.yaml"), 0o000);
    mkdirSync(join(f, "closed"));
    writeFileSync(join(f, "closed", "x.nianbao.yaml"), REPORT);
    chmodSync(join(f, "closed"), 0o000);
    return f;
  }

  const unreadable = (reports: JsonReport[]) =>
    Object.fromEntries(
      reports
        .filter((r) => r.findings.some((x) => x.code === "FILE-UNREADABLE"))
        .map((r) => [r.file, r.findings.map((x) => x.message)]),
    );

  for (const [label, count] of [
    ["a few files, on the main thread", 3],
    ["a batch of worker threads", 60],
  ] as const) {
    it(`reports each in its place, checks the rest and exits 2 (${label})`, () => {
      const f = folderWithUnreadable(count);
      try {
        const r = nianbao(["check", "--format", "json", "--jobs", "2", "."], f);
        expect(r.status).toBe(2);
        const reports = (JSON.parse(r.stdout) as { reports: JsonReport[] }).reports;
        const expected: Record<string, string[]> = {
          "a/dangling.nianbao.yaml": ["a/dangling.nianbao.yaml 是符号链接，但它指向的文件不存在"],
          "a/pipe.nianbao.yaml": ["a/pipe.nianbao.yaml 不是普通文件（而是命名管道、设备等），文件夹检查不读取它"],
          ...(isRoot
            ? {}
            : {
                "a/denied.nianbao.yaml": ["无法读取 a/denied.nianbao.yaml：没有读取权限"],
                closed: ["无法读取 closed：没有读取权限"],
              }),
        };
        expect(unreadable(reports)).toEqual(expected);
        const good = reports.filter((x) => /^a\/r\d+/.test(x.file));
        expect(good).toHaveLength(count);
        const alone = (
          JSON.parse(nianbao(["check", "--format", "json", "ok.nianbao.yaml"], dir).stdout) as { reports: JsonReport[] }
        ).reports[0]!.findings;
        for (const g of good) expect(g.findings).toEqual(alone);
        // In the order of the names, as every result is.
        const names = reports.map((x) => x.file);
        expect(names).toEqual([...names].sort());
      } finally {
        chmodSync(join(f, "closed"), 0o755);
        removeFolder(f);
      }
    });
  }

  it("says which input failed in the summary, and exits 2 even with --quiet", () => {
    const f = folderWithUnreadable(1);
    try {
      const r = nianbao(["check", "--quiet", "."], f);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain("a/dangling.nianbao.yaml:1:1  错误  FILE-UNREADABLE");
    } finally {
      chmodSync(join(f, "closed"), 0o755);
      removeFolder(f);
    }
  });
});
