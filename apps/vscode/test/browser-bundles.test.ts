import { builtinModules } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM build script without types
import { bundles } from "../esbuild.mjs";
import { chromiumPath } from "./support/e2e.js";

/**
 * VS Code for the Web's two bundles (package.json `browser`, and the language server it starts in a
 * web worker): built for the browser without a single Node built-in, and the server answering the
 * LSP from a real web worker in Chromium, its files asked of the client as the extension serves them.
 */

const root = fileURLToPath(new URL("../", import.meta.url));
const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const browserBundles = (bundles() as BuildOptions[]).filter(
  (b) => b.platform === "browser" && String(b.outfile).includes("/browser/"),
);

/** Records every import of a Node built-in, wherever it comes from, instead of letting esbuild decide. */
function nodeBuiltins(seen: string[]): Plugin {
  return {
    name: "node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path)) return undefined;
        seen.push(`${args.path} (imported by ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

describe("the web bundles", () => {
  it("are the extension's browser entry and the worker's server", () => {
    const manifest = JSON.parse(readFileSync(`${root}/package.json`, "utf8"));
    expect(browserBundles.map((b) => b.outfile)).toEqual(["dist/browser/extension.js", "dist/browser/server.js"]);
    expect(manifest.browser).toBe("./dist/browser/extension.js");
  });

  it.each(browserBundles.map((b) => [b.outfile as string, b]))(
    "%s imports no Node built-in",
    async (_, options) => {
      const seen: string[] = [];
      const result = await build({
        ...options,
        absWorkingDir: root,
        write: false,
        metafile: true,
        logLevel: "silent",
        plugins: [nodeBuiltins(seen)],
      });
      expect(seen).toEqual([]);
      // Nothing but `vscode`, which the web worker extension host provides, is left to load at run time.
      const external = Object.values(result.metafile.inputs).flatMap((i) =>
        i.imports.filter((x) => x.external).map((x) => x.path),
      );
      expect(new Set(external)).toEqual(new Set(options.external ?? []));
    },
    60_000,
  );
});

const serverBundle = `${root}/dist/browser/server.js`;

describe.runIf(existsSync(chromiumPath))("the language server in a web worker (headless Chromium)", () => {
  it("checks a report against last year's, read through the client, and answers hover", async () => {
    expect(existsSync(serverBundle), "npm run build writes dist/browser/server.js").toBe(true);
    const folder = "vscode-test-web://mount/reports";
    const files: Record<string, string> = {
      [`${folder}/hongze-2023.nianbao.yaml`]: readFileSync(
        `${examples}/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml`,
        "utf8",
      ),
      [`${folder}/hongze-2024.nianbao.yaml`]: readFileSync(
        `${examples}/jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml`,
        "utf8",
      ),
    };
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage();
      const got = await page.evaluate(
        async ({ code, folder, files }) => {
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
          const asked: string[] = [];
          const pending = new Map<number, (r: unknown) => void>();
          let diagnostics: ((d: { uri: string; diagnostics: { code: string; message: string }[] }) => void) | null =
            null;
          const wanted = `${folder}/hongze-2024.nianbao.yaml`;
          const published = new Promise<{ code: string; message: string }[]>((resolve) => {
            diagnostics = (d) => {
              if (d.uri === wanted && d.diagnostics.some((x) => String(x.code).startsWith("XY-")))
                resolve(d.diagnostics);
            };
          });
          // What the extension answers (browser/workspace-requests.ts), from the files above.
          const answer = (method: string, params: Record<string, unknown>): unknown => {
            asked.push(method);
            if (method === "nianbao/readFile") return { text: files[params.uri as string] ?? null };
            if (method === "nianbao/listReportFiles") return { uris: Object.keys(files) };
            if (method === "workspace/configuration") return [{ locale: "zh-CN" }];
            return null;
          };
          worker.onmessage = (e: MessageEvent) => {
            const m = e.data;
            if (m.method && m.id !== undefined)
              worker.postMessage({ jsonrpc: "2.0", id: m.id, result: answer(m.method, m.params ?? {}) });
            else if (m.method === "textDocument/publishDiagnostics") diagnostics?.(m.params);
            else if (m.id !== undefined) pending.get(m.id)?.(m.result);
          };
          let id = 0;
          const request = (method: string, params: unknown) =>
            new Promise<unknown>((resolve) => {
              pending.set(++id, resolve);
              worker.postMessage({ jsonrpc: "2.0", id, method, params });
            });
          const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: "2.0", method, params });
          const init = (await request("initialize", {
            processId: null,
            rootUri: folder,
            locale: "zh-cn",
            workspaceFolders: [{ uri: folder, name: "reports" }],
            capabilities: { workspace: { configuration: true, workspaceFolders: true } },
          })) as { capabilities: Record<string, unknown> };
          notify("initialized", {});
          const text = files[wanted]!;
          notify("textDocument/didOpen", { textDocument: { uri: wanted, languageId: "nianbao", version: 1, text } });
          const found = await published;
          const line = text.split("\n").findIndex((l) => /^\s*本年新收:/.test(l));
          const hover = (await request("textDocument/hover", {
            textDocument: { uri: wanted },
            position: { line, character: 3 },
          })) as { contents: { value: string } } | null;
          worker.terminate();
          return {
            capabilities: Object.keys(init.capabilities),
            codes: [...new Set(found.map((d) => String(d.code)))],
            asked: [...new Set(asked)],
            hover: hover?.contents.value ?? "",
          };
        },
        { code: readFileSync(serverBundle, "utf8"), folder, files },
      );
      expect(got.capabilities).toEqual(
        expect.arrayContaining(["completionProvider", "hoverProvider", "codeActionProvider", "inlayHintProvider"]),
      );
      // Last year's report came through the client: listed, then read.
      expect(got.asked).toEqual(expect.arrayContaining(["nianbao/listReportFiles", "nianbao/readFile"]));
      expect(got.codes).toEqual(expect.arrayContaining(["XY-SIMILARITY", "STR-TEMPLATE-VERSION"]));
      expect(got.hover).toContain("一、本年新收政府信息公开申请数量");
    } finally {
      await browser.close();
    }
  }, 60_000);
});
