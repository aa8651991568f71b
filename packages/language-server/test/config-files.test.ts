/**
 * Issue 13: the language server reads nianbao.config.json as `nianbao check` does, so the editor
 * and CI give the same findings; editor settings win for that editor; a changed config re-checks
 * the open reports; a broken one is a diagnostic on the config file and a message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  ShowMessageNotification,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { buildYaml } from "@nianbao/test-support/build";
import { ConfigFiles } from "../src/service/config-files.js";
import { findReportFiles, loadReportText } from "../src/workspace-files.js";
import { DEFAULT_FILE_PATTERNS } from "../src/service/settings.js";
import { initialize, inProcess, type TestClient } from "./support/client.js";

let client: TestClient | null = null;
const roots: string[] = [];
afterEach(() => {
  client?.dispose();
  client = null;
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function workspace(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "nianbao-ls-config-"));
  roots.push(root);
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { root, write, uri: (name: string) => pathToFileURL(join(root, name)).href };
}

const WRONG_TOTAL = buildYaml({ t4: { 行政复议: [1, 0, 0, 0, 5] } });
const rowsum = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === "T4-ROWSUM");
const open = (c: TestClient, uri: string, text: string) =>
  c.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "nianbao", version: 1, text },
  });

describe("nianbao.config.json in the language server", () => {
  it("applies the nearest config to an open report; the editor's severity wins", async () => {
    const ws = workspace({
      "nianbao.config.json": JSON.stringify({ rules: { "T4-ROWSUM": "info" }, locale: "en" }),
      "a/a.nianbao.yaml": WRONG_TOTAL,
      "b/nianbao.config.json": "{}",
      "b/b.nianbao.yaml": WRONG_TOTAL,
    });
    client = inProcess();
    await initialize(client, pathToFileURL(ws.root).href);
    const a = client.diagnostics(ws.uri("a/a.nianbao.yaml"), (p) => !!rowsum(p));
    await open(client, ws.uri("a/a.nianbao.yaml"), WRONG_TOTAL);
    const found = rowsum(await a)!;
    expect(found.severity).toBe(3);
    expect(found.message).toMatch(/^Table 四/u);
    const b = client.diagnostics(ws.uri("b/b.nianbao.yaml"), (p) => !!rowsum(p));
    await open(client, ws.uri("b/b.nianbao.yaml"), WRONG_TOTAL);
    expect(rowsum(await b)!.severity).toBe(1);
    client.dispose();

    client = inProcess({ severity: { "T4-ROWSUM": "warning" }, locale: "zh-CN" });
    await initialize(client, pathToFileURL(ws.root).href);
    const again = client.diagnostics(ws.uri("a/a.nianbao.yaml"), (p) => !!rowsum(p));
    await open(client, ws.uri("a/a.nianbao.yaml"), WRONG_TOTAL);
    const overridden = rowsum(await again)!;
    expect(overridden.severity).toBe(2);
    expect(overridden.message).toMatch(/^表四/u);
  });

  it("re-checks the open reports when the config changes, and shows a broken config on the file", async () => {
    const ws = workspace({ "a.nianbao.yaml": WRONG_TOTAL });
    client = inProcess();
    const messages: string[] = [];
    client.connection.onNotification(ShowMessageNotification.type, (m) => void messages.push(m.message));
    await initialize(client, pathToFileURL(ws.root).href);
    const uri = ws.uri("a.nianbao.yaml");
    const first = client.diagnostics(uri, (p) => rowsum(p)?.severity === 1);
    await open(client, uri, WRONG_TOTAL);
    await first;

    ws.write("nianbao.config.json", JSON.stringify({ rules: { "T4-ROWSUM": "off" } }));
    const off = client.diagnostics(uri, (p) => !rowsum(p));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("nianbao.config.json"), type: FileChangeType.Created }],
    });
    await off;

    ws.write("nianbao.config.json", '{\n  "rules": { "T4-ROWSUM": "of" }\n}\n');
    const configDiagnostics = client.diagnostics(ws.uri("nianbao.config.json"), (p) => p.diagnostics.length > 0);
    const back = client.diagnostics(uri, (p) => rowsum(p)?.severity === 1);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("nianbao.config.json"), type: FileChangeType.Changed }],
    });
    await back;
    const [d] = (await configDiagnostics).diagnostics;
    expect([d!.code, d!.severity, d!.range.start, d!.message]).toEqual([
      "CONFIG-INVALID",
      1,
      { line: 1, character: 26 },
      '规则 T4-ROWSUM 的严重程度应为 "off"、"info"、"warning" 或 "error"，这里是 "of"。本配置未生效，报告按默认设置检查。',
    ]);
    // The message follows the diagnostics.
    await vi.waitFor(() => expect(messages.some((m) => m.includes("nianbao.config.json 有错误，未生效"))).toBe(true));

    ws.write("nianbao.config.json", "{}");
    const cleared = client.diagnostics(ws.uri("nianbao.config.json"), (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("nianbao.config.json"), type: FileChangeType.Changed }],
    });
    await cleared;

    // Broken again, then deleted: its diagnostics go with it, and the report is checked with the defaults.
    ws.write("nianbao.config.json", "{ nope }");
    const brokenAgain = client.diagnostics(ws.uri("nianbao.config.json"), (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("nianbao.config.json"), type: FileChangeType.Changed }],
    });
    await brokenAgain;
    rmSync(join(ws.root, "nianbao.config.json"));
    const gone = client.diagnostics(ws.uri("nianbao.config.json"), (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("nianbao.config.json"), type: FileChangeType.Deleted }],
    });
    await gone;
  });

  it("scans the workspace with core's walker, upper-case names too, and the config's exclude", async () => {
    const ws = workspace({
      "nianbao.config.json": JSON.stringify({ exclude: ["草稿/**"] }),
      "a.nianbao.yaml": "",
      "B.NIANBAO.YAML": "",
      "dist/c.nianbao.yaml": "",
      "草稿/d.nianbao.yaml": "",
      "node_modules/e.nianbao.yaml": "",
    });
    // The service's search: the walker lists, each report's config (read through the host) keeps or drops it.
    const configs = new ConfigFiles(loadReportText);
    const found: string[] = [];
    for (const path of await findReportFiles([ws.root], DEFAULT_FILE_PATTERNS)) {
      const uri = pathToFileURL(path).href;
      await configs.load(uri, "zh-CN");
      if (configs.includes(uri)) found.push(path);
    }
    expect(found.map((f) => f.slice(ws.root.length + 1)).sort()).toEqual([
      "B.NIANBAO.YAML",
      "a.nianbao.yaml",
      "dist/c.nianbao.yaml",
    ]);
  });
});
