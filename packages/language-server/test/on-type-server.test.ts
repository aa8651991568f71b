import { afterEach, describe, expect, it } from "vitest";
import { DidOpenTextDocumentNotification, DocumentOnTypeFormattingRequest } from "vscode-languageserver-protocol/node";
import { initialize, inProcess, type TestClient } from "./support/client.js";

let client: TestClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe("language server: on-type formatting", () => {
  it("announces Enter as its trigger and turns a quoted text split by Enter into the block form", async () => {
    client = inProcess();
    const init = await initialize(client, null);
    expect(init.capabilities.documentOnTypeFormattingProvider).toEqual({ firstTriggerCharacter: "\n" });
    const uri = "file:///tmp/on-type.nianbao.yaml";
    const text =
      '格式: 2021\n机关: 测试局\n年度: 2025\n\n总体情况:\n  主动公开: "一是加强主动公开。\n  "\n  依申请公开: ""\n';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "yaml", version: 1, text },
    });
    const edits = await client.connection.sendRequest(DocumentOnTypeFormattingRequest.type, {
      textDocument: { uri },
      position: { line: 6, character: 2 },
      ch: "\n",
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([
      {
        range: { start: { line: 5, character: 8 }, end: { line: 6, character: 2 } },
        newText: "|\n    一是加强主动公开。\n    ",
      },
      { range: { start: { line: 6, character: 2 }, end: { line: 6, character: 3 } }, newText: "" },
    ]);
  });
});
