import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { RULES, message } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, positionOf, removeFolder } from "./support/run.js";

const region = z.object({
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});
const physicalLocation = z.object({
  artifactLocation: z.object({ uri: z.string().min(1), uriBaseId: z.string().optional() }),
  region,
});

/** The parts of SARIF 2.1.0 that code-scanning viewers rely on. */
const Sarif = z.object({
  $schema: z.literal("https://json.schemastore.org/sarif-2.1.0.json"),
  version: z.literal("2.1.0"),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.literal("nianbao"),
            version: z.string(),
            rules: z.array(
              z.object({
                id: z.string(),
                shortDescription: z.object({ text: z.string() }),
                defaultConfiguration: z.object({ level: z.enum(["error", "warning", "note"]) }),
              }),
            ),
          }),
        }),
        columnKind: z.literal("utf16CodeUnits"),
        originalUriBaseIds: z.object({
          "%SRCROOT%": z.object({ uri: z.string().startsWith("file://").endsWith("/") }),
        }),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int(),
            level: z.enum(["error", "warning", "note"]),
            message: z.object({ text: z.string().min(1) }),
            locations: z.array(z.object({ physicalLocation })).length(1),
            relatedLocations: z
              .array(z.object({ id: z.number().int(), message: z.object({ text: z.string() }), physicalLocation }))
              .optional(),
          }),
        ),
      }),
    )
    .length(1),
});

const ROW = "未经复议直接起诉: [1, 1, 1, 0, 0]";
const wrong = buildYaml({ t4: { 未经复议直接起诉: [1, 1, 1, 0, 0] } });

describe("nianbao check --format sarif", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "报告/一.nianbao.yaml": wrong });
  });
  afterAll(() => removeFolder(dir));

  it("writes a SARIF 2.1.0 log with the registry's rules and 1-based regions", () => {
    const r = nianbao(["check", "--format", "sarif", "."], dir);
    expect(r.status).toBe(1);
    const run = Sarif.parse(JSON.parse(r.stdout)).runs[0]!;
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(RULES.map((x) => x.code));
    const rule = run.tool.driver.rules.find((x) => x.id === "T4-ROWSUM")!;
    expect(rule.shortDescription.text).toBe(message("rule.T4-ROWSUM.title"));
    expect(rule.defaultConfiguration.level).toBe("error");

    const result = run.results.find((x) => x.ruleId === "T4-ROWSUM")!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe("T4-ROWSUM");
    expect(result.level).toBe("error");
    const row = positionOf(wrong, ROW);
    const total = row.character + ROW.lastIndexOf("0");
    const loc = result.locations[0]!.physicalLocation;
    // Non-ASCII names are percent-encoded relative references under %SRCROOT%.
    expect(loc.artifactLocation).toEqual({
      uri: `${encodeURIComponent("报告")}/${encodeURIComponent("一")}.nianbao.yaml`,
      uriBaseId: "%SRCROOT%",
    });
    expect(loc.region).toEqual({
      startLine: row.line + 1,
      startColumn: total + 1,
      endLine: row.line + 1,
      endColumn: total + 2,
    });
    expect(result.relatedLocations).toHaveLength(4);
    expect(result.relatedLocations![0]!.physicalLocation.region.startColumn).toBe(row.character + ROW.indexOf("1") + 1);
  });

  it("maps severities to SARIF levels and words rules in the locale", () => {
    const r = nianbao(["check", "--format", "sarif", "--locale", "en", "--severity", "T4-ROWSUM=info", "."], dir);
    expect(r.status).toBe(0);
    const run = Sarif.parse(JSON.parse(r.stdout)).runs[0]!;
    expect(run.results.find((x) => x.ruleId === "T4-ROWSUM")!.level).toBe("note");
    expect(run.tool.driver.rules.find((x) => x.id === "T4-ROWSUM")!.shortDescription.text).toBe(
      message("rule.T4-ROWSUM.title", {}, "en"),
    );
  });
});
