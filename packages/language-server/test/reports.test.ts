import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildYaml } from "../../core/test/support/build.js";
import { encodeGb18030 } from "../../core/test/support/gb18030.js";
import { Reports } from "../src/service/reports.js";
import { loadReportText, MAX_FILE_BYTES } from "../src/workspace-files.js";
import { findingsFor } from "../src/service/diagnostics.js";
import { resolveSettings } from "../src/service/settings.js";

/** A workspace of `agencies` agencies with a 2022 and a 2023 report each, and the open documents of an editor. */
function setup(agencies: number) {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-reports-"));
  const uris: string[] = [];
  for (let i = 0; i < agencies; i++)
    for (const year of [2022, 2023]) {
      const path = join(dir, `a${i}-${year}.nianbao.yaml`);
      writeFileSync(path, buildYaml({ agency: `测试市第${i}局`, year, t3: { 结转下年度: [i, 0, 0, 0, 0, 0, i] } }));
      uris.push(pathToFileURL(path).href);
    }
  const open = new Map<string, TextDocument>();
  const reports = new Reports({ getOpenDocument: (uri: string) => open.get(uri), readFile: loadReportText }, () =>
    resolveSettings({ locale: "zh-CN" }),
  );
  return { dir, uris, open, reports };
}

describe("what the server keeps of the workspace", () => {
  it("a summary per report file, and a whole read only of the previous years of open documents", async () => {
    const { uris, open, reports } = setup(50);
    for (const uri of uris) await reports.indexFile(uri);
    expect(reports.sizes).toEqual({ indexed: 100, analyzed: 0, previousYears: 0 });
    expect(Object.keys(reports.summary(uris[1]!)!).sort()).toEqual(["agency", "identity", "uri", "year"]);
    expect(reports.summary(uris[1]!)).toEqual({
      uri: uris[1],
      agency: "测试市第0局",
      year: 2023,
      identity: { key: "测试市第0局", places: ["测试市"], body: "第0局" },
    });

    // Open agency 7's 2023 report: its 2022 file is read whole, and only that one.
    const uri = uris[15]!;
    open.set(
      uri,
      TextDocument.create(
        uri,
        "yaml",
        1,
        buildYaml({ agency: "测试市第7局", year: 2023, t3: { 上年结转: [3, 0, 0, 0, 0, 0, 3] } }),
      ),
    );
    const got = await reports.withPrevious(open.get(uri)!);
    expect(got?.previous?.uri).toBe(uris[14]);
    expect(got?.previous?.read.report.requests.carriedOut?.[6]?.value).toBe(7);
    expect(reports.sizes).toEqual({ indexed: 100, analyzed: 1, previousYears: 1 });

    // Closed: nothing whole is kept any more.
    open.delete(uri);
    reports.closed(uri);
    expect(reports.sizes).toEqual({ indexed: 100, analyzed: 0, previousYears: 0 });
  });

  it("re-reads last year's file when it changes on disk, and says which open documents to check again", async () => {
    const { dir, uris, open, reports } = setup(2);
    for (const uri of uris) await reports.indexFile(uri);
    const uri = uris[3]!;
    open.set(uri, TextDocument.create(uri, "yaml", 1, buildYaml({ agency: "测试市第1局", year: 2023 })));
    expect((await reports.withPrevious(open.get(uri)!))?.previous?.read.report.requests.carriedOut?.[6]?.value).toBe(1);
    writeFileSync(
      join(dir, "a1-2022.nianbao.yaml"),
      buildYaml({ agency: "测试市第1局", year: 2022, t3: { 结转下年度: [9, 0, 0, 0, 0, 0, 9] } }),
    );
    expect(await reports.refreshFile(uris[2]!, false)).toEqual([uri]);
    expect((await reports.withPrevious(open.get(uri)!))?.previous?.read.report.requests.carriedOut?.[6]?.value).toBe(9);
    // Renamed to another agency: no longer anyone's previous year.
    writeFileSync(join(dir, "a1-2022.nianbao.yaml"), buildYaml({ agency: "别的局", year: 2022 }));
    expect(await reports.refreshFile(uris[2]!, false)).toEqual([uri]);
    expect((await reports.withPrevious(open.get(uri)!))?.previous).toBeNull();
    expect(reports.sizes.previousYears).toBe(0);
  });

  it("prefers an open previous year, as edited, to its file", async () => {
    const { uris, open, reports } = setup(1);
    for (const uri of uris) await reports.indexFile(uri);
    open.set(
      uris[0]!,
      TextDocument.create(
        uris[0]!,
        "yaml",
        5,
        buildYaml({ agency: "测试市第0局", year: 2022, t3: { 结转下年度: [4, 0, 0, 0, 0, 0, 4] } }),
      ),
    );
    open.set(uris[1]!, TextDocument.create(uris[1]!, "yaml", 1, buildYaml({ agency: "测试市第0局", year: 2023 })));
    const got = await reports.withPrevious(open.get(uris[1]!)!);
    expect(got?.previous?.read.report.requests.carriedOut?.[6]?.value).toBe(4);
    expect(reports.sizes.previousYears).toBe(0);
  });

  it("reads last year's report saved as GB18030 or UTF-16, as the CLI does, and refuses binary data", async () => {
    const { dir, uris, open, reports } = setup(1);
    const text = buildYaml({ agency: "测试市第0局", year: 2022, t3: { 结转下年度: [5, 0, 0, 0, 0, 0, 5] } });
    writeFileSync(fileURLToPath(uris[0]!), encodeGb18030(text));
    expect(await loadReportText(uris[0]!)).toBe(text);
    for (const uri of uris) await reports.indexFile(uri);
    open.set(uris[1]!, TextDocument.create(uris[1]!, "yaml", 1, buildYaml({ agency: "测试市第0局", year: 2023 })));
    const got = await reports.withPrevious(open.get(uris[1]!)!);
    expect(got?.previous?.read.report.requests.carriedOut?.[6]?.value).toBe(5);
    const utf16 = join(dir, "utf16.nianbao.yaml");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(await loadReportText(pathToFileURL(utf16).href)).toBe(text);
    const binary = join(dir, "binary.nianbao.yaml");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe]));
    expect(await loadReportText(pathToFileURL(binary).href)).toBeNull();
  });

  it("neither reads nor indexes a file too large for the reader's size limit", async () => {
    const { dir, uris, reports } = setup(1);
    const path = join(dir, "huge.nianbao.yaml");
    // More bytes than any text within the size limit can take in UTF-8.
    writeFileSync(path, buildYaml({ agency: "测试市第0局", year: 2021 }) + "#".repeat(MAX_FILE_BYTES));
    const huge = pathToFileURL(path).href;
    expect(await loadReportText(huge)).toBeNull();
    await reports.indexFile(huge);
    expect(reports.summary(huge)).toBeUndefined();
    expect(await loadReportText(uris[0]!)).not.toBeNull();
    expect(await loadReportText("untitled:Untitled-1")).toBeNull();
  });
});

describe("pairing in the workspace, as the CLI pairs", () => {
  function workspace(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-pairing-"));
    const uris: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      uris[name] = pathToFileURL(join(dir, name)).href;
    }
    const open = new Map<string, TextDocument>();
    const reports = new Reports({ getOpenDocument: (uri: string) => open.get(uri), readFile: loadReportText }, () =>
      resolveSettings({ locale: "zh-CN" }),
    );
    return { uris, open, reports };
  }

  it("pairs an agency written with and without its city", async () => {
    const { uris, open, reports } = workspace({
      "2023.nianbao.yaml": buildYaml({
        agency: "洪泽区人民政府",
        year: 2023,
        t3: { 结转下年度: [2, 0, 0, 0, 0, 0, 2] },
      }),
      "2024.nianbao.yaml": buildYaml({ agency: "淮安市洪泽区人民政府", year: 2024 }),
    });
    for (const uri of Object.values(uris)) await reports.indexFile(uri);
    const uri = uris["2024.nianbao.yaml"]!;
    open.set(uri, TextDocument.create(uri, "yaml", 1, buildYaml({ agency: "淮安市洪泽区人民政府", year: 2024 })));
    const got = await reports.withPrevious(open.get(uri)!);
    expect(got?.previous?.uri).toBe(uris["2023.nianbao.yaml"]);
    expect(got?.likely).toBeNull();
    expect(
      findingsFor(got!.doc, resolveSettings({}), got!.previous, got!.likely).filter((f) => f.code === "XY-CARRY"),
    ).toHaveLength(2);
    // Last year's file is edited on disk: this year's open report is one to check again.
    expect(await reports.refreshFile(uris["2023.nianbao.yaml"]!, false)).toEqual([uri]);
  });

  it("names a likely previous year in the folder that it could not pair (XY-UNPAIRED)", async () => {
    const { uris, open, reports } = workspace({
      "2024.nianbao.yaml": buildYaml({ agency: "沐阳县人民政府", year: 2024 }),
      "2025.nianbao.yaml": buildYaml({ agency: "沭阳县人民政府", year: 2025 }),
    });
    for (const uri of Object.values(uris)) await reports.indexFile(uri);
    const uri = uris["2025.nianbao.yaml"]!;
    open.set(uri, TextDocument.create(uri, "yaml", 1, buildYaml({ agency: "沭阳县人民政府", year: 2025 })));
    const got = await reports.withPrevious(open.get(uri)!);
    expect(got?.previous).toBeNull();
    expect(got?.likely).toEqual({ name: "2024.nianbao.yaml", agency: "沐阳县人民政府", year: 2024 });
    const notes = findingsFor(got!.doc, resolveSettings({}), got!.previous, got!.likely).filter(
      (f) => f.code === "XY-UNPAIRED",
    );
    expect(notes.map((f) => f.message)).toEqual([
      "未与上年报告比对：2024.nianbao.yaml（机关「沐阳县人民政府」，2024 年）可能是本机关的上年报告，但其机关名称与本报告的「沭阳县人民政府」不能确定为同一机关，跨年度检查未运行。",
    ]);
    expect(reports.sizes.previousYears).toBe(0);
  });
});
