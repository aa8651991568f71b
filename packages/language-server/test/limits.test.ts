import { afterEach, describe, expect, it } from "vitest";
import {
  CompletionRequest,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
} from "vscode-languageserver-protocol/node";
import { DEFAULT_LIMITS } from "@nianbao/core";
import { buildYaml } from "@nianbao/test-support/build";
import { initialize, inProcess, type TestClient } from "./support/client.js";

let client: TestClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

const aliasBomb = [
  "a0: &a0 [x, x, x, x, x, x, x, x, x, x]",
  ...Array.from(
    { length: 12 },
    (_, i) => `a${i + 1}: &a${i + 1} [${Array.from({ length: 10 }, () => `*a${i}`).join(", ")}]`,
  ),
].join("\n");

/** Each of core's reading limits, passed by a text an editor may well be handed. */
const CASES: readonly { limit: string; text: string }[] = [
  { limit: "size", text: `${buildYaml()}# ${"年报".repeat(DEFAULT_LIMITS.maxLength / 2)}\n` },
  { limit: "nodes", text: `${buildYaml()}说明: [${"1,".repeat(DEFAULT_LIMITS.maxNodes)}1]\n` },
  { limit: "aliases", text: `${buildYaml()}${aliasBomb}\n` },
  {
    limit: "line-length",
    text: `${buildYaml()}其他需要报告的事项: ${"无".repeat(DEFAULT_LIMITS.maxLineLength + 1)}\n`,
  },
  {
    limit: "depth",
    text: `${buildYaml()}说明: ${"[".repeat(DEFAULT_LIMITS.maxDepth + 1)}${"]".repeat(DEFAULT_LIMITS.maxDepth + 1)}\n`,
  },
  { limit: "errors", text: `${buildYaml()}${"坏: b: c\n".repeat(DEFAULT_LIMITS.maxErrors + 50)}` },
];

describe("limits turn into diagnostics, not hangs", () => {
  for (const { limit, text } of CASES)
    it(`${limit}: a YAML-LIMIT diagnostic, and every request answered at once`, async () => {
      client = inProcess();
      await initialize(client, null, { capabilities: {} });
      const uri = `file:///tmp/limit-${limit}.nianbao.yaml`;
      const t0 = performance.now();
      const got = client.diagnostics(uri);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: "yaml", version: 1, text },
      });
      const d = await got;
      const finding = d.diagnostics.find((x) => x.code === "YAML-LIMIT");
      expect(finding, d.diagnostics.map((x) => x.code).join(", ")).toBeDefined();
      expect((finding!.data as { messageId: string }).messageId).toBe(`YAML-LIMIT.${limit}`);
      // Every line and character of the range exists in the text.
      const lines = text.split("\n");
      expect(finding!.range.end.line).toBeLessThan(lines.length);
      expect(finding!.range.end.character).toBeLessThanOrEqual(lines[finding!.range.end.line]!.length);
      const last = { line: lines.length - 2, character: 3 };
      const textDocument = { uri };
      await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: last });
      await client.connection.sendRequest(HoverRequest.type, { textDocument, position: last });
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
      await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
      await client.connection.sendRequest(InlayHintRequest.type, {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: last },
      });
      // Generous for slow CI machines: without the limits these texts take minutes or gigabytes.
      expect(performance.now() - t0).toBeLessThan(10_000);
    }, 30_000);
});
