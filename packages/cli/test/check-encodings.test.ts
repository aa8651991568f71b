/**
 * Issue 10, point 3: reports as Windows, WPS, Notepad and old Mac tools save them are checked as
 * written, with one FILE-ENCODING warning naming the encoding; bytes whose encoding cannot be
 * decided are an input error that says so.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGb18030 } from "@nianbao/test-support/gb18030";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

/** A report with an error (table 三's 本年新收 total), so that the same findings must come back in every encoding. */
const REPORT = buildYaml().replace("本年新收: [0, 0, 0, 0, 0, 0, 0]", "本年新收: [1, 0, 0, 0, 0, 0, 0]");
const utf16le = Buffer.from(`\uFEFF${REPORT}`, "utf16le");

interface JsonReport {
  file: string;
  findings: {
    code: string;
    severity: string;
    message: string;
    range: { start: { line: number; character: number } };
  }[];
}

let dir = "";
beforeAll(() => {
  dir = folderWith({
    "utf8.nianbao.yaml": REPORT,
    "bom.nianbao.yaml": `\uFEFF${REPORT}`,
    "crlf.nianbao.yaml": REPORT.replaceAll("\n", "\r\n"),
    "cr.nianbao.yaml": REPORT.replaceAll("\n", "\r"),
  });
  writeFileSync(join(dir, "gb18030.nianbao.yaml"), encodeGb18030(REPORT));
  writeFileSync(join(dir, "utf16le.nianbao.yaml"), utf16le);
  writeFileSync(join(dir, "utf16be.nianbao.yaml"), Buffer.from(utf16le).swap16());
  writeFileSync(join(dir, "utf16-no-bom.nianbao.yaml"), Buffer.from(REPORT, "utf16le"));
  writeFileSync(
    join(dir, "image.nianbao.yaml"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
});
afterAll(() => removeFolder(dir));

function check(file: string, locale = "zh-CN"): { status: number | null; findings: JsonReport["findings"] } {
  const r = nianbao(["check", "--format", "json", "--locale", locale, file], dir);
  return { status: r.status, findings: (JSON.parse(r.stdout) as { reports: JsonReport[] }).reports[0]!.findings };
}

const withoutEncoding = (findings: JsonReport["findings"]) => findings.filter((f) => f.code !== "FILE-ENCODING");

describe("check reads the encodings real files come in", () => {
  it("finds the same in UTF-8 with or without a BOM and with CRLF or lone CR line ends, with no encoding warning", () => {
    const utf8 = check("utf8.nianbao.yaml");
    expect(utf8.status).toBe(1);
    expect(utf8.findings.map((f) => f.code)).toContain("T3-ROWTOTAL");
    for (const file of ["bom.nianbao.yaml", "crlf.nianbao.yaml", "cr.nianbao.yaml"])
      expect(check(file), file).toEqual(utf8);
  });

  it("checks GB18030 and UTF-16 LE/BE reports as written, with one warning naming the encoding", () => {
    const utf8 = check("utf8.nianbao.yaml");
    for (const [file, name] of [
      ["gb18030.nianbao.yaml", "GB18030 (GBK)"],
      ["utf16le.nianbao.yaml", "UTF-16 LE"],
      ["utf16be.nianbao.yaml", "UTF-16 BE"],
    ] as const) {
      const r = check(file);
      expect(r.status, file).toBe(1);
      expect(withoutEncoding(r.findings), file).toEqual(utf8.findings);
      const warnings = r.findings.filter((f) => f.code === "FILE-ENCODING");
      expect(
        warnings.map((f) => [f.severity, f.range.start]),
        file,
      ).toEqual([["warning", { line: 0, character: 0 }]]);
      expect(warnings[0]!.message).toContain(`文件的编码是 ${name}，不是 UTF-8`);
      expect(warnings[0]!.message).toContain("「通过编码保存」");
    }
    expect(check("gb18030.nianbao.yaml", "en").findings.find((f) => f.code === "FILE-ENCODING")!.message).toContain(
      "encoded as GB18030 (GBK), not UTF-8",
    );
  });

  it("refuses bytes whose encoding cannot be decided (binary data, UTF-16 without a BOM), saying so, with status 2", () => {
    for (const file of ["image.nianbao.yaml", "utf16-no-bom.nianbao.yaml"]) {
      const r = check(file);
      expect(r.status, file).toBe(2);
      expect(
        r.findings.map((f) => [f.code, f.severity]),
        file,
      ).toEqual([["FILE-UNREADABLE", "error"]]);
      expect(r.findings[0]!.message).toBe(
        `无法判断 ${file} 的编码：它不是 UTF-8、GB18030 或带 BOM 的 UTF-16 文本，或者根本不是文本文件（含有二进制数据）。请在编辑器中把报告另存为 UTF-8`,
      );
    }
    const text = nianbao(["check", "image.nianbao.yaml"], dir);
    expect(text.stdout).toContain("image.nianbao.yaml:1:1  错误  FILE-UNREADABLE  无法判断 image.nianbao.yaml 的编码");
  });

  it("reads every encoding in a folder large enough for worker threads alike", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++)
      files[`r${String(i).padStart(2, "0")}.nianbao.yaml`] = REPORT.replace(
        '机关: "测试市测试局"',
        `机关: "测试市第${i}局"`,
      );
    const big = folderWith(files);
    try {
      writeFileSync(join(big, "r07.nianbao.yaml"), encodeGb18030(files["r07.nianbao.yaml"]!));
      writeFileSync(join(big, "r08.nianbao.yaml"), Buffer.from(`\uFEFF${files["r08.nianbao.yaml"]!}`, "utf16le"));
      writeFileSync(join(big, "r09.nianbao.yaml"), Buffer.alloc(100));
      const r = nianbao(["check", "--format", "json", "--jobs", "2", "."], big);
      expect(r.status).toBe(2);
      const reports = (JSON.parse(r.stdout) as { reports: JsonReport[] }).reports;
      expect(reports).toHaveLength(60);
      const codes = (file: string) => reports.find((x) => x.file === file)!.findings.map((f) => f.code);
      expect(codes("r07.nianbao.yaml")).toContain("FILE-ENCODING");
      expect(codes("r08.nianbao.yaml")).toContain("FILE-ENCODING");
      expect(codes("r09.nianbao.yaml")).toEqual(["FILE-UNREADABLE"]);
      expect(withoutEncoding(reports.find((x) => x.file === "r07.nianbao.yaml")!.findings)).toEqual(
        reports.find((x) => x.file === "r06.nianbao.yaml")!.findings,
      );
      expect(
        reports.filter((x) => x.findings.some((f) => f.code === "FILE-ENCODING" || f.code === "FILE-UNREADABLE")),
      ).toHaveLength(3);
    } finally {
      removeFolder(big);
    }
  });
});
