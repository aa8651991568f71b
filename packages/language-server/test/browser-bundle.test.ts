/**
 * The service entry runs in a browser or a web worker: bundled for the browser, nothing it reaches
 * may be a Node built-in (node:fs, path, …). The bundle is then loaded and used, so that a module
 * that only fails when run (a global Node has and a worker has not) is caught too.
 */
import { builtinModules } from "node:module";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = new URL("../src/service/index.ts", import.meta.url).pathname;
/** The LSP host a web worker runs the service in (`@nianbao/language-server/lsp`). */
const lspEntry = new URL("../src/lsp/index.ts", import.meta.url).pathname;
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Records every import of a Node built-in, with who imported it, instead of resolving it. */
function nodeBuiltins(found: string[]): Plugin {
  return {
    name: "node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.split("/")[0]!;
        if (!builtins.has(args.path) && !builtins.has(bare) && !args.path.startsWith("node:")) return undefined;
        found.push(`${args.path} (imported by ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

describe("the service entry in a browser", () => {
  it.each([
    ["the service", entry],
    ["the LSP host", lspEntry],
  ])("%s imports no Node built-in, directly or through its dependencies", async (_name, entryPoint) => {
    const found: string[] = [];
    const out = await build({
      entryPoints: [entryPoint],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      plugins: [nodeBuiltins(found)],
    });
    expect(found).toEqual([]);
    expect(out.outputFiles[0]!.text.length).toBeGreaterThan(0);
  });

  it("bundled, creates a service that answers without Node globals", async () => {
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    // Run as a worker would: `process`, `Buffer` and `setImmediate` hidden from the module's scope.
    const source = `const process = undefined, Buffer = undefined, setImmediate = undefined, require = undefined;\n${out.outputFiles[0]!.text}`;
    const mod = await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
    const workspace = mod.createInMemoryWorkspace({
      files: { "file:///workspace/2022.nianbao.yaml": "格式: 2021\n机关: 测试局\n年度: 2022\n" },
    });
    const service = mod.createLanguageService({ workspace, locale: "en" });
    expect(await service.indexWorkspace()).toBe(true);
    const doc = workspace.openDocument("file:///workspace/2023.nianbao.yaml", "格式: 2021\n机关: 测试局\n年度: 2023\n");
    const diagnostics = await service.diagnostics(doc);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(service.completion(doc, { line: 3, character: 0 }).items.length).toBeGreaterThan(0);
  });
});
