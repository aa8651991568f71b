import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DidOpenTextDocumentNotification, HoverRequest, ShutdownRequest } from "vscode-languageserver-protocol/node";
import { buildYaml } from "@nianbao/test-support/build";
import { initialize, spawned, type TestClient } from "./support/client.js";

const bin = fileURLToPath(new URL("../dist/bin.cjs", import.meta.url));
let client: TestClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe("the bundled bin over stdio", () => {
  it("is one self-contained file", () => {
    expect(existsSync(bin), "build first").toBe(true);
    const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--stdio");
    const none = spawnSync(process.execPath, [bin], { encoding: "utf8" });
    expect(none.status).toBe(2);
  });

  it("answers initialize, publishes diagnostics and shuts down cleanly", async () => {
    const c = spawned(bin);
    client = c;
    await initialize(c, null, { capabilities: {} });
    const uri = "file:///tmp/spawned.nianbao.yaml";
    const got = c.diagnostics(uri);
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "yaml", version: 1, text: buildYaml({ t4: { 复议后起诉: [5, 0, 0, 0, 0] } }) },
    });
    const d = await got;
    expect(d.diagnostics.map((x) => x.code)).toContain("T4-ROWSUM");
    const hover = await c.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 0, character: 1 },
    });
    expect(JSON.stringify(hover)).toContain("格式");
    await c.connection.sendRequest(ShutdownRequest.type);
    expect(c.stderr()).toBe("");
  });
});
