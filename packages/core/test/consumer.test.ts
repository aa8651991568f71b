import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { transformSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import * as core from "../src/index.js";

/**
 * The acceptance test of the package as published: a separate package (test/fixtures/consumer)
 * uses @nianbao/core by its name, through its `exports` only, from Node ESM, Node CommonJS, a
 * browser bundle and TypeScript. It needs the built package, so it builds core first.
 */

const require = createRequire(import.meta.url);
const coreDir = fileURLToPath(new URL("../", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/consumer/", import.meta.url));
const text = readFileSync(join(fixture, "report.nianbao.yaml"), "utf8");
const { summarize } = require("./fixtures/consumer/summarize.cjs") as {
  summarize: (c: typeof core, t: string) => Record<string, unknown>;
};
const CHROMIUM = "/usr/bin/chromium";
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const run = (file: string, args: readonly string[] = []) => {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: fixture, encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${file} exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  return { out: JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, any>, stderr: r.stderr };
};

/** What the package must report: exactly what the sources report. */
const expected = () => summarize(core, text);

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b"], {
    cwd: coreDir,
    stdio: "pipe",
    timeout: 120_000,
  });
}, 150_000);

describe("@nianbao/core from another package", () => {
  it("finds the known error from the sources (the fixture's own premise)", () => {
    const s = expected() as { codes: string[]; rowsum: { at: string; position: { line: number }; fix: string[] } };
    expect(s.codes).toContain("T4-ROWSUM");
    expect(s.rowsum.at).toBe("0");
    expect(text.split("\n")[s.rowsum.position.line]).toMatch(/^ {2}行政复议: \[1, 0, 0, 0, 0\]/u);
    expect(s.rowsum.fix).toEqual(["1"]);
  });

  it("works from Node ESM (import), with internals kept behind the exports map", () => {
    const { out } = run("esm.mjs");
    expect(out).toEqual({ entry: "esm", ...expected(), internals: "ERR_PACKAGE_PATH_NOT_EXPORTED" });
  });

  it("works from Node CommonJS (require)", () => {
    const { out, stderr } = run("cjs.cjs");
    expect(out).toEqual({ entry: "cjs", ...expected(), internals: "ERR_PACKAGE_PATH_NOT_EXPORTED" });
    expect(stderr).not.toMatch(/Error/u);
  });

  it("type-checks a TypeScript consumer against the published types", () => {
    const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json"], {
      cwd: fixture,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 150_000);

  describe("in a browser", () => {
    let bundle = "";
    let build: Record<string, any> = {};
    beforeAll(() => {
      build = run("build-browser.mjs").out;
      bundle = readFileSync(join(fixture, build.outfile), "utf8");
    }, 60_000);

    it("bundles for platform browser with no Node built-in", () => {
      expect(build.warnings).toEqual([]);
      expect(build.nodeImports).toEqual([]);
      expect(build.external).toEqual([]);
      expect(build.inputs.some((p: string) => p.endsWith("dist/index.js"))).toBe(true);
      expect(bundle).not.toMatch(
        /\brequire\(\s*["'](?:node:)?(?:fs|path|url|module|os|process|child_process)["']\s*\)/u,
      );
    });

    it("runs in a bare JavaScript realm: no require, no process, no Node globals", () => {
      const sandbox: Record<string, unknown> = {};
      vm.runInNewContext(
        `${bundle}\n;globalThis.__realm = { require: typeof require, process: typeof process, Buffer: typeof Buffer };`,
        sandbox,
        { timeout: 30_000 },
      );
      expect(sandbox.__realm).toEqual({ require: "undefined", process: "undefined", Buffer: "undefined" });
      expect(sandbox.__nianbaoConsumer).toEqual({ entry: "browser", ...expected() });
    });

    it.skipIf(!existsSync(CHROMIUM))(
      "runs in headless Chromium",
      () => {
        const dir = mkdtempSync(join(tmpdir(), "nianbao-consumer-"));
        try {
          const page = join(dir, "index.html");
          writeFileSync(join(dir, "browser.js"), bundle);
          writeFileSync(
            page,
            '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="browser.js"></script></body></html>',
          );
          const r = spawnSync(
            CHROMIUM,
            [
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-dev-shm-usage",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              `--user-data-dir=${join(dir, "profile")}`,
              "--dump-dom",
              pathToFileURL(page).href,
            ],
            { encoding: "utf8", timeout: 90_000 },
          );
          const m = /<pre id="result">([\s\S]*?)<\/pre>/u.exec(r.stdout);
          if (!m) throw new Error(`no result in the page (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
          const html = m[1]!
            .replace(/&quot;/gu, '"')
            .replace(/&lt;/gu, "<")
            .replace(/&gt;/gu, ">")
            .replace(/&amp;/gu, "&");
          expect(JSON.parse(html)).toEqual({ entry: "browser", ...expected() });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
      120_000,
    );
  });
});

/**
 * docs/api.md: every ```ts block that imports the package is a complete program. Each is
 * type-checked against the published types, run from the repository root as a consumer would run
 * it, and what it prints must match its `// → ` comments.
 */
describe("docs/api.md examples", () => {
  const doc = readFileSync(join(repoRoot, "docs", "api.md"), "utf8");
  const examples = [...doc.matchAll(/```ts\n([\s\S]*?)```/gu)]
    .map((m) => m[1]!)
    .filter((code) => /from "@nianbao\/core"/u.test(code))
    .map((code, i) => ({
      name: `example-${i + 1}`,
      code,
      line: doc.slice(0, doc.indexOf(code)).split("\n").length,
      expected: [...code.matchAll(/\/\/ → (.*)$/gmu)].map((m) => m[1]!),
    }));
  const dir = join(fixture, "dist", "api-doc");

  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const e of examples) {
      writeFileSync(join(dir, `${e.name}.ts`), e.code);
      writeFileSync(
        join(dir, `${e.name}.mjs`),
        transformSync(e.code, { loader: "ts", format: "esm", target: "node20" }).code,
      );
    }
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
      },
      include: ["*.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  });

  it("has runnable examples, each printing what it claims", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const e of examples)
      expect(e.expected.length, `${e.name} (docs/api.md line ${e.line}) shows no output`).toBeGreaterThan(0);
  });

  it("type-checks every example against the published types", () => {
    const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.stdout + r.stderr).toBe("");
  }, 150_000);

  it.each(examples.map((e) => [e.name, e.line, e] as const))(
    "%s (docs/api.md line %i) prints its // → lines",
    (_name, _line, e) => {
      const r = spawnSync(process.execPath, [join(dir, `${e.name}.mjs`)], {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.stderr).toBe("");
      expect(r.stdout.split("\n").slice(0, -1)).toEqual(e.expected);
    },
  );
});
