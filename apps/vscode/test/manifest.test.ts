import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE_NAME, configJsonSchema } from "@nianbao/core";
import { resolveSettings } from "@nianbao/language-server";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;
const json = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8"));
const manifest = json("package.json");
const nls = {
  en: json("package.nls.json") as Record<string, string>,
  zh: json("package.nls.zh-cn.json") as Record<string, string>,
};
const bundle = json("l10n/bundle.l10n.zh-cn.json") as Record<string, string>;

const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
const code = sources("src")
  .map((f) => readFileSync(join(root, f), "utf8"))
  .join("\n");

describe("localisation", () => {
  it("translates every %key% of package.json into both languages, and nothing else", () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    expect(new Set(keys)).toEqual(new Set(Object.keys(nls.en)));
    expect(Object.keys(nls.zh).sort()).toEqual(Object.keys(nls.en).sort());
    for (const [k, v] of Object.entries(nls.zh)) expect(v, k).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has a 中文 translation for every runtime string the code passes to l10n", () => {
    // Literal first arguments of vscode.l10n.t(...) and of the injected t(...).
    const used = new Set(
      [...code.matchAll(/(?:\bl10n\.t|(?<![\w.])t)\(\s*"((?:[^"\\]|\\.)*)"/g)].map(
        (m) => JSON.parse(`"${m[1]}"`) as string,
      ),
    );
    expect(used.size).toBeGreaterThan(20);
    for (const s of used) expect(bundle, s).toHaveProperty([s]);
    for (const k of Object.keys(bundle)) expect(used, `unused translation: ${k}`).toContain(k);
    // Placeholders survive translation.
    for (const [k, v] of Object.entries(bundle))
      expect([...v.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort(), k).toEqual(
        [...k.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort(),
      );
  });
});

describe("contributions", () => {
  const c = manifest.contributes;

  it("registers every contributed command in code, and contributes every command the code registers", () => {
    const contributed = c.commands.map((x: { command: string }) => x.command).sort();
    const registered = [...code.matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    expect(registered).toEqual(contributed);
    for (const group of Object.values(c.menus) as { command: string }[][])
      for (const item of group) expect(contributed).toContain(item.command);
  });

  it("offers the preview in the editor title bar for reports", () => {
    expect(c.menus["editor/title"]).toContainEqual(
      expect.objectContaining({
        command: "nianbao.openPreviewToSide",
        group: "navigation",
        when: expect.stringContaining("editorLangId == nianbao"),
      }),
    );
  });

  it("contributes the nianbao language for *.nianbao.yaml and *.nianbao.yml with its own grammar and icon", () => {
    expect(c.languages[0]).toMatchObject({ id: "nianbao", extensions: [".nianbao.yaml", ".nianbao.yml"] });
    expect(c.grammars[0]).toMatchObject({ language: "nianbao", scopeName: "source.nianbao" });
    const grammar = json(c.grammars[0].path);
    expect(grammar.scopeName).toBe("source.nianbao");
    expect(manifest.extensionDependencies ?? []).toEqual([]);
  });

  it("validates and completes nianbao.config.json with core's schema, shipped in the extension", () => {
    expect(c.jsonValidation).toEqual([{ fileMatch: CONFIG_FILE_NAME, url: "./dist/nianbao.config.schema.json" }]);
    // The build copies the generated schema; what ships is what core describes.
    const shipped = json(c.jsonValidation[0].url);
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
    expect(readFileSync(join(root, ".vscodeignore"), "utf8")).not.toMatch(/^dist\b/mu);
  });

  it("has settings the language server understands, with its defaults", () => {
    const props = c.configuration.properties;
    const defaults = resolveSettings({});
    expect(props["nianbao.locale"].enum).toEqual(["auto", "zh-CN", "en"]);
    expect(props["nianbao.filePatterns"].default).toEqual(defaults.filePatterns);
    expect(props["nianbao.inlayHints.columnLabels"].default).toBe(defaults.inlayHints.columnLabels);
    expect(props["nianbao.inlayHints.totals"].default).toBe(defaults.inlayHints.totals);
    expect(props["nianbao.severity"].additionalProperties.enum.sort()).toEqual(["error", "info", "off", "warning"]);
    // What VS Code sends for the section is what the server reads.
    const sent = {
      locale: "en",
      severity: { "T4-ROWSUM": "warning" },
      inlayHints: { columnLabels: false, totals: true },
      filePatterns: ["**/*.nb.yaml"],
      debounceMs: 300,
    };
    expect(resolveSettings(sent)).toEqual({
      locale: "en",
      localeChosen: true,
      severity: { "T4-ROWSUM": "warning" },
      inlayHints: { columnLabels: false, totals: true },
      filePatterns: ["**/*.nb.yaml"],
      debounceMs: 300,
    });
  });

  it("turns off for reports what fights the format, and suggests while keys are typed", () => {
    const d = c.configurationDefaults["[nianbao]"];
    expect(d["editor.wordBasedSuggestions"]).toBe("off");
    expect(d["editor.unicodeHighlight.ambiguousCharacters"]).toBe(false);
    // Double-clicking the first cell of a row beside its "[" would select the whole row.
    expect(d["editor.doubleClickSelectsBlock"]).toBe(false);
    expect(d["editor.quickSuggestions"]).toMatchObject({ other: "on", strings: "on" });
    // Enter inside a one-line text becomes the block form only when on-type formatting runs.
    expect(d["editor.formatOnType"]).toBe(true);
  });

  it("has one configurationDefaults: a second key in package.json would silently replace the first", () => {
    const raw = readFileSync(new URL("../package.json", import.meta.url), "utf8");
    expect(raw.match(/"configurationDefaults"/g)).toHaveLength(1);
  });

  it("declares Restricted Mode support, and an @types/vscode no newer than engines.vscode", () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    const engine = manifest.engines.vscode.replace(/^\^/, "");
    const types = manifest.devDependencies["@types/vscode"].replace(/^[~^]/, "");
    expect(types.localeCompare(engine, undefined, { numeric: true })).toBeLessThanOrEqual(0);
    expect(engine.localeCompare("1.139.1", undefined, { numeric: true })).toBeLessThanOrEqual(0);
    expect(manifest.activationEvents).toContain("onWebviewPanel:nianbao.preview");
  });

  it("packages offline with vsce, without dependencies (everything is bundled)", () => {
    expect(manifest.scripts.package).toContain("vsce package --no-dependencies");
    const ignore = readFileSync(join(root, ".vscodeignore"), "utf8");
    for (const p of ["src/**", "node_modules/**", ".turbo/**", "**/*.map"]) expect(ignore).toContain(p);
  });
});

describe("grammar", () => {
  const grammar = json("syntaxes/nianbao.tmLanguage.json");
  const patterns = (node: unknown): string[] => {
    if (!node || typeof node !== "object") return [];
    return Object.entries(node).flatMap(([k, v]) =>
      ["match", "begin", "end"].includes(k) && typeof v === "string" ? [v] : patterns(v),
    );
  };

  it("compiles every pattern and resolves every include", () => {
    const all = patterns(grammar);
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) expect(() => new RegExp(p), p).not.toThrow();
    const includes = [...JSON.stringify(grammar).matchAll(/"include":"#([\w-]+)"/g)].map((m) => m[1]!);
    for (const i of includes) expect(grammar.repository).toHaveProperty([i]);
  });

  it("colours keys, numbers and comments of a report line", () => {
    const key = new RegExp(grammar.repository["block-key"].match);
    expect(key.exec("  行政复议:         [10, 1, 0, 0, 11]")?.[3]).toBe("行政复议");
    expect(key.exec("  - 规则: T2-STOCKFLOW")?.[3]).toBe("规则");
    const numeric = grammar.repository.scalar.patterns.find(
      (p: { name?: string }) => p.name === "constant.numeric.yaml",
    );
    expect("[10, 1, 7730.28]".match(new RegExp(numeric.match, "g"))).toEqual(["10", "1", "7730.28"]);
    expect(new RegExp(grammar.repository.comment.match).exec("行政事业性收费: 0  # 万元")?.[0]).toBe("# 万元");
  });
});
