import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
} from "vscode-languageserver-protocol/node";
import { buildYaml } from "@nianbao/test-support/build";
import { initialize, inProcess, type TestClient } from "./support/client.js";
import { CARRY_LAST_YEAR, CARRY_THIS_YEAR } from "./support/carry-pair.js";

let client: TestClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

function workspace(files: Record<string, string>): { root: string; uri: (name: string) => string } {
  const root = mkdtempSync(join(tmpdir(), "nianbao-ls-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return { root, uri: (name) => pathToFileURL(join(root, name)).href };
}

const open = (c: TestClient, uri: string, text: string, version = 1) =>
  c.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version, text },
  });

describe("language server over in-process streams", () => {
  it("pushes diagnostics per version, and serves every feature", async () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 0] } });
    const ws = workspace({ "a.nianbao.yaml": text });
    client = inProcess();
    const init = await initialize(client, pathToFileURL(ws.root).href);
    expect(init.capabilities.inlayHintProvider).toBe(true);
    // Pinyin initials are letters: typing one asks for completion in editors that only ask on trigger characters.
    expect(init.capabilities.completionProvider?.triggerCharacters).toEqual(
      expect.arrayContaining([":", " ", "z", "d"]),
    );
    const uri = ws.uri("a.nianbao.yaml");
    const first = client.diagnostics(uri, (p) => p.version === 1);
    await open(client, uri, text);
    const d = await first;
    const rowsum = d.diagnostics.find((x) => x.code === "T4-ROWSUM")!;
    expect(rowsum.message).toContain("「行政复议」");
    expect(rowsum.range.start.line).toBe(text.split("\n").findIndex((l) => l.includes("行政复议")));

    const fixed = text.replace("[10, 1, 0, 0, 0]", "[10, 1, 0, 0, 11]");
    const second = client.diagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    expect((await second).diagnostics.filter((x) => x.code === "T4-ROWSUM")).toEqual([]);

    const line = fixed.split("\n").findIndex((l) => l.startsWith("主动公开:")) + 1;
    const completion = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    expect(completion).not.toBeNull();
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: 3 },
    });
    expect(JSON.stringify(hover)).toContain("规章");
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    expect(symbols!.length).toBeGreaterThan(5);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    expect(folds!.length).toBeGreaterThan(3);
    const hints = await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
    });
    // Column labels are off by default.
    expect(Array.isArray(hints)).toBe(true);
    expect(hints!.filter((h) => String(h.label).endsWith(":"))).toEqual([]);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: rowsum.range,
      context: { diagnostics: [] },
    });
    expect(actions).not.toBeNull();
  });

  it("formats a report: Format Document has a provider", async () => {
    // Four spaces per level: read alike, laid out again with two.
    const text = buildYaml().replace(/\n( +)/gu, "\n$1$1");
    const ws = workspace({ "a.nianbao.yaml": text });
    client = inProcess();
    const init = await initialize(client, pathToFileURL(ws.root).href);
    expect(init.capabilities.documentFormattingProvider).toBe(true);
    expect(init.capabilities.documentRangeFormattingProvider).toBe(true);
    const uri = ws.uri("a.nianbao.yaml");
    const first = client.diagnostics(uri, (p) => p.version === 1);
    await open(client, uri, text);
    await first;
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits!.length).toBeGreaterThan(0);
  });

  it("checks against last year's file found on disk, and follows its changes", async () => {
    const last = CARRY_LAST_YEAR;
    const now = CARRY_THIS_YEAR;
    const ws = workspace({ "2022.nianbao.yaml": last, "2023.nianbao.yaml": now });
    client = inProcess();
    await initialize(client, pathToFileURL(ws.root).href);
    const uri = ws.uri("2023.nianbao.yaml");
    const withCarry = client.diagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "XY-CARRY"));
    await open(client, uri, now);
    const d = await withCarry;
    const carry = d.diagnostics.find((x) => x.code === "XY-CARRY")!;
    expect(carry.relatedInformation?.[0]?.location.uri).toBe(ws.uri("2022.nianbao.yaml"));

    writeFileSync(join(ws.root, "2022.nianbao.yaml"), buildYaml({ year: 2022 }));
    const cleared = client.diagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === "XY-CARRY"));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: ws.uri("2022.nianbao.yaml"), type: FileChangeType.Changed }],
    });
    await cleared;
  });

  it("re-checks this year's open report when last year's, open too, is edited", async () => {
    const last = buildYaml({ year: 2022 });
    const now = buildYaml({
      year: 2023,
      t3: {
        上年结转: [2, 0, 0, 0, 0, 0, 2],
        本年新收: [0, 0, 0, 0, 0, 0, 0],
        总计: [0, 0, 0, 0, 0, 0, 0],
        结转下年度: [2, 0, 0, 0, 0, 0, 2],
      },
    });
    const ws = workspace({ "2022.nianbao.yaml": last, "2023.nianbao.yaml": now });
    client = inProcess();
    await initialize(client, pathToFileURL(ws.root).href);
    const lastUri = ws.uri("2022.nianbao.yaml");
    const uri = ws.uri("2023.nianbao.yaml");
    const carry = (p: { diagnostics: { code?: string | number }[] }) =>
      p.diagnostics.some((d) => d.code === "XY-CARRY");
    await open(client, lastUri, last);
    const mismatched = client.diagnostics(uri, carry);
    await open(client, uri, now);
    await mismatched;
    // Last year's 结转下年度 made to match: this year's report is checked again, without an edit of its own.
    const matched = client.diagnostics(uri, (p) => !carry(p));
    const fixed = last.replace(/结转下年度: \[0, 0, 0, 0, 0, 0, 0\]/, "结转下年度: [2, 0, 0, 0, 0, 0, 2]");
    expect(fixed).not.toBe(last);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: lastUri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    expect((await matched).version).toBe(1);
    // Its year changed (and its figure back): it is no longer this report's previous year, which is
    // checked again, against nothing.
    const again = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: lastUri, version: 3 },
      contentChanges: [{ text: last.replace("年度: 2022", "年度: 2021") }],
    });
    expect(carry(await again)).toBe(false);
  });

  it("reads settings from workspace/configuration: severity and locale", async () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 0] } });
    const ws = workspace({ "a.nianbao.yaml": text });
    client = inProcess({ locale: "en", severity: { "T4-ROWSUM": "warning" } });
    await initialize(client, pathToFileURL(ws.root).href);
    const uri = ws.uri("a.nianbao.yaml");
    const got = client.diagnostics(uri, (p) => p.diagnostics.some((x) => x.code === "T4-ROWSUM"));
    await open(client, uri, text);
    const rowsum = (await got).diagnostics.find((x) => x.code === "T4-ROWSUM")!;
    expect(rowsum.severity).toBe(2);
    expect(rowsum.message).toMatch(/^Table 四/);
    expect(client.configurationRequests).toBeGreaterThan(0);
  });

  it("uses initializationOptions when the editor has no workspace/configuration", async () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 0] } });
    client = inProcess();
    await initialize(client, null, { capabilities: {}, initializationOptions: { severity: { "T4-ROWSUM": "off" } } });
    const uri = "untitled:Untitled-1.nianbao.yaml";
    const got = client.diagnostics(uri);
    await open(client, uri, text);
    expect((await got).diagnostics.filter((x) => x.code === "T4-ROWSUM")).toEqual([]);
  });

  it("indexes a large workspace in the background with progress, serving edits meanwhile", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 800; i++)
      files[`r${i}.nianbao.yaml`] = buildYaml({
        agency: `测试市第${i >> 1}局`,
        year: 2022 + (i & 1),
        t3: { 结转下年度: [i & 1 ? 0 : 2, 0, 0, 0, 0, 0, i & 1 ? 0 : 2] },
      });
    const ws = workspace(files);
    client = inProcess();
    const progress: string[] = [];
    client.connection.onNotification("$/progress", (p: { value: { kind: string; percentage?: number } }) =>
      progress.push(p.value.percentage === undefined ? p.value.kind : `${p.value.kind} ${p.value.percentage}`),
    );
    await initialize(client, pathToFileURL(ws.root).href);
    // Agency 0's 2023 report, whose 2022 file is somewhere in the workspace.
    const uri = ws.uri("r1.nianbao.yaml");
    await open(client, uri, files["r1.nianbao.yaml"]!);
    const edited = client.diagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: files["r1.nianbao.yaml"]!.replace("行政许可: 0", "行政许可: 1") }],
    });
    await edited;
    expect(progress.includes("end"), "the edit was answered only after indexing").toBe(false);
    const carry = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "XY-CARRY"), 60_000);
    expect(carry.version).toBe(2);
    expect(progress[0]).toBe("begin 0");
    expect(progress.filter((k) => k.startsWith("report")).length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe("end");
    expect(progress.at(-2)).toBe("report 100");
  }, 90_000);

  it("never dies: hostile input gets a diagnostic and the server keeps answering", async () => {
    client = inProcess();
    await initialize(client, null, { capabilities: {} });
    const uri = "file:///tmp/bomb.nianbao.yaml";
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${new Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`,
      ),
    ].join("\n");
    const got = client.diagnostics(uri);
    await open(client, uri, bomb);
    const d = await got;
    expect(d.diagnostics.length).toBeGreaterThan(0);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 3, character: 2 },
    });
    expect(hover).toBeNull();
    const big = "依申请公开:\n  本年新收: [" + "1, ".repeat(1_000_000) + "1]\n";
    const huge = client.diagnostics("file:///tmp/huge.nianbao.yaml");
    await open(client, "file:///tmp/huge.nianbao.yaml", big);
    expect((await huge).diagnostics.map((x) => x.code)).toContain("YAML-LIMIT");
  });
});
