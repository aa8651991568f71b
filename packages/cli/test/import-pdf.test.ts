/**
 * Import of the published PDFs of examples/sources (淮安 2024, 洪泽 2023 and 2024) through
 * pdfjs-dist, positionsToSource and core's interpreter: every table cell is compared with the
 * decoded *.tables.json. A cell reported unreadable by an import finding is acceptable; a silently
 * wrong number is not. Then the failures: a file that is not a PDF, a damaged PDF, a read that
 * takes too long, each a clear error (exit status 2 through `nianbao import`), in bounded time.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { importPdf, readPdfPositions } from "../dist/pdf.js";
import { CliError } from "../dist/errors.js";
import { folderWith, nianbao, removeFolder } from "./support/run.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { loadTablesJson, SOURCES_DIR } from "../../../scripts/examples/tables-json.mjs";

const examples = SOURCES_DIR;
const repo = resolve(import.meta.dirname, "../../..");

describe("pdfjs-dist", () => {
  it("is a release whose declared engines include the Node this runs on (5.7 and later need Node 22)", () => {
    const pkg = JSON.parse(readFileSync(resolve(repo, "node_modules/pdfjs-dist/package.json"), "utf8")) as {
      version: string;
      engines: { node: string };
    };
    const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
    const floors = pkg.engines.node
      .split("||")
      .map((c) => /^\s*>=\s*(\d+)\.(\d+)/.exec(c))
      .filter((m) => m !== null);
    const ok = floors.some((m) => major > Number(m[1]) || (major === Number(m[1]) && minor >= Number(m[2])));
    expect(ok, `pdfjs-dist ${pkg.version} needs node ${pkg.engines.node}, this is ${process.versions.node}`).toBe(true);
  });
});

const NAMES = [
  "jiangsu-huaian-city-gov-2024",
  "jiangsu-huaian-hongzequ-gov-2023",
  "jiangsu-huaian-hongzequ-gov-2024",
] as const;
const totals = { cells: 0, right: 0, reported: 0, wrong: 0 };

describe.each(NAMES)("importPdf(%s.pdf)", (name) => {
  it("reads every table cell as published, or reports it: never a silently wrong number", async () => {
    const result = await importPdf(join(examples, `${name}.pdf`));
    const counts = compareImport(expectedCells(loadTablesJson(name)), result);
    totals.cells += counts.cells;
    totals.right += counts.right;
    totals.reported += counts.reported;
    totals.wrong += counts.wrong;
    console.log(
      `${name}.pdf: ${counts.right}/${counts.cells} cells right, ${counts.reported} reported unreadable, ${counts.wrong} silently wrong`,
    );
    expect(counts.differing.filter((d) => d.startsWith("WRONG"))).toEqual([]);
    expect(result.kind).toBe("pdf");
    expect(result.yaml).toContain(`${name}.pdf`);
  });

  it("points its findings into the PDF: page and position", async () => {
    const result = await importPdf(join(examples, `${name}.pdf`));
    for (const f of result.findings.filter((x) => x.path?.startsWith("requests."))) {
      expect(f.source.page).toBeGreaterThan(0);
      expect(f.source.x).toBeTypeOf("number");
    }
    // 洪泽 misprints a label of table 三; the finding names where it stands in the PDF.
    if (name.includes("hongzequ")) {
      const typo = result.findings.find((f) => f.path === "requests.prohibitedByLaw");
      expect(typo?.source).toMatchObject({ page: 3 });
    }
  });
});

afterAll(() => {
  if (totals.cells > 0)
    console.log(
      `PDF import accuracy: ${totals.right}/${totals.cells} cells right (${((100 * totals.right) / totals.cells).toFixed(1)} %), ${totals.reported} reported unreadable, ${totals.wrong} silently wrong`,
    );
});

describe("importPdf: what is not a readable PDF", () => {
  const dir = folderWith({ "notes.pdf": "这不是 PDF，只是文字。\n", "fake.txt": "hello" });
  afterAll(() => removeFolder(dir));
  const original = readFileSync(join(examples, "jiangsu-huaian-hongzequ-gov-2024.pdf"));
  writeFileSync(join(dir, "truncated.pdf"), original.subarray(0, 60_000));
  writeFileSync(
    join(dir, "garbage.pdf"),
    Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4096, 0x7a), Buffer.from("\n%%EOF\n")]),
  );
  copyFileSync(join(examples, "jiangsu-huaian-hongzequ-gov-2024.pdf"), join(dir, "good.pdf"));

  const failure = async (run: () => Promise<unknown>) => {
    const start = Date.now();
    const err = await run().then(
      () => null,
      (e: unknown) => e,
    );
    return { err: err as CliError, ms: Date.now() - start };
  };

  it("says a file that is not a PDF is not one, without starting pdf.js", async () => {
    const { err, ms } = await failure(() => importPdf(join(dir, "notes.pdf")));
    expect(err).toBeInstanceOf(CliError);
    expect(err.kind).toBe("io");
    expect(err.messageId).toBe("error.pdfNotPdf");
    expect(ms).toBeLessThan(20_000);
  });

  it("says a truncated or garbage PDF is damaged, in bounded time", async () => {
    for (const file of ["truncated.pdf", "garbage.pdf"]) {
      const { err, ms } = await failure(() => importPdf(join(dir, file)));
      expect(err).toBeInstanceOf(CliError);
      expect(err.messageId).toBe("error.pdfCorrupt");
      expect(err.args.path).toBe(join(dir, file));
      expect(ms).toBeLessThan(15_000);
    }
  });

  it("says a PDF with no text layer (a scan) cannot be imported", async () => {
    // A valid one-page PDF with nothing on its page, as a scanned page is to a text reader.
    const objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    let pdf = "%PDF-1.4\n";
    const offsets: number[] = [];
    objects.forEach((o, i) => {
      offsets.push(pdf.length);
      pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = pdf.length;
    pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
    pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    const { err } = await failure(() => importPdf(new TextEncoder().encode(pdf), { name: "scan.pdf" }));
    expect(err).toBeInstanceOf(CliError);
    expect(err.messageId).toBe("error.pdfNoText");
    expect(err.args.path).toBe("scan.pdf");
  });

  it("stops a read that takes longer than allowed", async () => {
    const { err, ms } = await failure(() => readPdfPositions(join(dir, "good.pdf"), { timeoutMs: 1 }));
    expect(err).toBeInstanceOf(CliError);
    expect(err.messageId).toBe("error.pdfTimeout");
    expect(ms).toBeLessThan(20_000);
  });

  it("names a missing file, and bytes by the name given", async () => {
    expect((await failure(() => importPdf(join(dir, "missing.pdf")))).err.messageId).toBe("error.notFound");
    const { err } = await failure(() => importPdf(new TextEncoder().encode("plain text"), { name: "<stdin>" }));
    expect(err.messageId).toBe("error.pdfNotPdf");
    expect(err.args.path).toBe("<stdin>");
  });

  it("reads the same PDF from its bytes as from its path", async () => {
    const fromBytes = await importPdf(new Uint8Array(original), { name: "洪泽.pdf" });
    const fromPath = await importPdf(join(dir, "good.pdf"));
    expect(fromBytes.report.requests).toEqual(fromPath.report.requests);
    expect(fromBytes.yaml).toContain("洪泽.pdf");
  });

  it("exits 2 through the CLI with a one-line message naming the file", () => {
    for (const [file, words] of [
      ["notes.pdf", "不是 PDF 文件"],
      ["garbage.pdf", "无法解析 PDF"],
    ] as const) {
      const start = Date.now();
      const r = nianbao(["import", file], dir);
      expect(Date.now() - start).toBeLessThan(20_000);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain(words);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
