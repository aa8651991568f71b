import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseReport } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, positionOf, removeFolder } from "./support/run.js";

const position = z.strictObject({ line: z.number().int().min(0), character: z.number().int().min(0) });
const range = z.strictObject({ start: position, end: position });
const severity = z.enum(["error", "warning", "info"]);

/** The JSON output as docs/cli.md documents it: nothing more, nothing less. */
const JsonOutput = z.strictObject({
  reports: z.array(
    z.strictObject({
      file: z.string(),
      agency: z.string().nullable(),
      year: z.number().int().nullable(),
      findings: z.array(
        z.strictObject({
          code: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/),
          severity,
          message: z.string().min(1),
          range,
          related: z.array(z.strictObject({ range, message: z.string().min(1), file: z.string().optional() })),
          fix: z
            .strictObject({
              title: z.string().min(1),
              edits: z.array(z.strictObject({ range, newText: z.string() })).min(1),
              applicability: z.enum(["auto", "suggestion"]),
            })
            .optional(),
        }),
      ),
    }),
  ),
  summary: z.strictObject({
    reportsChecked: z.number().int(),
    reportsWithErrors: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    byCode: z.record(z.string(), z.number().int().positive()),
  }),
});

const WRONG_ROW = "复议后起诉: [2, 0, 0, 1, 4]";
const wrong = buildYaml({ agency: "甲市乙局", year: 2023, t4: { 复议后起诉: [2, 0, 0, 1, 4] } });

describe("nianbao check --format json", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({
      "z.nianbao.yaml": buildYaml({ agency: "甲市丙局", year: 2022 }),
      "sub/wrong.nianbao.yaml": wrong,
      "node_modules/x/skip.nianbao.yaml": wrong,
      ".git/skip.nianbao.yaml": wrong,
    });
  });
  afterAll(() => removeFolder(dir));

  it("matches the documented shape, with 0-based LSP positions, files sorted", () => {
    const r = nianbao(["check", "--format", "json", "."], dir);
    expect(r.status).toBe(1);
    const out = JsonOutput.parse(JSON.parse(r.stdout));
    expect(out.reports.map((x) => [x.file, x.agency, x.year])).toEqual([
      ["sub/wrong.nianbao.yaml", "甲市乙局", 2023],
      ["z.nianbao.yaml", "甲市丙局", 2022],
    ]);
    const f = out.reports[0]!.findings.find((x) => x.code === "T4-ROWSUM")!;
    const expected = parseReport(wrong).findings.find((x) => x.code === "T4-ROWSUM")!;
    const row = positionOf(wrong, WRONG_ROW);
    const cells = [...WRONG_ROW.matchAll(/\d+/g)].map((m) => ({ line: row.line, character: row.character + m.index }));
    const total = cells[4]!;
    expect(f).toMatchObject({ severity: "error", message: expected.message });
    expect(f.range).toEqual({ start: total, end: { line: total.line, character: total.character + 1 } });
    expect(f.related.map((x) => x.range.start)).toEqual(cells.slice(0, 4));
    expect(f.related.every((x) => x.file === undefined)).toBe(true);
    // The fix rewrites only the total, 2 + 0 + 0 + 1 = 3.
    expect(f.fix).toEqual({
      title: expected.fix!.title,
      edits: [{ range: f.range, newText: "3" }],
      applicability: "auto",
    });
    expect(out.summary).toMatchObject({ reportsChecked: 2, reportsWithErrors: 1 });
    expect(out.summary.byCode["T4-ROWSUM"]).toBe(1);
    expect(out.summary.errors).toBe(
      out.reports.flatMap((x) => x.findings).filter((x) => x.severity === "error").length,
    );
  });

  it("keeps only errors with --quiet, summary included", () => {
    const out = JsonOutput.parse(JSON.parse(nianbao(["check", "--format=json", "-q", "."], dir).stdout));
    expect(out.reports.flatMap((x) => x.findings).every((x) => x.severity === "error")).toBe(true);
    expect(out.summary.warnings + out.summary.infos).toBe(0);
  });

  it("writes a large JSON to a pipe in full", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      files[`r${String(i).padStart(3, "0")}.nianbao.yaml`] = buildYaml({
        agency: `机关${i}`,
        t4: { 行政复议: [i + 1, 1, 0, 0, 0] },
      });
    const big = folderWith(files);
    try {
      const r = nianbao(["check", "--format", "json", big], dir);
      expect(r.stdout.length).toBeGreaterThan(256 * 1024);
      const out = JsonOutput.parse(JSON.parse(r.stdout));
      expect(out.reports).toHaveLength(300);
      expect(out.summary.byCode["T4-ROWSUM"]).toBe(300);
      // Outside the working folder, files are named by their absolute path.
      expect(out.reports[0]!.file).toBe(`${big}/r000.nianbao.yaml`);
    } finally {
      removeFolder(big);
    }
  });
});
