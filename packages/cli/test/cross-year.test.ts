import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrossYearRule } from "@nianbao/core";
import { checkReports } from "../src/check/run.js";
import { agencyKey, pairPreviousYear } from "../src/check/pairing.js";
import { buildYaml, folderWith, nianbao, positionOf, removeFolder } from "./support/run.js";

const CARRIED_OUT = "结转下年度: [1, 0, 0, 0, 0, 0, 1]";
// 2022 is consistent in itself: 1 new request, still open at the year's end.
const y2022 = buildYaml({
  agency: "测试市 测试局",
  year: 2022,
  t3: { 本年新收: [1, 0, 0, 0, 0, 0, 1], 结转下年度: [1, 0, 0, 0, 0, 0, 1] },
});
// 2023 forgets the request carried in from 2022 (XY-CARRY in 自然人 and 总计).
const y2023 = buildYaml({ agency: "测试市测试局", year: 2023 });
// Another agency's 2022 report must not be paired with 测试市测试局 2023.
const other2022 = buildYaml({ agency: "测试市另一局", year: 2022 });

describe("cross-year checks between the inputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "2022/a.nianbao.yaml": y2022, "2023/a.nianbao.yaml": y2023, "2022/b.nianbao.yaml": other2022 });
  });
  afterAll(() => removeFolder(dir));

  it("compares a report with the same agency's previous year and names that file in related places", () => {
    const r = nianbao(["check", "--format", "json", "."], dir);
    const out = JSON.parse(r.stdout) as {
      reports: {
        file: string;
        findings: {
          code: string;
          severity: string;
          range: unknown;
          related: { file?: string; range: { start: unknown } }[];
        }[];
      }[];
    };
    const byFile = new Map(out.reports.map((x) => [x.file, x.findings]));
    const carry = byFile.get("2023/a.nianbao.yaml")!.filter((f) => f.code === "XY-CARRY");
    expect(carry).toHaveLength(2);
    const row = positionOf(y2022, CARRIED_OUT);
    expect(carry[0]!.related[0]!.file).toBe("2022/a.nianbao.yaml");
    expect(carry[0]!.related[0]!.range.start).toEqual({
      line: row.line,
      character: row.character + CARRIED_OUT.indexOf("1"),
    });
    expect(carry[1]!.related[0]!.range.start).toEqual({
      line: row.line,
      character: row.character + CARRIED_OUT.lastIndexOf("1"),
    });
    expect(byFile.get("2022/a.nianbao.yaml")!.some((f) => f.code === "XY-CARRY")).toBe(false);
    expect(r.status).toBe(0);

    // Text output points at the previous year's file too, and --severity reaches cross-year rules.
    const text = nianbao(["check", "--severity", "XY-CARRY=error", "."], dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(
        `^2023/a\\.nianbao\\.yaml:\\d+:\\d+  错误  XY-CARRY  .*\\n    2022/a\\.nianbao\\.yaml:${row.line + 1}:${row.character + CARRIED_OUT.indexOf("1") + 1}  `,
        "m",
      ),
    );
  });
});

/** A cross-year rule that records what pairing handed to it: the previous report's agency and year. */
const probe: CrossYearRule = {
  code: "TEST-PROBE",
  severity: "warning",
  category: "crossyear",
  kind: "cross-year",
  check(ctx) {
    ctx.emit({
      messageId: "related.previousYear",
      args: { label: ctx.previous.report.agency ?? "", value: ctx.previous.report.year ?? 0 },
      range: ctx.range("requests.carriedIn.6"),
      related: [
        {
          range: ctx.previousRange("requests.carriedOut.6"),
          messageId: "related.addend",
          args: { label: "", value: "" },
          document: "previous",
        },
      ],
    });
  },
};

describe("checkReports pairing", () => {
  it("hands each report the same agency's previous-year report, wherever it is among the inputs", () => {
    const inputs = [
      { file: "a-2023.nianbao.yaml", text: y2023 },
      { file: "b-2022.nianbao.yaml", text: other2022 },
      { file: "c-2022.nianbao.yaml", text: y2022 },
    ];
    const [r2023, rOther, r2022] = checkReports(inputs, {}, [probe]);
    expect(r2023!.previousFile).toBe("c-2022.nianbao.yaml");
    expect(r2023!.findings).toHaveLength(1);
    const f = r2023!.findings[0]!;
    expect(f.message).toContain("测试市 测试局");
    expect(f.message).toContain("2022");
    expect(f.location.file).toBe("a-2023.nianbao.yaml");
    const row = positionOf(y2022, CARRIED_OUT);
    const total = row.character + CARRIED_OUT.lastIndexOf("1");
    expect(f.related[0]!.location).toEqual({
      file: "c-2022.nianbao.yaml",
      range: { start: { line: row.line, character: total }, end: { line: row.line, character: total + 1 } },
    });
    expect(rOther!.previousFile).toBeNull();
    expect(r2022!.previousFile).toBeNull();
    expect([...rOther!.findings, ...r2022!.findings]).toEqual([]);
  });

  it("normalises agency names with NFKC and without whitespace", () => {
    expect(agencyKey(" 测试市　测试局 ")).toBe("测试市测试局");
    expect(agencyKey("ＡＢ市１局")).toBe("AB市1局");
  });

  it("pairs by agency and year − 1 only, first file winning for duplicates", () => {
    const reports = [
      { agency: "甲局", year: 2023 },
      { agency: "甲 局", year: 2022 },
      { agency: "甲局", year: 2022 },
      { agency: "乙局", year: 2022 },
      { agency: "甲局", year: 2021 },
      { agency: null, year: 2024 },
      { agency: "甲局", year: null },
      { agency: "   ", year: 2023 },
      { agency: "   ", year: 2022 },
    ];
    expect(pairPreviousYear(reports).map((m) => m.previous)).toEqual([
      1,
      4,
      4,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("pairs an agency written with or without its city, or abbreviated", () => {
    expect(agencyKey("上海市科委")).toBe(agencyKey("上海市科学技术委员会"));
    const reports = [
      { agency: "洪泽区人民政府", year: 2023 },
      { agency: "淮安市洪泽区人民政府", year: 2024 },
      { agency: "上海市科委", year: 2023 },
      { agency: "上海市科学技术委员会", year: 2024 },
    ];
    expect(pairPreviousYear(reports).map((m) => m.previous)).toEqual([undefined, 0, undefined, 2]);
  });
});

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}.nianbao.yaml`, import.meta.url), "utf8");

type JsonOut = {
  reports: {
    file: string;
    previousFile?: string | null;
    findings: { code: string; severity: string; message: string }[];
  }[];
};

describe("cross-year checks across name variants", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({
      // As imported from the published sources: 2023 is titled 洪泽区人民政府, 2024 淮安市洪泽区人民政府.
      "洪泽区/2023.nianbao.yaml": example("jiangsu-huaian-hongzequ-gov-2023").replace(
        /^机关: .*$/mu,
        "机关: 洪泽区人民政府",
      ),
      "洪泽区/2024.nianbao.yaml": example("jiangsu-huaian-hongzequ-gov-2024"),
      "沭阳县/2024.nianbao.yaml": buildYaml({ agency: "沐阳县人民政府", year: 2024 }),
      "沭阳县/2025.nianbao.yaml": buildYaml({ agency: "沭阳县人民政府", year: 2025 }),
    });
  });
  afterAll(() => removeFolder(dir));

  it("checks the 洪泽区 pair whose two years name the agency differently with every cross-year rule", () => {
    const out = JSON.parse(nianbao(["check", "--format", "json", "."], dir).stdout) as JsonOut;
    const codes = new Set(
      out.reports.filter((r) => r.file.startsWith("洪泽区/")).flatMap((r) => r.findings.map((f) => f.code)),
    );
    expect([...codes].sort()).toEqual([
      "STR-ROW-LABELS",
      "STR-TEMPLATE-VERSION",
      "T2-JUMP",
      "T4-ROWSUM",
      "TXT-SCOPE",
      "XY-SEC5-FOLLOWUP",
      "XY-SIMILARITY",
    ]);
  });

  it("names a likely previous year it could not pair instead of skipping silently", () => {
    const out = JSON.parse(nianbao(["check", "--format", "json", "."], dir).stdout) as JsonOut;
    const r2025 = out.reports.find((r) => r.file === "沭阳县/2025.nianbao.yaml")!;
    const notes = r2025.findings.filter((f) => f.code === "XY-UNPAIRED");
    expect(notes.map((f) => f.severity)).toEqual(["info"]);
    expect(notes[0]!.message).toContain("沭阳县/2024.nianbao.yaml（机关「沐阳县人民政府」，2024 年）");
    expect(
      out.reports.find((r) => r.file === "沭阳县/2024.nianbao.yaml")!.findings.some((f) => f.code === "XY-UNPAIRED"),
    ).toBe(false);
  });
});
