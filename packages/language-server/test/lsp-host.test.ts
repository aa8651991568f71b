/**
 * The platform-neutral LSP host (`@nianbao/language-server/lsp`) with files that are not on a disk:
 * a workspace folder of another scheme (VS Code for the Web's `vscode-vfs:`), read and listed
 * through the FileAccess a web worker would give it.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
} from "vscode-languageserver-protocol/node";
import { buildYaml } from "@nianbao/test-support/build";
import type { FileAccess } from "../src/lsp/lsp-workspace.js";
import { patternMatcher } from "../src/service/settings.js";
import { initialize, inProcess, type TestClient } from "./support/client.js";
import { CARRY_LAST_YEAR, CARRY_THIS_YEAR } from "./support/carry-pair.js";

let client: TestClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

const root = "vscode-vfs://github/agency/reports";
const lastYear = CARRY_LAST_YEAR;
const thisYear = CARRY_THIS_YEAR;

/** Files held in a map, as a worker would hold what it fetched from its client; every call recorded. */
function memoryFiles(files: Map<string, string>) {
  const calls: string[] = [];
  const access: FileAccess = {
    async readFile(uri) {
      calls.push(`read ${uri}`);
      return files.get(uri) ?? null;
    },
    async listReportFiles(folders, patterns) {
      calls.push(`list ${folders.join(" ")}`);
      const matches = patternMatcher(patterns);
      return [...files.keys()].filter((uri) =>
        folders.some((f) => uri.startsWith(`${f}/`) && matches(uri.slice(f.length + 1))),
      );
    },
  };
  return { access, calls };
}

describe("the LSP host with a FileAccess of its own", () => {
  it("lists, reads and re-reads last year's report through it, whatever the URI scheme", async () => {
    const files = new Map([
      [`${root}/2022.nianbao.yaml`, lastYear],
      [`${root}/2023.nianbao.yaml`, thisYear],
      [`${root}/notes.yaml`, "x: 1"],
    ]);
    const { access, calls } = memoryFiles(files);
    client = inProcess({}, access);
    await initialize(client, root);
    const uri = `${root}/2023.nianbao.yaml`;
    const withCarry = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === "XY-CARRY"));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "yaml", version: 1, text: thisYear },
    });
    const carry = (await withCarry).diagnostics.find((d) => d.code === "XY-CARRY")!;
    expect(carry.relatedInformation?.[0]?.location.uri).toBe(`${root}/2022.nianbao.yaml`);
    expect(calls).toContain(`list ${root}`);
    expect(calls).toContain(`read ${root}/2022.nianbao.yaml`);
    expect(calls).not.toContain(`read ${root}/notes.yaml`);

    files.set(`${root}/2022.nianbao.yaml`, buildYaml({ year: 2022 }));
    const cleared = client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === "XY-CARRY"));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: `${root}/2022.nianbao.yaml`, type: FileChangeType.Changed }],
    });
    await cleared;
  });
});
