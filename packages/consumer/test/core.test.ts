import { spawnSync } from "node:child_process";
import { builtinModules, createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { build, transformSync } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
// The workspace's build of core: the reference the installed tarball must agree with.
import * as core from "@nianbao/core";
import { repoRoot, run as runIn } from "./support/packed.js";

/**
 * The acceptance test of @nianbao/core as published: the tarball from `npm pack`, installed into an
 * empty project outside the repository (test/setup.ts), used there by its name, through its
 * `exports` only, from Node ESM, Node CommonJS, a browser bundle and TypeScript. The programs are
 * fixtures/ copied into that project.
 */

const require = createRequire(import.meta.url);
const { project } = inject("packed");
const text = readFileSync(join(project, "report.nianbao.yaml"), "utf8");
const { summarize } = require(join(project, "summarize.cjs")) as {
  summarize: (c: typeof core, t: string) => Record<string, unknown>;
};
const CHROMIUM = "/usr/bin/chromium";
const tsc = require.resolve("typescript/bin/tsc");

const run = (file: string, args: readonly string[] = []) => {
  const r = runIn(process.execPath, [file, ...args], { cwd: project });
  if (r.status !== 0) throw new Error(`${file} exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  return { out: JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, any>, stderr: r.stderr };
};

/** What the package must report: exactly what the workspace's build reports. */
const expected = () => summarize(core, text);
const installedCore = realpathSync(join(project, "node_modules", "@nianbao", "core"));

/** Bundles fixtures/browser.mjs for a browser, resolving @nianbao/core in the project as any bundler there would. */
async function bundleForBrowser() {
  const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const result = await build({
    absWorkingDir: project,
    entryPoints: ["browser.mjs"],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: ["es2022"],
    loader: { ".yaml": "text" },
    metafile: true,
    logLevel: "silent",
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs),
    nodeImports: imports.map((i) => i.path).filter((p) => nodeBuiltins.has(p) || p.startsWith("node:")),
    external: [...new Set(imports.filter((i) => i.external).map((i) => i.path))],
    warnings: result.warnings.map((w) => w.text),
  };
}

describe("@nianbao/core from another package", () => {
  it("finds the known error from the sources (the fixture's own premise)", () => {
    const s = expected() as { codes: string[]; rowsum: { at: string; position: { line: number }; fix: string[] } };
    expect(s.codes).toContain("T4-ROWSUM");
    expect(s.rowsum.at).toBe("0");
    expect(text.split("\n")[s.rowsum.position.line]).toMatch(/^ {2}行政复议: \[1, 0, 0, 0, 0\]/u);
    expect(s.rowsum.fix).toEqual(["1"]);
  });

  it("works from Node ESM (import), the installed copy, with internals kept behind the exports map", () => {
    const { out } = run("core-esm.mjs");
    expect(out).toEqual({
      entry: "esm",
      ...expected(),
      internals: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      resolved: pathToFileURL(join(installedCore, "dist", "index.js")).href,
    });
  });

  it("works from Node CommonJS (require), the installed copy", () => {
    const { out, stderr } = run("core-cjs.cjs");
    expect(out).toEqual({
      entry: "cjs",
      ...expected(),
      internals: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      resolved: join(installedCore, "dist", "index.js"),
    });
    expect(stderr).not.toMatch(/Error/u);
  });

  it("type-checks a TypeScript consumer against the published types, misuse included", () => {
    const r = runIn(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 150_000);

  it("bundles its browser-only entry, @nianbao/core/browser, for a page, through the exports map", async () => {
    const result = await build({
      absWorkingDir: project,
      stdin: {
        contents: `import { layoutSlots, moveInGrid } from "@nianbao/core/browser";
          const one = { colSpan: 1, rowSpan: 1 };
          globalThis.__moved = moveInGrid(layoutSlots([[one, one, one]]).flat(), 0, "rowEnd");`,
        resolveDir: project,
        loader: "js",
      },
      bundle: true,
      write: false,
      platform: "browser",
      format: "iife",
      metafile: true,
      logLevel: "silent",
    });
    expect(Object.keys(result.metafile.inputs)).toContain("node_modules/@nianbao/core/dist/browser/index.js");
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(result.outputFiles[0]!.text, sandbox, { timeout: 10_000 });
    expect(sandbox.__moved).toBe(2);
  });

  describe("in a browser", () => {
    let bundle = "";
    let build: Awaited<ReturnType<typeof bundleForBrowser>>;
    beforeAll(async () => {
      build = await bundleForBrowser();
      bundle = build.code;
    }, 60_000);

    it("bundles the installed package for platform browser with no Node built-in", () => {
      expect(build.warnings).toEqual([]);
      expect(build.nodeImports).toEqual([]);
      expect(build.external).toEqual([]);
      expect(build.inputs).toContain("node_modules/@nianbao/core/dist/index.js");
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

    it("runs in headless Chromium", () => {
      const dir = mkdtempSync(join(tmpdir(), "nianbao-consumer-browser-"));
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
    }, 120_000);
  });
});

/**
 * docs/api.md and the package's README: every ```ts block that imports the package is a complete
 * program. Each is type-checked against the installed package's types, run in the project as a
 * consumer would run it, and what it prints must match its `// → ` comments.
 */
describe("documented examples", () => {
  const examples = ["docs/api.md", "packages/core/README.md"].flatMap((file) => {
    const doc = readFileSync(join(repoRoot, file), "utf8");
    return [...doc.matchAll(/```ts\n([\s\S]*?)```/gu)]
      .map((m) => m[1]!)
      .filter((code) => /from "@nianbao\/core"/u.test(code))
      .map((code, i) => ({
        name: `${file.replace(/\W+/gu, "-")}-${i + 1}`,
        file,
        code,
        line: doc.slice(0, doc.indexOf(code)).split("\n").length,
        expected: [...code.matchAll(/\/\/ → (.*)$/gmu)].map((m) => m[1]!),
      }));
  });
  const dir = join(project, "api-doc");

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
    expect(examples.filter((e) => e.file === "docs/api.md").length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => e.file.endsWith("README.md")).length).toBeGreaterThanOrEqual(2);
    for (const e of examples)
      expect(e.expected.length, `${e.name} (${e.file} line ${e.line}) shows no output`).toBeGreaterThan(0);
  });

  it("type-checks every example against the published types", () => {
    const r = runIn(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { cwd: project });
    expect(r.stdout + r.stderr).toBe("");
  }, 150_000);

  it.each(examples.map((e) => [e.file, e.line, e] as const))("%s line %i prints its // → lines", (_file, _line, e) => {
    const r = runIn(process.execPath, [join(dir, `${e.name}.mjs`)], { cwd: project });
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").slice(0, -1)).toEqual(e.expected);
  });
});
