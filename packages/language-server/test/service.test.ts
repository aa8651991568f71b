/**
 * The language service as a host meets it: built by createLanguageService on an in-memory
 * workspace (no disk, no LSP connection), as the web hosts build it on theirs.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-types";
import { buildYaml } from "@nianbao/test-support/build";
import { createInMemoryWorkspace, createLanguageService, type NianbaoLanguageService } from "../src/index.js";
import { CARRY_LAST_YEAR, CARRY_THIS_YEAR } from "./support/carry-pair.js";

const root = "file:///workspace/";
const last = CARRY_LAST_YEAR;
const now = CARRY_THIS_YEAR;
const carry = (d: Diagnostic[] | null) => d?.find((x) => x.code === "XY-CARRY");
/** The next batch of open documents the service says to check again. */
const nextRecheck = (service: NianbaoLanguageService) =>
  new Promise<readonly string[]>((resolve) => {
    const sub = service.onDiagnosticsChanged((uris) => {
      sub.dispose();
      resolve(uris);
    });
  });

function setup(files: Record<string, string>) {
  const workspace = createInMemoryWorkspace({
    files: Object.fromEntries(Object.entries(files).map(([name, text]) => [root + name, text])),
  });
  const service = createLanguageService({ workspace, locale: "zh-cn", settings: {} });
  return { workspace, service };
}

describe("createLanguageService on an in-memory workspace", () => {
  it("checks a report against last year's file, read through the workspace", async () => {
    const { workspace, service } = setup({ "2022.nianbao.yaml": last, "2023.nianbao.yaml": now });
    expect(await service.indexWorkspace()).toBe(true);
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, now);
    const found = carry(await service.diagnostics(doc));
    expect(found?.relatedInformation?.[0]?.location.uri).toBe(`${root}2022.nianbao.yaml`);
    // The message is in the locale the editor asked for.
    expect(found?.message).toMatch(/[\u4e00-\u9fff]/u);
  });

  it("re-checks the open report when last year's file changes, and sees the change", async () => {
    const { workspace, service } = setup({ "2022.nianbao.yaml": last, "2023.nianbao.yaml": now });
    await service.indexWorkspace();
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, now);
    expect(carry(await service.diagnostics(doc))).toBeDefined();

    const recheck = nextRecheck(service);
    workspace.writeFile(`${root}2022.nianbao.yaml`, buildYaml({ year: 2022 }));
    expect(await recheck).toEqual([doc.uri]);
    expect(carry(await service.diagnostics(doc))).toBeUndefined();

    // Deleted: nothing to pair with, and the report is re-checked again.
    const again = nextRecheck(service);
    workspace.deleteFile(`${root}2022.nianbao.yaml`);
    expect(await again).toEqual([doc.uri]);
    expect((await service.diagnostics(doc))?.some((d) => d.code?.toString().startsWith("XY-"))).toBe(false);
  });

  it("re-checks this year's open report when last year's, open too, is edited", async () => {
    const { workspace, service } = setup({});
    const thisYear = buildYaml({
      year: 2023,
      t3: {
        上年结转: [2, 0, 0, 0, 0, 0, 2],
        本年新收: [0, 0, 0, 0, 0, 0, 0],
        总计: [0, 0, 0, 0, 0, 0, 0],
        结转下年度: [2, 0, 0, 0, 0, 0, 2],
      },
    });
    const lastYear = buildYaml({ year: 2022 });
    await service.diagnostics(workspace.openDocument(`${root}2022.nianbao.yaml`, lastYear));
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, thisYear);
    expect(carry(await service.diagnostics(doc))).toBeDefined();

    const recheck = nextRecheck(service);
    const fixed = lastYear.replace(/结转下年度: \[0, 0, 0, 0, 0, 0, 0\]/u, "结转下年度: [2, 0, 0, 0, 0, 0, 2]");
    expect(fixed).not.toBe(lastYear);
    await service.diagnostics(workspace.openDocument(`${root}2022.nianbao.yaml`, fixed));
    expect(await recheck).toEqual([doc.uri]);
    expect(carry(await service.diagnostics(doc))).toBeUndefined();
  });

  it("serves every feature for an open document, and nothing once cancelled", async () => {
    const { workspace, service } = setup({});
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, now);
    const top = { line: 0, character: 0 };
    const whole = { start: top, end: { line: now.split("\n").length, character: 0 } };
    expect((await service.diagnostics(doc))?.length).toBeGreaterThanOrEqual(0);
    expect(service.completion(doc, { line: now.split("\n").length, character: 0 })?.items.length).toBeGreaterThan(0);
    const row = now.split("\n").findIndex((l) => l.includes("行政许可"));
    expect(service.hover(doc, { line: row, character: now.split("\n")[row]!.indexOf("行政许可") })).not.toBeNull();
    expect(service.documentSymbols(doc)?.length).toBeGreaterThan(0);
    expect(service.foldingRanges(doc)?.length).toBeGreaterThan(0);
    expect(await service.inlayHints(doc, whole)).not.toBeNull();
    expect(await service.codeActions(doc, whole)).not.toBeNull();
    expect(service.formatting(doc)).not.toBeNull();

    const cancelled = { isCancellationRequested: true };
    expect(await service.diagnostics(doc, cancelled)).toBeNull();
    expect(service.completion(doc, top, cancelled)).toBeNull();
    expect(service.hover(doc, top, cancelled)).toBeNull();
    expect(await service.codeActions(doc, whole, cancelled)).toBeNull();
    expect(await service.inlayHints(doc, whole, cancelled)).toBeNull();
    expect(service.documentSymbols(doc, cancelled)).toBeNull();
  });

  it("uses the settings it is given, and changes with them", async () => {
    const { workspace, service } = setup({ "2022.nianbao.yaml": last });
    await service.indexWorkspace();
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, now);
    service.configure({ locale: "en", severity: { "XY-CARRY": "off" } });
    expect(service.settings.locale).toBe("en");
    expect(carry(await service.diagnostics(doc))).toBeUndefined();
    service.configure({ locale: "en" });
    expect(carry(await service.diagnostics(doc))?.message).not.toMatch(/^[\u4e00-\u9fff]/u);
  });

  it("knows report files by the patterns below the workspace folders", () => {
    const { service } = setup({});
    expect(service.isReport(`${root}a/b.nianbao.yaml`)).toBe(true);
    expect(service.isReport(`${root}a/b.yaml`)).toBe(false);
    expect(service.isReport("untitled:Untitled-1.nianbao.yaml")).toBe(true);
    service.configure({ filePatterns: ["年报/*.yaml"] });
    expect(service.isReport(`${root}${encodeURIComponent("年报")}/x.yaml`)).toBe(true);
    expect(service.isReport(`${root}x.yaml`)).toBe(false);
  });

  it("closing a document makes the file count again", async () => {
    const { workspace, service } = setup({ "2022.nianbao.yaml": buildYaml({ year: 2022 }), "2023.nianbao.yaml": now });
    await service.indexWorkspace();
    // Last year's report edited but closed without saving: this year's is checked against the file again.
    await service.diagnostics(workspace.openDocument(`${root}2022.nianbao.yaml`, last));
    const doc = workspace.openDocument(`${root}2023.nianbao.yaml`, now);
    expect(carry(await service.diagnostics(doc))).toBeDefined();
    const recheck = nextRecheck(service);
    workspace.closeDocument(`${root}2022.nianbao.yaml`);
    await service.documentClosed(`${root}2022.nianbao.yaml`);
    expect(await recheck).toEqual([doc.uri]);
    expect(carry(await service.diagnostics(doc))).toBeUndefined();
  });
});
